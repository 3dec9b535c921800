import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import type { SiteData } from "./views.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RenderOptions {
  outputDir: string;
  /** Sub-folder the site is served from ("/news/"); "/" by default. */
  pathPrefix?: string;
  siteTitle?: string;
}

/** Renders the site's pages with Eleventy into `outputDir`. */
export async function renderSite(site: SiteData, options: RenderOptions): Promise<void> {
  const eleventy = new Eleventy(`${PROJECT_ROOT}templates`, options.outputDir, {
    configPath: `${PROJECT_ROOT}.eleventy.ts`,
    pathPrefix: options.pathPrefix ?? "/",
    quietMode: true,
    config(config) {
      config.addGlobalData("site", site);
      config.addGlobalData("siteTitle", options.siteTitle ?? "News archive");
    },
  });
  await eleventy.write();
}
