// The parts of Eleventy's programmatic API we use; Eleventy ships no TypeScript types.
declare module "@11ty/eleventy" {
  export interface UserConfig {
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setTemplateFormats(formats: string[]): void;
    setQuietMode(quiet: boolean): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: UserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
