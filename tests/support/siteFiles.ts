import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file of a built site with the given extension, keyed by its URL path ("/articles/x/" for index.html). */
function siteFiles(siteDir: string, extension: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(extension) || relative(siteDir, entry.parentPath).startsWith("pagefind")) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(siteDir, file).split(sep).join("/")}`.replace(/index\.html$/, "");
    files.set(path, readFileSync(file, "utf8"));
  }
  return files;
}

/** Every HTML page of a built site, keyed by its URL path ("/articles/x/"). */
export const htmlPages = (siteDir: string) => siteFiles(siteDir, ".html");

/** The Atom feeds and sitemap of a built site, keyed by URL path ("/feed.xml"). */
export const xmlFiles = (siteDir: string) => siteFiles(siteDir, ".xml");

/**
 * Internal links in a page, feed or sitemap: root-relative href/src values,
 * JSON-LD "url"s and sitemap <loc>s, and absolute ones under `base`, as paths
 * with entities decoded enough for paths.
 */
export function internalLinks(text: string, base?: string): string[] {
  const raw = [
    ...[...text.matchAll(/\s(?:href|src)="([^"#?]*)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/"url":"([^"]*)"/g)].map((m) => m[1]!),
    ...[...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!),
  ];
  const origin = base ? new URL(base).origin : undefined;
  return raw
    .map((link) => (origin && link.startsWith(`${origin}/`) ? link.slice(origin.length) : link))
    .filter((link) => link.startsWith("/"))
    .map((link) => decodeURI(link.replace(/&amp;/g, "&")));
}

/**
 * Internal links of every page, feed and sitemap that lead nowhere: outside
 * the path prefix, or to no file in `siteDir`. Listed as "from → to".
 */
export function brokenLinks(siteDir: string, prefix = "/", base?: string): string[] {
  const broken: string[] = [];
  for (const [url, text] of [...htmlPages(siteDir), ...xmlFiles(siteDir)]) {
    for (const link of internalLinks(text, base)) {
      const target = link.startsWith(prefix) ? join(siteDir, link.slice(prefix.length)) : undefined;
      if (!target || !existsSync(link.endsWith("/") ? join(target, "index.html") : target)) broken.push(`${url} → ${link}`);
    }
  }
  return broken;
}

/**
 * Pagefind writes its filter and metadata indexes in hash-map order, so their
 * bytes (and the entry file naming them) differ between identical runs; the
 * maintainers know (Pagefind/pagefind#638, only fragments were made stable).
 * Everything else we and Pagefind write must be identical.
 */
const UPSTREAM_UNSTABLE = /^pagefind\/(filter\/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)$/;

/** Every file of a built site but Pagefind's unstable ones, by path relative to the site. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(e.parentPath, e.name));
    if (e.isFile() && !UPSTREAM_UNSTABLE.test(path)) files.set(path, readFileSync(join(e.parentPath, e.name)));
  }
  return files;
}
