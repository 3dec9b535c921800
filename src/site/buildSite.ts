import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { loadArchive, type LoadReport } from "../archive/loadArchive.ts";
import { atomFeed } from "./atom.ts";
import { indexSite } from "./indexSite.ts";
import { renderSite } from "./renderSite.ts";
import { sitemap } from "./sitemap.ts";
import { siteUrls, type SiteUrls } from "./urls.ts";
import { buildSiteData, type SiteData } from "./views.ts";

/** Where the commands keep extraction results between builds (README, "Cache"). */
export const DEFAULT_CACHE_DIR = ".cache/news-archive";

export interface BuildOptions {
  articlesDir: string;
  outputDir: string;
  pathPrefix?: string;
  /** The site's public origin ("https://example.org"): enables canonical URLs, Open Graph tags and the sitemap. */
  siteUrl?: string;
  keepGoing?: boolean;
  /** Folder of the extraction cache (records by content hash and extractor version); none: extract every file. */
  cacheDir?: string;
  /** Threads to extract on (default: automatic). */
  threads?: number;
}

export interface BuildResult {
  report: LoadReport;
  searchPages: number;
  /** Wall time of each phase, in milliseconds: reading and extraction, Eleventy, feeds and sitemap, Pagefind. */
  phases: { load: number; render: number; xml: number; index: number };
}

/**
 * Builds the whole site into a staging folder beside `outputDir` and swaps it
 * in only when every step succeeded, so a failed build leaves the previous
 * site exactly as it was and a reader never sees half a site.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const urls = siteUrls(options.pathPrefix, options.siteUrl);
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return Math.round(ms);
  };
  const { archive, report } = await loadArchive(options.articlesDir, { keepGoing: options.keepGoing, cacheDir: options.cacheDir, threads: options.threads });
  const load = lap();
  const outputDir = resolve(options.outputDir);
  const staging = await mkdtemp(join(dirname(outputDir), `.${basename(outputDir)}.building-`));
  try {
    const site = buildSiteData(archive, urls);
    await renderSite(site, { outputDir: staging, urls });
    await writeFile(join(staging, "archive.json"), JSON.stringify(archive));
    const render = lap();
    await writeXml(staging, site, urls);
    const xml = lap();
    const { pages } = await indexSite(staging);
    const index = lap();
    await swapIn(staging, outputDir);
    return { report, searchPages: pages, phases: { load, render, xml, index } };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The Atom feeds, and the sitemap when the site's URL is known. */
async function writeXml(dir: string, site: SiteData, urls: SiteUrls): Promise<void> {
  for (const feed of site.feeds) {
    const file = join(dir, feed.path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, atomFeed(feed, site.title, urls));
  }
  const map = sitemap(site.pages, urls);
  if (map) await writeFile(join(dir, "sitemap.xml"), map);
}

async function swapIn(staging: string, outputDir: string): Promise<void> {
  if (!existsSync(outputDir)) {
    await rename(staging, outputDir);
    return;
  }
  const previous = `${staging}.previous`;
  await rename(outputDir, previous);
  try {
    await rename(staging, outputDir);
  } catch (err) {
    await rename(previous, outputDir);
    throw err;
  }
  await rm(previous, { recursive: true, force: true });
}
