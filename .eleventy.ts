// Eleventy renders what the pipeline (src/) built: `siteTitle`, `site`
// (SiteData) and the pages to render (`articlePages`, `topicPages`) arrive as
// global data from src/site/renderSite.ts. This file only
// says how templates are found and escaped (renderSite.ts copies the assets).
import type { UserConfig } from "@11ty/eleventy";

export default function eleventyConfig(config: UserConfig) {
  // Every article, name and quote is untrusted text: escape by default, mark the rare safe HTML explicitly.
  config.setNunjucksEnvironmentOptions({ autoescape: true });
  config.setTemplateFormats(["njk"]);
}
