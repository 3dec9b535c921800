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

/** Letters and digits, as \p{L}\p{N}: a name matches only where neither side continues a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

function isWordCharAt(text: string, i: number): boolean {
  return i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Where `forms` are named in `text`, as a scan that tries the longest form
 * first at each place and resumes after a match would find them. Found with
 * indexOf, not one alternation regex per article: compiling and running that
 * took 1.4 s of a 9,000-article build.
 */
function namedForms(text: string, forms: readonly string[]): string[] {
  const hits: { at: number; form: string }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (!isWordCharBefore(text, at) && !isWordCharAt(text, at + form.length)) hits.push({ at, form });
    }
  }
  hits.sort((a, b) => a.at - b.at || b.form.length - a.form.length);
  const named: string[] = [];
  let end = 0;
  for (const hit of hits) {
    if (hit.at < end) continue;
    named.push(hit.form);
    end = hit.at + hit.form.length;
  }
  return named;
}

export function prominenceIn(record: ArticleRecord): Map<string, Prominence> {
  // Every entity's forms take part in the longest-first match, with or without a page:
  // "Euphrates Valley" is never a mention of the Euphrates, whatever has a page.
  const topicOf = new Map<string, string | null>();
  for (const ref of [...record.people, ...record.places, ...record.organizations]) {
    for (const form of [ref.name, ...ref.mentions]) if (form && !topicOf.has(form)) topicOf.set(form, ref.topic);
  }
  const result = new Map(entitiesOf(record).map((ref) => [ref.topic, { count: 0, inHeadline: false, inFirstParagraph: false }]));
  if (!topicOf.size) return result;
  const forms = [...topicOf.keys()];
  const scan = (text: string, mark: (p: Prominence) => void) => {
    for (const form of namedForms(text, forms)) {
      const topic = topicOf.get(form);
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
