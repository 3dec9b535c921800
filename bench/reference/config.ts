// Eleventy config of the bare reference: one Nunjucks template, escaped like the project's.
import type { UserConfig } from "@11ty/eleventy";

export default function referenceConfig(config: UserConfig) {
  config.setNunjucksEnvironmentOptions({ autoescape: true });
  config.setTemplateFormats(["njk"]);
}
