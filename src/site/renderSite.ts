import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { SiteUrls } from "./urls.ts";
import type { SiteData } from "./views.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RenderOptions {
  outputDir: string;
  urls: SiteUrls;
}

/**
 * Renders the site's pages with Eleventy into `outputDir`. Templates get
 * `site` (SiteData), `siteTitle`, `siteUrl` (the absolute base, or undefined
 * without --site-url), an `href` filter that prefixes a site path for links,
 * and an `absoluteUrl` filter for canonical and Open Graph tags, which are
 * left out when there is no absolute base. Returns the files it wrote.
 */
export async function renderSite(site: SiteData, options: RenderOptions): Promise<string[]> {
  const eleventy = new Eleventy(`${PROJECT_ROOT}templates`, options.outputDir, {
    configPath: `${PROJECT_ROOT}.eleventy.ts`,
    pathPrefix: options.urls.prefix,
    quietMode: true,
    config(config) {
      config.addGlobalData("site", site);
      config.addGlobalData("siteTitle", site.title);
      config.addGlobalData("siteUrl", options.urls.base);
      config.addFilter("absoluteUrl", (sitePath: string) => options.urls.absolute(sitePath));
      // Instead of Eleventy's own `url` filter, which parses a URL per call: a large
      // archive has hundreds of thousands of links, all of them the site's own paths.
      config.addFilter("href", (sitePath: string) => options.urls.path(sitePath));
    },
  });
  const [copied, pages] = await eleventy.write() as [{ map: Record<string, string> }[], { outputPath: string | false }[]];
  return [
    ...copied.flatMap((c) => Object.values(c.map)),
    ...pages.flatMap((p) => (p.outputPath ? [p.outputPath] : [])),
  ];
}
