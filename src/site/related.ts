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
 * A topic named by more articles than this says little about which of them
 * belong together, and walking its article list from each of them would make
 * the cost grow with the square of the archive; it is left out of relatedness.
 */
const COMMON_TOPIC = 500;

/**
 * Other articles that name the same people, places and organisations. A
 * shared topic weighs 1/(articles naming it), so two articles that both name
 * Mustafa Bali are closer than two that both name Syria, which most name.
 * Candidates come from the topics' own article lists, never from a scan of the
 * whole archive.
 */
export function relatedArticlesFinder(archive: Archive, topics: Map<string, TopicRecord>): (record: ArticleRecord) => Related[] {
  const byId = new Map(archive.articles.map((a) => [a.id, a]));
  const rarestFirst = (a: TopicRecord, b: TopicRecord) => a.articles.length - b.articles.length || a.name.localeCompare(b.name, "en");
  return (record) => {
    const candidates = new Map<string, { score: number; shared: TopicRecord[] }>();
    for (const slug of topicSlugs(record)) {
      const topic = topics.get(slug)!;
      if (topic.articles.length > COMMON_TOPIC) continue;
      for (const id of topic.articles) {
        if (id === record.id) continue;
        const c = candidates.get(id) ?? { score: 0, shared: [] };
        c.score += 1 / topic.articles.length;
        c.shared.push(topic);
        candidates.set(id, c);
      }
    }
    return [...candidates]
      .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : 1))
      .slice(0, RELATED_LIMIT)
      .map(([id, c]) => ({ article: byId.get(id)!, shared: c.shared.sort(rarestFirst) }));
  };
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
