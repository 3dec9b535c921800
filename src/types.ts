// The records at the pipeline's boundary: what `npm run extract` prints, what
// `archive.json` holds and what the templates render.

export type EntityKind = "person" | "place" | "organization";

export interface Quote {
  /** What stands inside the quotation marks, marks removed. */
  text: string;
  /** Full name where the article gives one, else a descriptor ("SDF spokesman"), else null. */
  speaker: string | null;
  /** Index into `ArticleRecord.paragraphs`. */
  paragraph: number;
}

export interface EntityRef {
  /** Canonical name: the fullest form the article (or the alias table) gives. */
  name: string;
  /** Topic slug, shared by every article that names this entity; null when it has no topic page (named in one article and never quoted). */
  topic: string | null;
  /** Surface forms seen in this article, in order of first use. */
  mentions: string[];
}

export interface ArticleMeta {
  date?: string;
  sourceUrl?: string;
  outlet?: string;
  tags?: string[];
}

export interface ArticleRecord extends ArticleMeta {
  /** Path relative to the articles folder, without extension: "politics/001". */
  id: string;
  slug: string;
  /** "/articles/<slug>/", before any path prefix. */
  url: string;
  /** Path relative to the articles folder. */
  source: string;
  headline: string;
  /** Body text, noise removed, in order. */
  paragraphs: string[];
  /** Sanitised HTML of a Markdown body; absent for plain-text articles. */
  bodyHtml?: string;
  quotes: Quote[];
  people: EntityRef[];
  places: EntityRef[];
  organizations: EntityRef[];
}

export interface TopicRecord {
  slug: string;
  url: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Article ids, in archive order. */
  articles: string[];
}

export interface Archive {
  articles: ArticleRecord[];
  topics: TopicRecord[];
}
