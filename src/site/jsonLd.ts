import type { ArticleRecord, EntityKind, TopicRecord } from "../types.ts";
import { isoDate } from "./dates.ts";
import type { SiteUrls } from "./urls.ts";

const SCHEMA_TYPES: Record<EntityKind, string> = { person: "Person", place: "Place", organization: "Organization" };

export interface JsonLdQuote {
  text: string;
  speaker?: TopicRecord;
}

/**
 * JSON for a `<script type="application/ld+json">` element. Article text is
 * untrusted: `<`, `>` and `&` become \u escapes, so "</script>" or "<!--" in a
 * headline or quote cannot end the element, and the JSON means the same.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * schema.org NewsArticle: `about` holds the entities the article is about (the
 * README's rule), `mentions` the rest, `hasPart` its quotes as Quotations.
 * URLs are absolute with `--site-url`, else prefixed paths (relative IRIs,
 * which JSON-LD resolves against the page).
 */
export function newsArticleJsonLd(record: ArticleRecord, about: TopicRecord[], mentions: TopicRecord[], quotes: JsonLdQuote[], urls: SiteUrls): string {
  const entity = (t: TopicRecord) => ({ "@type": SCHEMA_TYPES[t.kind], name: t.name, url: urls.best(t.url) });
  const date = isoDate(record.date);
  return scriptJson({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: record.headline,
    url: urls.best(record.url),
    ...(date ? { datePublished: date } : {}),
    ...(record.outlet ? { publisher: { "@type": "Organization", name: record.outlet } } : {}),
    ...(record.sourceUrl ? { isBasedOn: record.sourceUrl } : {}),
    ...(about.length ? { about: about.map(entity) } : {}),
    ...(mentions.length ? { mentions: mentions.map(entity) } : {}),
    ...(quotes.length
      ? { hasPart: quotes.map((q) => ({ "@type": "Quotation", text: q.text, ...(q.speaker ? { creator: entity(q.speaker) } : {}) })) }
      : {}),
  });
}
