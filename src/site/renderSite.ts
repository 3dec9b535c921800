import Eleventy from "@11ty/eleventy";
import { cp, readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteUrls } from "./urls.ts";
import type { ArticleView, SiteData, TopicView } from "./views.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ASSETS = `${PROJECT_ROOT}templates/assets`;

export interface RenderOptions {
  outputDir: string;
  urls: SiteUrls;
  /** The article and topic pages to render (pagePlan.ts). */
  pages: { articles: ArticleView[]; topics: TopicView[] };
}

/**
 * Renders the site's pages with Eleventy into `outputDir`. Templates get
 * `site` (SiteData), `articlePages` and `topicPages` (the views to render a
 * page for), `siteTitle`, `siteUrl` (the absolute base, or undefined
 * without --site-url), an `href` filter that prefixes a site path for links,
 * and an `absoluteUrl` filter for canonical and Open Graph tags, which are
 * left out when there is no absolute base. Copies `templates/assets/` to
 * `assets/`. Returns the files it wrote.
 */
export async function renderSite(site: SiteData, options: RenderOptions): Promise<string[]> {
  const eleventy = new Eleventy(`${PROJECT_ROOT}templates`, options.outputDir, {
    configPath: `${PROJECT_ROOT}.eleventy.ts`,
    pathPrefix: options.urls.prefix,
    quietMode: true,
    config(config) {
      config.addGlobalData("site", site);
      config.addGlobalData("articlePages", options.pages.articles);
      config.addGlobalData("topicPages", options.pages.topics);
      config.addGlobalData("siteTitle", site.title);
      config.addGlobalData("siteUrl", options.urls.base);
      config.addFilter("absoluteUrl", (sitePath: string) => options.urls.absolute(sitePath));
      // Instead of Eleventy's own `url` filter, which parses a URL per call: a large
      // archive has hundreds of thousands of links, all of them the site's own paths.
      config.addFilter("href", (sitePath: string) => options.urls.path(sitePath));
    },
  });
  // Copied here, not by Eleventy's passthrough copy: that carries on after a
  // template fails, into a staging folder the failed build is deleting.
  await cp(ASSETS, join(options.outputDir, "assets"), { recursive: true });
  const assets = (await readdir(ASSETS, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(options.outputDir, "assets", relative(ASSETS, join(e.parentPath, e.name))));
  const [, pages] = await eleventy.write() as [unknown, { outputPath: string | false }[]];
  return [...assets, ...pages.flatMap((p) => (p.outputPath ? [p.outputPath] : []))];
}
