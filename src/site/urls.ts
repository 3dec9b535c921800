/**
 * Turns the site's own paths ("/topics/x/", as records hold them) into what a
 * page, feed or sitemap must print: prefixed for a site served from a
 * sub-folder, and absolute only when the build was told the site's public URL.
 */
export interface SiteUrls {
  /** "/" or "/news/": what every internal link starts with. */
  prefix: string;
  /** "https://example.org/news/" when `--site-url` was given. */
  base?: string;
  /** A site path with the prefix: "/news/topics/x/". */
  path(sitePath: string): string;
  /** The absolute URL of a site path, or undefined without `--site-url`. */
  absolute(sitePath: string): string | undefined;
  /** The absolute URL where known, else the prefixed path (for places where a relative reference is valid). */
  best(sitePath: string): string;
}

export function siteUrls(pathPrefix = "/", siteUrl?: string): SiteUrls {
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const base = siteUrl === undefined ? undefined : parseSiteUrl(siteUrl, prefix);
  const path = (sitePath: string) => `${prefix}${sitePath.replace(/^\//, "")}`;
  const absolute = (sitePath: string) => (base === undefined ? undefined : new URL(path(sitePath), base).href);
  return { prefix, base, path, absolute, best: (sitePath) => absolute(sitePath) ?? path(sitePath) };
}

/** A build option the user got wrong; the CLI prints the message without a stack. */
export class SiteOptionError extends Error {
  override name = "SiteOptionError";
}

function parseSiteUrl(siteUrl: string, prefix: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new SiteOptionError(`--site-url ${siteUrl} is not a URL; give one like https://example.org`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new SiteOptionError(`--site-url ${siteUrl} must start with https:// or http://`);
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new SiteOptionError(`--site-url ${siteUrl} must be the origin only (https://example.org); give the sub-folder with --path-prefix`);
  }
  return `${url.origin}${prefix}`;
}
