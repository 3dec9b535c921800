// Which pages a rebuild must render. A build writes over the site before last,
// or links the live site's files into a new folder (siteFolder.ts), and most
// of its article pages, topic pages and feeds come out byte for byte as they
// are there. Each is fingerprinted by the data it is
// made from, and the folder keeps the fingerprints it was built with; a page
// whose fingerprint is unchanged, under an unchanged renderer, is kept as it
// is instead of being rendered again. Pages made from the whole archive (home,
// topics A–Z, quotes, search) are always rendered.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getExtractorVersion, hashFiles } from "../archive/extractCache.ts";
import type { Feed } from "./atom.ts";
import type { SiteUrls } from "./urls.ts";
import type { ArticleView, SiteData, TopicView } from "./views.ts";

/** In the site folder: what each kept page was made from. It names only files the site serves anyway. */
const FINGERPRINTS_FILE = ".pages.json";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/**
 * What turns view data into files: the templates, the site code and the
 * installed libraries' versions (the lockfile). The extractor's version is
 * added to them: the site code reads its data too (a place map's coordinates
 * come from the gazetteer).
 */
const RENDERER_PATHS = ["templates", ".eleventy.ts", "src/site", "package-lock.json"].map((path) => join(PROJECT_ROOT, path));

interface Fingerprints {
  /** The renderer and the site-wide options (title, path prefix, site URL) the files were made with. */
  renderer: string;
  /** Fingerprint of each file's data, by path relative to the site folder. */
  files: Record<string, string>;
}

export interface PagePlan {
  /** The article pages, topic pages and feeds to write: new, or made from changed data. */
  articles: ArticleView[];
  topics: TopicView[];
  feeds: Feed[];
  /** Files the earlier build's folder holds as this build would write them, relative to it. */
  kept: string[];
  fingerprints: Fingerprints;
}

/** An HTML page's file, relative to the site folder, as Eleventy writes a permalink like "/articles/x/". */
const pageFile = (sitePath: string) => `${sitePath.replace(/^\//, "")}index.html`;

const digest = (json: string) => createHash("sha1").update(json).digest("base64url");

/**
 * A page's fingerprint, where each of `shared` (SiteData) stands for its own
 * digest: a busy topic's page lists thousands of article summaries, and a
 * rebuild fingerprints every page.
 */
function fingerprinter(shared: readonly object[]): (data: unknown) => string {
  const digests = new Map(shared.map((part) => [part, digest(JSON.stringify(part))]));
  const named = (_: string, value: unknown) => (typeof value === "object" && value !== null && digests.get(value)) || value;
  return (data) => digest(JSON.stringify(data, named));
}

function rendererVersion(site: SiteData, urls: SiteUrls): string {
  const options = JSON.stringify([getExtractorVersion(), site.title, urls.prefix, urls.base ?? null]);
  return hashFiles(RENDERER_PATHS.filter((path) => existsSync(path)), options);
}

async function readFingerprints(dir: string): Promise<Fingerprints | undefined> {
  let read: Partial<Fingerprints> | null;
  try {
    read = JSON.parse(await readFile(join(dir, FINGERPRINTS_FILE), "utf8")) as Partial<Fingerprints> | null;
  } catch {
    return undefined; // a new folder, or a damaged file: render everything
  }
  const valid = typeof read?.renderer === "string" && typeof read.files === "object" && read.files !== null;
  return valid ? (read as Fingerprints) : undefined;
}

/**
 * Splits the site's article pages, topic pages and feeds into those to write
 * and those the folder `earlier` (siteFolder.ts `Staging`) already holds as
 * they would be written. `found` is what is in `earlier` (`siteFiles`): a
 * fingerprint without its file keeps nothing.
 */
export async function planPages(site: SiteData, urls: SiteUrls, earlier: string | undefined, found: Set<string>): Promise<PagePlan> {
  const renderer = rendererVersion(site, urls);
  const before = earlier === undefined ? undefined : await readFingerprints(earlier);
  const previous = before?.renderer === renderer ? before.files : {};
  const fingerprint = fingerprinter(site.shared);
  const files: Record<string, string> = {};
  const kept: string[] = [];
  const changed = (file: string, data: unknown) => {
    files[file] = fingerprint(data);
    if (previous[file] !== files[file] || !found.has(join(earlier!, file))) return true;
    kept.push(file);
    return false;
  };
  return {
    articles: site.articles.filter((a) => changed(pageFile(a.record.url), a)),
    topics: site.topics.filter((t) => changed(pageFile(t.topic.url), t)),
    feeds: site.feeds.filter((f) => changed(f.path.replace(/^\//, ""), f)),
    kept,
    fingerprints: { renderer, files },
  };
}

/** Records what the folder's pages were made from, for the build after next; returns the file. */
export async function writeFingerprints(dir: string, fingerprints: Fingerprints): Promise<string> {
  const file = join(dir, FINGERPRINTS_FILE);
  await writeFile(file, JSON.stringify(fingerprints));
  return file;
}
