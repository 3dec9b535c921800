import type { Archive, ArticleRecord, TopicRecord } from "../types.ts";
import { entitiesOf } from "./prominence.ts";

export interface Related {
  article: ArticleRecord;
  /** The shared topics, rarest first: the reason shown to the reader. */
  shared: TopicRecord[];
}

const RELATED_LIMIT = 5;

const topicSlugs = (record: ArticleRecord) => new Set(entitiesOf(record).map((e) => e.topic));

/**
 * Other articles that name the same people, places and organisations. A
 * shared topic weighs 1/(articles naming it), so two articles that both name
 * Mustafa Bali are closer than two that both name Syria, which most name.
 */
export function relatedArticles(archive: Archive, record: ArticleRecord, topics: Map<string, TopicRecord>): Related[] {
  const mine = topicSlugs(record);
  const rarestFirst = (a: TopicRecord, b: TopicRecord) => a.articles.length - b.articles.length || a.name.localeCompare(b.name, "en");
  return archive.articles
    .filter((other) => other.id !== record.id)
    .map((other) => {
      const shared = [...topicSlugs(other)].filter((slug) => mine.has(slug)).map((slug) => topics.get(slug)!).sort(rarestFirst);
      return { article: other, shared, score: shared.reduce((s, t) => s + 1 / t.articles.length, 0) };
    })
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, RELATED_LIMIT)
    .map(({ article, shared }) => ({ article, shared }));
}

const REASON_NAMES = 3;

/** "Also names Mustafa Bali, Deir al-Zor and 2 more". */
export function relatedReason(shared: TopicRecord[]): string {
  const names = shared.slice(0, REASON_NAMES).map((t) => t.name);
  const more = shared.length - names.length;
  return `Also names ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** For each topic, how many articles name it together with each other topic. */
export function coOccurrences(archive: Archive): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const record of archive.articles) {
    const slugs = [...topicSlugs(record)];
    for (const a of slugs) {
      const row = counts.get(a) ?? new Map<string, number>();
      counts.set(a, row);
      for (const b of slugs) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return counts;
}
