import { createHash } from "node:crypto";
import { isoDate } from "./dates.ts";
import type { SiteUrls } from "./urls.ts";
import { xml } from "./xml.ts";

export interface FeedEntry {
  title: string;
  /** Site path of the entry's page: "/articles/x/". */
  path: string;
  summary: string;
  date?: string;
}

export interface Feed {
  title: string;
  /** Site path of the feed itself: "/feed.xml". */
  path: string;
  /** Site path of the page the feed follows: "/" or a topic page. */
  pagePath: string;
  entries: FeedEntry[];
}

/** The most recent entries a feed carries; readers only poll for new ones. */
export const FEED_ENTRIES = 50;

/**
 * Atom needs `updated` on every entry and the feed. Undated articles get the
 * Unix epoch rather than the build time, so rebuilds stay byte-identical and
 * an undated article never poses as news.
 */
const UNDATED = "1970-01-01T00:00:00Z";

/**
 * Atom ids must be absolute IRIs and never change. With `--site-url` they are
 * the page URLs; without, a name-based UUID (RFC 4122 version 5 layout) of the
 * site path, stable across builds.
 */
function atomId(urls: SiteUrls, sitePath: string): string {
  const absolute = urls.absolute(sitePath);
  if (absolute) return absolute;
  const h = createHash("sha1").update(`news-archive:${sitePath}`).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * An Atom 1.0 document. Links are absolute with `--site-url`, else prefixed
 * paths, which Atom resolves against the feed's own URL.
 */
export function atomFeed(feed: Feed, siteTitle: string, urls: SiteUrls): string {
  const entries = feed.entries.slice(0, FEED_ENTRIES);
  const dates = entries.map((e) => isoDate(e.date)).filter((d): d is string => d !== undefined).sort();
  const body = entries.map((e) => {
    const date = isoDate(e.date);
    return xml`  <entry>
    <title>${e.title}</title>
    <link href="${urls.best(e.path)}"/>
    <id>${atomId(urls, e.path)}</id>
    <updated>${date ?? UNDATED}</updated>
` + (date ? xml`    <published>${date}</published>\n` : "") + xml`    <summary>${e.summary}</summary>
  </entry>
`;
  });
  return xml`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${feed.title}</title>
  <link href="${urls.best(feed.pagePath)}"/>
  <link rel="self" href="${urls.best(feed.path)}"/>
  <id>${atomId(urls, feed.path)}</id>
  <updated>${dates.at(-1) ?? UNDATED}</updated>
  <author><name>${siteTitle}</name></author>
` + body.join("") + "</feed>\n";
}
