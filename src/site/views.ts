import type { Archive, ArticleRecord, EntityKind, EntityRef, Quote, TopicRecord } from "../types.ts";

/** A link to a topic page, as templates render it. */
export interface TopicLink {
  name: string;
  url: string;
}

export interface QuoteView extends Quote {
  /** The speaker's topic page, when the speaker is a person or organisation the archive has a page for. */
  speakerUrl?: string;
}

export interface ArticleView {
  record: ArticleRecord;
  excerpt: string;
  quotes: QuoteView[];
  people: TopicLink[];
  places: TopicLink[];
  organizations: TopicLink[];
}

export interface ArticleSummary {
  headline: string;
  url: string;
  excerpt: string;
}

export interface TopicQuote {
  text: string;
  article: ArticleSummary;
}

export interface TopicView {
  topic: TopicRecord;
  articles: ArticleSummary[];
  /** Quotes this person or organisation gave, in archive order. */
  quotes: TopicQuote[];
}

export interface TopicGroup {
  kind: EntityKind;
  label: string;
  topics: TopicRecord[];
}

/** Everything the templates read; built once from the archive so templates hold no logic. */
export interface SiteData {
  archive: Archive;
  articles: ArticleView[];
  topics: TopicView[];
  topicGroups: TopicGroup[];
}

const KIND_LABELS: Record<EntityKind, string> = { person: "People", place: "Places", organization: "Organisations" };
const EXCERPT_CHARS = 220;

export function excerptOf(paragraphs: string[]): string {
  const text = paragraphs.join(" ");
  if (text.length <= EXCERPT_CHARS) return text;
  return `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, "")}…`;
}

const topicLink = (topicsBySlug: Map<string, TopicRecord>) => (ref: EntityRef): TopicLink => ({
  name: ref.name,
  url: topicsBySlug.get(ref.topic)!.url,
});

export function buildSiteData(archive: Archive): SiteData {
  const topicsBySlug = new Map(archive.topics.map((t) => [t.slug, t]));
  const link = topicLink(topicsBySlug);
  const summaries = new Map(archive.articles.map((a) => [a.id, { headline: a.headline, url: a.url, excerpt: excerptOf(a.paragraphs) }]));
  const quotesByTopic = new Map<string, TopicQuote[]>();

  const articles = archive.articles.map((record): ArticleView => {
    const speakers = [...record.people, ...record.organizations];
    const quotes = record.quotes.map((q): QuoteView => {
      const ref = q.speaker ? speakers.find((e) => e.name === q.speaker || e.mentions.includes(q.speaker!)) : undefined;
      if (!ref) return q;
      quotesByTopic.set(ref.topic, [...(quotesByTopic.get(ref.topic) ?? []), { text: q.text, article: summaries.get(record.id)! }]);
      return { ...q, speaker: ref.name, speakerUrl: topicsBySlug.get(ref.topic)!.url };
    });
    return {
      record,
      excerpt: summaries.get(record.id)!.excerpt,
      quotes,
      people: record.people.map(link),
      places: record.places.map(link),
      organizations: record.organizations.map(link),
    };
  });

  const topics = archive.topics.map((topic): TopicView => ({
    topic,
    articles: topic.articles.map((id) => summaries.get(id)!),
    quotes: quotesByTopic.get(topic.slug) ?? [],
  }));

  const byName = (a: TopicRecord, b: TopicRecord) => a.name.localeCompare(b.name, "en");
  const topicGroups = (Object.keys(KIND_LABELS) as EntityKind[]).map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    topics: archive.topics.filter((t) => t.kind === kind).sort(byName),
  }));
  return { archive, articles, topics, topicGroups };
}
