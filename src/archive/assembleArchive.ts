import type { Extraction, NamedEntity } from "../extract/index.ts";
import { translitKey } from "../extract/transliteration.ts";
import type { SourceArticle } from "../read/readArticle.ts";
import type { Archive, ArticleRecord, EntityKind, EntityRef, TopicRecord } from "../types.ts";
import { KIND_FIELDS, KINDS } from "./entityKinds.ts";
import { assignSlugs } from "./slug.ts";
import { speakerAmong } from "./speakers.ts";
import { typeFromArchive } from "./typeFromArchive.ts";

export type ExtractedArticle = SourceArticle & Extraction;

interface TopicDraft {
  kind: EntityKind;
  key: string;
  /** How often each canonical name was used, to pick the archive-wide name. */
  names: Map<string, number>;
  /** Whether any article quotes it. */
  quoted: boolean;
  aliases: Set<string>;
  articles: string[];
}

/**
 * Ties per-article extractions into one archive: slugs for articles, one topic
 * per entity across articles, and each article's entities pointed at their topics.
 */
export function assembleArchive(extracted: ExtractedArticle[]): Archive {
  const articles = typeFromArchive([...extracted].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  const articleSlugs = assignSlugs(articles.map((a) => ({ key: a.id, text: a.headline })), "article");

  const topicKeyOf = topicKeyResolver(articles);
  // Each entity's key, worked out once: the article records below point at the same topics.
  const keyOf = new Map<NamedEntity, string>();
  const drafts = new Map<string, TopicDraft>();
  for (const article of articles) {
    const speakers = new Set(article.quotes.map((q) => speakerAmong(article.people, article.organizations, q.speaker)));
    for (const kind of KINDS) {
      for (const entity of article[KIND_FIELDS[kind]]) {
        const key = topicKeyOf(kind, entity);
        keyOf.set(entity, key);
        const draft: TopicDraft = drafts.get(key) ?? { kind, key, names: new Map(), aliases: new Set(), articles: [], quoted: false };
        drafts.set(key, draft);
        draft.quoted ||= speakers.has(entity);
        draft.names.set(entity.name, (draft.names.get(entity.name) ?? 0) + 1);
        entity.mentions.forEach((m) => draft.aliases.add(m));
        if (draft.articles.at(-1) !== article.id) draft.articles.push(article.id);
      }
    }
  }

  const ordered = [...drafts.values()].filter(worthAPage).sort((a, b) => (a.key < b.key ? -1 : 1));
  const names = new Map(ordered.map((d) => [d.key, preferredName(d.names)]));
  const topicSlugs = assignSlugs(ordered.map((d) => ({ key: d.key, text: names.get(d.key)! })), "topic");
  const topics: TopicRecord[] = ordered.map((d) => {
    const slug = topicSlugs.get(d.key)!;
    const name = names.get(d.key)!;
    return {
      slug,
      url: `/topics/${slug}/`,
      name,
      kind: d.kind,
      aliases: [...d.aliases].filter((a) => a !== name).sort(),
      articles: d.articles,
    };
  });

  const records: ArticleRecord[] = articles.map((a) => {
    const slug = articleSlugs.get(a.id)!;
    const refs = (kind: EntityKind): EntityRef[] =>
      a[KIND_FIELDS[kind]].map((e) => ({ name: e.name, topic: topicSlugs.get(keyOf.get(e)!) ?? null, mentions: e.mentions }));
    return {
      id: a.id,
      slug,
      url: `/articles/${slug}/`,
      source: a.source,
      headline: a.headline,
      paragraphs: a.paragraphs,
      ...(a.bodyHtml !== undefined ? { bodyHtml: a.bodyHtml } : {}),
      ...a.meta,
      quotes: a.quotes,
      people: refs("person"),
      places: refs("place"),
      organizations: refs("organization"),
    };
  });
  return { articles: records, topics };
}

/**
 * An entity gets a topic (and a page) when two or more articles name it, or
 * when it is quoted: most names in a large archive occur once, and a page
 * listing one article says no more than that article. Entities without a
 * topic are still listed, unlinked, on their article's page.
 */
export const worthAPage = (topic: { articles: string[]; quoted: boolean }): boolean => topic.articles.length >= 2 || topic.quoted;

/** An acronym as articles write one alone: "SDF", "AFP", "U.N.". */
const ACRONYM = /^(?:[A-Z]\.?){2,6}$/;

/**
 * The forms an entity goes by alone in other articles: a person's surname, an
 * organisation's or place's acronym ("Syrian Democratic Forces" is "SDF").
 */
function shortForms(kind: EntityKind, entity: NamedEntity): string[] {
  if (kind === "person") return entity.name.includes(" ") ? [entity.name.slice(entity.name.lastIndexOf(" ") + 1)] : [];
  return entity.mentions.filter((m) => m !== entity.name && ACRONYM.test(m));
}

/**
 * The key under which an entity joins a topic: the transliteration key, so
 * "Mayadin" in one article and "Mayadeen" in another are one place. An entity
 * named only by a short form in one article ("Trump", "SDF") joins the one
 * entity that goes by that form elsewhere ("Donald Trump", "Syrian Democratic
 * Forces"); with two candidates it stays apart, since guessing would merge two.
 */
function topicKeyResolver(articles: ExtractedArticle[]): (kind: EntityKind, entity: NamedEntity) => string {
  const fuller = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const kind of KINDS) {
      for (const entity of article[KIND_FIELDS[kind]]) {
        for (const short of shortForms(kind, entity)) {
          const at = `${kind}:${translitKey(short)}`;
          fuller.set(at, (fuller.get(at) ?? new Set()).add(translitKey(entity.name)));
        }
      }
    }
  }
  return (kind, entity) => {
    const key = translitKey(entity.name);
    const alone = kind === "person" ? !entity.name.includes(" ") : ACRONYM.test(entity.name);
    const candidates = alone ? fuller.get(`${kind}:${key}`) : undefined;
    return `${kind}:${candidates?.size === 1 ? [...candidates][0] : key}`;
  };
}

/** The name used most often across articles; ties go to the longer, then the first alphabetically. */
function preferredName(names: Map<string, number>): string {
  return [...names].sort(([a, x], [b, y]) => y - x || b.length - a.length || (a < b ? -1 : 1))[0]![0];
}
