import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The command line of one command: with `--help` (or `-h`) its usage on stdout and
 * exit 0; with an option it does not know or a value missing, the reason and the
 * usage on stderr and exit 2, rather than Node's stack trace.
 */
export function parseCommandLine<T extends Options>(usage: string, options: T, args = process.argv.slice(2)) {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}
