import type { ArticleRecord, EntityRef } from "../types.ts";

/**
 * How an article names each of its entities, by topic slug. One scan over the
 * text with every surface form, longest first, so "Euphrates Valley" counts
 * for the valley and not also for the river, and "IS" never matches "is".
 */
export interface Prominence {
  /** Times named in the headline and body together. */
  count: number;
  inHeadline: boolean;
  inFirstParagraph: boolean;
}

/** An entity reference that has a topic page. */
export type TopicRef = EntityRef & { topic: string };

/** The article's entities that have topic pages; the others take no part in topics, relatedness or prominence. */
export const entitiesOf = (record: ArticleRecord): TopicRef[] =>
  [...record.people, ...record.places, ...record.organizations].filter((e): e is TopicRef => e.topic !== null);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function prominenceIn(record: ArticleRecord): Map<string, Prominence> {
  // Every entity's forms take part in the longest-first match, with or without a page:
  // "Euphrates Valley" is never a mention of the Euphrates, whatever has a page.
  const topicOf = new Map<string, string | null>();
  for (const ref of [...record.people, ...record.places, ...record.organizations]) {
    for (const form of [ref.name, ...ref.mentions]) if (!topicOf.has(form)) topicOf.set(form, ref.topic);
  }
  const result = new Map(entitiesOf(record).map((ref) => [ref.topic, { count: 0, inHeadline: false, inFirstParagraph: false }]));
  if (!topicOf.size) return result;
  const forms = [...topicOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const scan = (text: string, mark: (p: Prominence) => void) => {
    for (const match of text.matchAll(pattern)) {
      const topic = topicOf.get(match[0]);
      if (!topic) continue;
      const p = result.get(topic)!;
      p.count++;
      mark(p);
    }
  };
  scan(record.headline, (p) => (p.inHeadline = true));
  record.paragraphs.forEach((paragraph, i) => scan(paragraph, (p) => (p.inFirstParagraph ||= i === 0)));
  return result;
}

/**
 * The "about" rule (README, "The site"): an article is about an entity when it
 * names it in the headline or the first paragraph, quotes it, or names it at
 * least twice; otherwise it only mentions it in passing.
 */
export function isAbout(p: Prominence | undefined, quoted: boolean): boolean {
  return quoted || (p !== undefined && (p.inHeadline || p.inFirstParagraph || p.count >= 2));
}
