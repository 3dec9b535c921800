import type { Archive, ArticleRecord, EntityKind, TopicRecord } from "../types.ts";
import { KINDS } from "../archive/entityKinds.ts";
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
  const indexOf = new Map(archive.articles.map((a, i) => [a.id, i]));
  const rarestFirst = (a: TopicRecord, b: TopicRecord) => a.articles.length - b.articles.length || a.name.localeCompare(b.name, "en");
  // Scores by article index, reset after each call: no map of candidates per article.
  const scores = new Float64Array(archive.articles.length);
  const articlesOf = new Map<string, Int32Array>();
  const indicesOf = (topic: TopicRecord) => {
    let indices = articlesOf.get(topic.slug);
    if (!indices) articlesOf.set(topic.slug, (indices = Int32Array.from(topic.articles, (id) => indexOf.get(id)!)));
    return indices;
  };
  return (record) => {
    const shared = [...topicSlugs(record)].map((slug) => topics.get(slug)!).filter((t) => t.articles.length <= COMMON_TOPIC);
    const self = indexOf.get(record.id);
    const candidates: number[] = [];
    for (const topic of shared) {
      const weight = 1 / topic.articles.length;
      for (const i of indicesOf(topic)) {
        if (i === self) continue;
        if (scores[i] === 0) candidates.push(i);
        scores[i]! += weight;
      }
    }
    const id = (i: number) => archive.articles[i]!.id;
    const best = firstFew(candidates, RELATED_LIMIT, (a, b) => scores[a]! > scores[b]! || (scores[a] === scores[b] && id(a) < id(b)));
    for (const i of candidates) scores[i] = 0;
    return best.map((i) => {
      const article = archive.articles[i]!;
      const theirs = topicSlugs(article);
      return { article, shared: shared.filter((t) => theirs.has(t.slug)).sort(rarestFirst) };
    });
  };
}

/**
 * The `limit` first of `candidates` in the order `before` gives, in that order,
 * the earlier of two equal ones first (as a stable sort would): one pass keeping
 * the best few, not a sort of all of them (thousands for an article or a topic
 * that names busy topics).
 */
function firstFew(candidates: number[], limit: number, before: (a: number, b: number) => boolean): number[] {
  const best: number[] = [];
  for (const i of candidates) {
    if (best.length === limit) {
      if (!before(i, best[limit - 1]!)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && before(i, best[at - 1]!)) at--;
    best.splice(at, 0, i);
  }
  return best;
}

const REASON_NAMES = 3;

/** "Also names Mustafa Bali, Deir al-Zor and 2 more". */
export function relatedReason(shared: TopicRecord[]): string {
  const names = shared.slice(0, REASON_NAMES).map((t) => t.name);
  const more = shared.length - names.length;
  return `Also names ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

export interface NamedWith {
  topic: TopicRecord;
  /** Articles naming both. */
  count: number;
}

/**
 * For a topic, the topics of each kind most often named in the same articles:
 * at most `limit` of each, most shared articles first, then A–Z. Counts are
 * made per topic from its own article list in one array, reset after each
 * call, not kept for every pair of topics.
 */
export function namedWithFinder(archive: Archive, limit: number): (topic: TopicRecord) => Record<EntityKind, NamedWith[]> {
  const { topics } = archive;
  const indexOf = new Map(topics.map((t, i) => [t.slug, i]));
  const topicsOf = new Map(archive.articles.map((a) => [a.id, Int32Array.from(topicSlugs(a), (slug) => indexOf.get(slug)!)]));
  const counts = new Int32Array(topics.length);
  const before = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && topics[a]!.name.localeCompare(topics[b]!.name, "en") < 0);
  return (topic) => {
    const self = indexOf.get(topic.slug);
    const touched: number[] = [];
    for (const id of topic.articles) {
      for (const i of topicsOf.get(id)!) {
        if (i === self) continue;
        if (counts[i] === 0) touched.push(i);
        counts[i]!++;
      }
    }
    const ofKind = (kind: EntityKind) =>
      firstFew(touched.filter((i) => topics[i]!.kind === kind), limit, before).map((i) => ({ topic: topics[i]!, count: counts[i]! }));
    const found = Object.fromEntries(KINDS.map((kind) => [kind, ofKind(kind)])) as Record<EntityKind, NamedWith[]>;
    for (const i of touched) counts[i] = 0;
    return found;
  };
}
