import type { SiteUrls } from "./urls.ts";
import { xml } from "./xml.ts";

/**
 * sitemap.xml lists every page by absolute URL, which the sitemap protocol
 * requires; without `--site-url` there is no absolute URL, so no sitemap.
 */
export function sitemap(paths: string[], urls: SiteUrls): string | undefined {
  if (!urls.base) return undefined;
  const entries = paths.map((p) => xml`  <url><loc>${urls.absolute(p)!}</loc></url>\n`).join("");
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}
