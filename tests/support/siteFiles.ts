import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every HTML page of a built site, keyed by its URL path ("/articles/x/"). */
export function htmlPages(siteDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(siteDir, file).split(sep).join("/")}`.replace(/index\.html$/, "");
    pages.set(path, readFileSync(file, "utf8"));
  }
  return pages;
}

/** Internal links (href/src starting with "/") in an HTML page, entities decoded enough for paths. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)].map((m) => decodeURI(m[1]!.replace(/&amp;/g, "&")));
}
