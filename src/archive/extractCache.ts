import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractedArticle } from "./assembleArchive.ts";
import { extractFiles, type ArticleSource, type Outcome } from "./extractFiles.ts";

/** The code and data that decide a record: any change to them is a new extractor. */
const EXTRACTOR_PATHS = ["../read", "../extract", "./extractFiles.ts"].map((d) => fileURLToPath(new URL(d, import.meta.url)));
/** Libraries whose output a record holds (the sanitised HTML of a Markdown body): a new version, a security fix say, must not be served from an old cache. */
const EXTRACTOR_LIBRARIES = ["marked", "sanitize-html", "gray-matter"];
const CACHE_FILE = "extract.json";

let extractorVersion: string | undefined;

/** A hash of every file's path and bytes at or below `paths` (files or folders), and of `extra`. */
export function hashFiles(paths: readonly string[], extra = ""): string {
  const hash = createHash("sha256").update(extra);
  for (const path of paths) {
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
      : [path];
    for (const file of files) hash.update("\0").update(file.slice(path.length)).update("\0").update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** A hash of the extractor's own files and libraries, so a changed extractor never reads an old cache. */
export function getExtractorVersion(): string {
  if (extractorVersion === undefined) {
    const require = createRequire(import.meta.url);
    const libraries = EXTRACTOR_LIBRARIES.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
    extractorVersion = hashFiles(EXTRACTOR_PATHS, libraries.join(","));
  }
  return extractorVersion;
}

/** A file's cache key: the extractor, its path (ids and warnings name it) and its bytes. */
function cacheKey({ root, source }: ArticleSource): string | undefined {
  try {
    return createHash("sha256").update(getExtractorVersion()).update("\0").update(source).update("\0").update(readFileSync(join(root, source))).digest("hex");
  } catch {
    return undefined; // unreadable: extraction will say why
  }
}

function readCache(dir: string): Map<string, ExtractedArticle> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(join(dir, CACHE_FILE), "utf8")) as Record<string, ExtractedArticle>));
  } catch {
    return new Map(); // no cache yet, or a damaged one: extract afresh
  }
}

/**
 * extractFiles with a cache of records by content hash and extractor version
 * in `dir`: unchanged files are not extracted again. The cache is rewritten
 * with this run's entries only, so it never grows past the archive.
 */
export async function extractFilesCached(sources: ArticleSource[], dir: string, threads?: number): Promise<Outcome[]> {
  const cache = readCache(dir);
  const keys = sources.map(cacheKey);
  const missing = sources.filter((_, i) => !cache.has(keys[i] ?? ""));
  const fresh = await extractFiles(missing, threads);
  let next = 0;
  const outcomes = sources.map((_, i): Outcome => {
    const hit = cache.get(keys[i] ?? "");
    return hit ? { article: hit } : fresh[next++]!;
  });
  const entries: Record<string, ExtractedArticle> = {};
  outcomes.forEach((o, i) => {
    if ("article" in o && keys[i]) entries[keys[i]!] = o.article;
  });
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(entries));
  renameSync(temporary, join(dir, CACHE_FILE));
  return outcomes;
}
