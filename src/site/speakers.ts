import type { ArticleRecord, EntityRef, Quote } from "../types.ts";

/**
 * The person or organisation of this article who gave a quote: the speaker
 * string is the entity's name or one of the forms the article used for it.
 * Descriptors ("SDF spokesman") and unnamed speakers resolve to nothing.
 */
export function speakerOf(record: ArticleRecord, quote: Quote): EntityRef | undefined {
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  return [...record.people, ...record.organizations].find((e) => e.name === speaker || e.mentions.includes(speaker));
}
