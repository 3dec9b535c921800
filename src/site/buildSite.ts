import { statSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { loadArchive, type LoadReport } from "../archive/loadArchive.ts";
import { atomFeed, type Feed } from "./atom.ts";
import { indexSite } from "./indexSite.ts";
import { renderSite } from "./renderSite.ts";
import { planPages, writeFingerprints } from "./pagePlan.ts";
import { claimStaging, linkFiles, siteFiles, sweepStale, swapIn, unshare } from "./siteFolder.ts";
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
  /** Article pages, topic pages and feeds written, and those kept from an earlier build because what they are made from did not change (pagePlan.ts). */
  pages: { written: number; kept: number };
  /** Wall time of each phase, in milliseconds: reading and extraction; view data and Eleventy; feeds and sitemap, and deleting what an earlier build left that this one did not write; Pagefind. */
  phases: { load: number; render: number; xml: number; index: number };
}

/**
 * Builds the whole site into a staging folder beside `outputDir` and swaps it
 * in only when every step succeeded (see siteFolder.ts).
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
  // Without the extraction cache nothing of an earlier build is reused, the previous site included.
  const { dir: staging, earlier } = await claimStaging(options.outputDir, options.cacheDir !== undefined);
  try {
    const site = buildSiteData(archive, urls);
    // The live site, when pages are linked from it: another build may replace it meanwhile.
    const live = earlier !== undefined && earlier !== staging ? statSync(earlier).ino : undefined;
    const found = earlier === undefined ? new Set<string>() : siteFiles(earlier);
    const plan = await planPages(site, urls, earlier, found);
    const kept = plan.kept.map((file) => join(staging, file));
    if (earlier === staging) unshare(found, kept);
    else if (earlier !== undefined) {
      linkFiles(earlier, staging, plan.kept);
      // A rename keeps a folder's inode: another one means the pages just linked may be another build's.
      if (statSync(earlier).ino !== live) throw new Error(`another build replaced ${options.outputDir}/ while this one reused its pages; run the build again`);
    }
    const written = await renderSite(site, { outputDir: staging, urls, pages: plan });
    written.push(join(staging, "archive.json"));
    await writeFile(join(staging, "archive.json"), JSON.stringify(archive));
    const render = lap();
    written.push(...await writeXml(staging, site, plan.feeds, urls));
    written.push(await writeFingerprints(staging, plan.fingerprints));
    if (earlier === staging) await sweepStale(staging, found, [...written, ...kept]);
    const xml = lap();
    const { pages } = await indexSite(staging);
    const index = lap();
    await swapIn(staging, options.outputDir);
    const rendered = plan.articles.length + plan.topics.length + plan.feeds.length;
    return { report, searchPages: pages, pages: { written: rendered, kept: plan.kept.length }, phases: { load, render, xml, index } };
  } catch (err) {
    // Not kept as the spare: whatever made the build fail may be in it.
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Feeds written at once: one topic feed each waits on the disk, not on this thread, so a few dozen in
 * flight keep libuv's pool busy where one at a time left it idle.
 */
const FEED_WRITES_IN_FLIGHT = 32;

/** `feeds`, and the sitemap when the site's URL is known; returns the files written. */
async function writeXml(dir: string, site: SiteData, feeds: Feed[], urls: SiteUrls): Promise<string[]> {
  const written = feeds.map((feed) => join(dir, feed.path));
  let next = 0;
  const writeNext = async (): Promise<void> => {
    for (let i = next++; i < feeds.length; i = next++) {
      await mkdir(dirname(written[i]!), { recursive: true });
      await writeFile(written[i]!, atomFeed(feeds[i]!, site.title, urls));
    }
  };
  await Promise.all(Array.from({ length: FEED_WRITES_IN_FLIGHT }, writeNext));
  const map = sitemap(site.pages, urls);
  if (map) {
    await writeFile(join(dir, "sitemap.xml"), map);
    written.push(join(dir, "sitemap.xml"));
  }
  return written;
}
