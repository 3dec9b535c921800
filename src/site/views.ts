import type { Archive, ArticleRecord, EntityKind, EntityRef, Quote, TopicRecord } from "../types.ts";
import type { Feed, FeedEntry } from "./atom.ts";
import { newestFirst } from "./dates.ts";
import { locate } from "./geo.ts";
import { newsArticleJsonLd } from "./jsonLd.ts";
import { listPages, type ListPage } from "./listPages.ts";
import { placeMap, worldMap } from "./map.ts";
import { entitiesOf, isAbout, prominenceIn, type Prominence } from "./prominence.ts";
import { namedWithFinder, relatedArticlesFinder, relatedReason } from "./related.ts";
import { KINDS } from "../archive/entityKinds.ts";
import { speakerAmong } from "../archive/speakers.ts";
import type { SiteUrls } from "./urls.ts";

/** A link to a topic page, as templates render it. */
export interface TopicLink {
  name: string;
  url: string;
}

/** An entity an article names: linked to its topic page where it has one. */
export interface EntityLink {
  name: string;
  url?: string;
}

export interface CountedLink extends TopicLink {
  count: number;
}

/** Who gave a quote: linked when the archive has a page for them, else as the article described them. */
export interface Speaker {
  name: string;
  url?: string;
}

export interface QuoteView extends Quote {
  /** The speaker's topic page, when the speaker is a person or organisation the archive has a page for. */
  speakerUrl?: string;
}

export interface ArticleSummary {
  headline: string;
  url: string;
  excerpt: string;
  date?: string;
}

export interface RelatedView {
  article: ArticleSummary;
  /** "Also names Mustafa Bali, Deir al-Zor". */
  reason: string;
}

export interface ArticleView {
  record: ArticleRecord;
  excerpt: string;
  quotes: QuoteView[];
  people: EntityLink[];
  places: EntityLink[];
  organizations: EntityLink[];
  related: RelatedView[];
  /**
   * schema.org NewsArticle, already safe to place inside a script element.
   * Made when the page is rendered, so a rebuild that keeps the page never
   * pays for it; it is made only from what the rest of the view holds (the
   * record, the entities' links, the quotes' speakers), which the page's
   * fingerprint covers (pagePlan.ts), and the site's URLs. A topic's kind, its
   * schema.org type, follows from the record's list that names it: the
   * archive gives each kind its own topics (assembleArchive.ts).
   */
  jsonLd(): string;
}

export interface SourcedQuote {
  text: string;
  article: ArticleSummary;
}

export interface KindLinks {
  kind: EntityKind;
  label: string;
  links: CountedLink[];
}

export interface TopicView {
  topic: TopicRecord;
  /** "Person", "Place" or "Organisation". */
  kindLabel: string;
  /** The page's meta description: "Place named in 3 articles of the archive." */
  description: string;
  /** Articles about this topic (see `isAbout`), newest first. */
  about: ArticleSummary[];
  /** Articles that only mention it in passing, newest first. */
  passing: ArticleSummary[];
  /** Quotes this person or organisation gave, in archive order. */
  quotes: SourcedQuote[];
  /** For a place: who was quoted in its articles, most quotes first. */
  quotedAbout: (Speaker & { count: number })[];
  /** Topics named in the same articles, most shared articles first. */
  namedWith: KindLinks[];
  /** A small SVG map, for a place with known coordinates. */
  map?: LazyMap;
  feedUrl: string;
}

/**
 * An SVG drawn when a page shows it: a rebuild that keeps a topic's page from
 * the last build (pagePlan.ts) never pays for its map. What it draws follows
 * from the topic's name and aliases, which the page's fingerprint holds, and
 * from the map and gazetteer data, which the renderer's version holds.
 */
export interface LazyMap {
  svg(): string;
}

export interface TopicGroup {
  kind: EntityKind;
  label: string;
  count: number;
  /** A–Z: topics under the first letter of their name. */
  letters: { letter: string; topics: CountedLink[] }[];
}

export interface SpeakerQuotes extends Speaker {
  quotes: SourcedQuote[];
}

/** Everything the templates read; built once from the archive so templates hold no logic. */
export interface SiteData {
  title: string;
  archive: Archive;
  /** Newest first where dated, then undated ones in archive order. */
  articles: ArticleView[];
  topics: TopicView[];
  topicGroups: TopicGroup[];
  /** The home page's list of articles, a page at a time, in the order of `articles`. */
  homePages: ListPage<ArticleView>[];
  /** Every quote, by speaker (named speakers A–Z, then descriptions, then unnamed), a few hundred quotes a page. */
  quotePages: ListPage<SpeakerQuotes>[];
  /** The search page's filters, rendered with the page so nothing moves when search loads: topic names as Pagefind indexes them. */
  searchFilters: { kind: EntityKind; label: string; options: CountedLink[] }[];
  /** The most-named people and places, for the home page. */
  mostNamed: KindLinks[];
  /** Every located place, sized by article count; `located` of `places` could be drawn. */
  worldMap: { svg: string; located: number; places: number };
  /** Atom feeds to write: the archive's, then one per topic. */
  feeds: Feed[];
  /** Site paths of every HTML page, for the sitemap. */
  pages: string[];
  /**
   * The article summaries and feed entries, one object per article that every
   * page and feed showing it shares: a page's fingerprint names each by a
   * digest of its own (pagePlan.ts) instead of spelling it out again.
   */
  shared: (ArticleSummary | FeedEntry)[];
}

const KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  person: { one: "Person", many: "People" },
  place: { one: "Place", many: "Places" },
  organization: { one: "Organisation", many: "Organisations" },
};
const EXCERPT_CHARS = 220;
const NAMED_WITH_LIMIT = 8;
const MOST_NAMED_LIMIT = 10;
const UNNAMED_SPEAKER = "Speaker not named";
/** Articles a home page lists: about 100 KB of HTML. */
const HOME_PAGE_ARTICLES = 100;
/** Quotes an index page holds, a speaker's quotes kept together: about 100 KB of HTML. */
const QUOTES_PER_PAGE = 250;
/**
 * The search filters offer each kind's most-named topics: a menu of thousands
 * helps nobody and would make the search page the heaviest thing a first
 * search fetches. Every topic stays reachable from /topics/.
 */
const SEARCH_FILTER_OPTIONS = 100;

export function excerptOf(paragraphs: string[]): string {
  // Only as many paragraphs as the excerpt needs: an article can be megabytes long.
  let text = "";
  for (const p of paragraphs) {
    text = text ? `${text} ${p}` : p;
    if (text.length > EXCERPT_CHARS) break;
  }
  if (text.length <= EXCERPT_CHARS) return text;
  return `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, "")}…`;
}

const byCountThenName = (a: CountedLink, b: CountedLink) => b.count - a.count || a.name.localeCompare(b.name, "en");
const counted = (t: TopicRecord, count = t.articles.length): CountedLink => ({ name: t.name, url: t.url, count });

/** First letter for the A–Z index: accents dropped, anything but a letter under "#". */
function indexLetter(name: string): string {
  const first = name.normalize("NFD").charAt(0).toLocaleUpperCase("en");
  return /\p{L}/u.test(first) ? first : "#";
}

function topicGroups(topics: TopicRecord[]): TopicGroup[] {
  return KINDS.map((kind) => {
    const ofKind = topics.filter((t) => t.kind === kind).sort((a, b) => a.name.localeCompare(b.name, "en"));
    const letters: TopicGroup["letters"] = [];
    for (const t of ofKind) {
      const letter = indexLetter(t.name);
      if (letters.at(-1)?.letter !== letter) letters.push({ letter, topics: [] });
      letters.at(-1)!.topics.push(counted(t));
    }
    return { kind, label: KIND_LABELS[kind].many, count: ofKind.length, letters };
  });
}

/** Named speakers (with a page) A–Z, then speakers the articles only describe A–Z, then the unnamed. */
function quoteGroups(groups: Map<string, SpeakerQuotes>): SpeakerQuotes[] {
  const rank = (g: SpeakerQuotes) => (g.url ? 0 : g.name === UNNAMED_SPEAKER ? 2 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "en"));
}

export function buildSiteData(archive: Archive, urls: SiteUrls, title = "News archive"): SiteData {
  const topicsBySlug = new Map(archive.topics.map((t) => [t.slug, t]));
  const relatedArticles = relatedArticlesFinder(archive, topicsBySlug);
  // One name per topic across the archive: the search filters and the topic pages use the same.
  const link = (ref: EntityRef): EntityLink => {
    const topic = ref.topic ? topicsBySlug.get(ref.topic)! : undefined;
    return topic ? { name: topic.name, url: topic.url } : { name: ref.name };
  };
  const links = (refs: EntityRef[]): EntityLink[] => [...new Map(refs.map((r) => [r.topic ?? `name:${r.name}`, link(r)])).values()];
  const summaries = new Map(archive.articles.map((a): [string, ArticleSummary] => [
    a.id,
    { headline: a.headline, url: a.url, excerpt: excerptOf(a.paragraphs), ...(a.date ? { date: a.date } : {}) },
  ]));
  const recordsById = new Map(archive.articles.map((a) => [a.id, a]));

  // Per article: who it quotes and how prominently it names each entity; the topic pages' "about" split reads both.
  const prominence = new Map<string, Map<string, Prominence>>();
  const quotedIn = new Map<string, Set<string>>();
  const quotesByTopic = new Map<string, SourcedQuote[]>();
  const quoteGroupsByKey = new Map<string, SpeakerQuotes>();
  const speakersByArticle = new Map<string, Speaker[]>();

  const articles = archive.articles.map((record): ArticleView => {
    prominence.set(record.id, prominenceIn(record));
    const quoted = new Set<string>();
    quotedIn.set(record.id, quoted);
    const summary = summaries.get(record.id)!;
    const speakers: Speaker[] = [];
    const ldQuotes: { text: string; speaker?: TopicRecord }[] = [];
    const quotes = record.quotes.map((q): QuoteView => {
      const ref = speakerAmong(record.people, record.organizations, q.speaker);
      const topic = ref?.topic ? topicsBySlug.get(ref.topic)! : undefined;
      const speaker: Speaker = topic ? { name: topic.name, url: topic.url } : { name: q.speaker ?? UNNAMED_SPEAKER };
      const key = topic ? `topic:${topic.slug}` : `text:${speaker.name}`;
      const group = quoteGroupsByKey.get(key) ?? { ...speaker, quotes: [] };
      quoteGroupsByKey.set(key, group);
      group.quotes.push({ text: q.text, article: summary });
      if (q.speaker) speakers.push(speaker);
      ldQuotes.push({ text: q.text, ...(topic ? { speaker: topic } : {}) });
      if (!ref || !topic) return q;
      quoted.add(topic.slug);
      const quotesOfTopic = quotesByTopic.get(topic.slug);
      if (quotesOfTopic) quotesOfTopic.push({ text: q.text, article: summary });
      else quotesByTopic.set(topic.slug, [{ text: q.text, article: summary }]);
      return { ...q, speaker: topic.name, speakerUrl: topic.url };
    });
    speakersByArticle.set(record.id, speakers);

    const jsonLd = () => {
      const named = [...new Set(entitiesOf(record).map((r) => r.topic))].map((slug) => topicsBySlug.get(slug)!);
      const about = named.filter((t) => isAbout(prominence.get(record.id)!.get(t.slug), quoted.has(t.slug)));
      return newsArticleJsonLd(record, about, named.filter((t) => !about.includes(t)), ldQuotes, urls);
    };
    return {
      record,
      excerpt: summary.excerpt,
      quotes,
      people: links(record.people),
      places: links(record.places),
      organizations: links(record.organizations),
      related: relatedArticles(record).map((r) => ({ article: summaries.get(r.article.id)!, reason: relatedReason(r.shared) })),
      jsonLd,
    };
  });

  const namedWith = namedWithFinder(archive, NAMED_WITH_LIMIT);
  const newestOfTopic = new Map<string, ArticleRecord[]>();
  const topics = archive.topics.map((topic): TopicView => {
    const ordered = newestFirst(topic.articles.map((id) => recordsById.get(id)!), (r) => r.date);
    newestOfTopic.set(topic.slug, ordered);
    const aboutIt = (r: ArticleRecord) => isAbout(prominence.get(r.id)!.get(topic.slug), quotedIn.get(r.id)!.has(topic.slug));
    const where = locate(topic);
    const namedAlongside = namedWith(topic);
    return {
      topic,
      kindLabel: KIND_LABELS[topic.kind].one,
      description: `${KIND_LABELS[topic.kind].one} named in ${topic.articles.length} article${topic.articles.length === 1 ? "" : "s"} of the archive.`,
      about: ordered.filter(aboutIt).map((r) => summaries.get(r.id)!),
      passing: ordered.filter((r) => !aboutIt(r)).map((r) => summaries.get(r.id)!),
      quotes: quotesByTopic.get(topic.slug) ?? [],
      quotedAbout: topic.kind === "place" ? quotedAbout(topic.articles.flatMap((id) => speakersByArticle.get(id)!)) : [],
      namedWith: KINDS.map((kind) => ({
        kind,
        label: KIND_LABELS[kind].many,
        links: namedAlongside[kind].map((w) => counted(w.topic, w.count)),
      })).filter((g) => g.links.length > 0),
      ...(where ? { map: { svg: () => placeMap(topic.name, where, `Map showing where ${topic.name} is`) } } : {}),
      feedUrl: `${topic.url}feed.xml`,
    };
  });

  const places = archive.topics.filter((t) => t.kind === "place");
  const located = places.flatMap((t) => {
    const where = locate(t);
    return where ? [{ name: t.name, point: where.point, count: t.articles.length }] : [];
  });
  const newest = newestFirst(articles, (a) => a.record.date);
  const homePages = listPages(newest, "/", HOME_PAGE_ARTICLES);
  const quotePages = listPages(quoteGroups(quoteGroupsByKey), "/quotes/", QUOTES_PER_PAGE, (g) => g.quotes.length);
  const entries = new Map(archive.articles.map((r): [string, FeedEntry] => [
    r.id,
    { title: r.headline, path: r.url, summary: summaries.get(r.id)!.excerpt, ...(r.date ? { date: r.date } : {}) },
  ]));
  const feedEntries = (records: ArticleRecord[]) => records.map((r) => entries.get(r.id)!);

  return {
    title,
    archive,
    articles: newest,
    homePages,
    topics,
    topicGroups: topicGroups(archive.topics),
    searchFilters: KINDS.map((kind) => ({
      kind,
      label: KIND_LABELS[kind].one,
      options: archive.topics.filter((t) => t.kind === kind)
        .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, "en"))
        .slice(0, SEARCH_FILTER_OPTIONS)
        .sort((a, b) => a.name.localeCompare(b.name, "en"))
        .map((t) => counted(t)),
    })).filter((f) => f.options.length > 0),
    quotePages,
    mostNamed: (["person", "place"] as const).map((kind) => ({
      kind,
      label: KIND_LABELS[kind].many,
      links: archive.topics.filter((t) => t.kind === kind).map((t) => counted(t)).sort(byCountThenName).slice(0, MOST_NAMED_LIMIT),
    })),
    worldMap: {
      svg: worldMap(located, `World map of the ${located.length} places in the archive with known coordinates, each circle sized by how many articles name it`),
      located: located.length,
      places: places.length,
    },
    feeds: [
      { title, path: "/feed.xml", pagePath: "/", entries: feedEntries(newest.map((a) => a.record)) },
      ...topics.map((t) => ({
        title: `${t.topic.name} · ${title}`,
        path: t.feedUrl,
        pagePath: t.topic.url,
        entries: feedEntries(newestOfTopic.get(t.topic.slug)!),
      })),
    ],
    pages: [...homePages.map((p) => p.url), "/topics/", ...quotePages.map((p) => p.url), "/search/", ...newest.map((a) => a.record.url), ...archive.topics.map((t) => t.url)],
    shared: [...summaries.values(), ...entries.values()],
  };
}

/** Speakers quoted across some articles, with how many quotes each gave there. */
function quotedAbout(speakers: Speaker[]): (Speaker & { count: number })[] {
  const bySpeaker = new Map<string, Speaker & { count: number }>();
  for (const s of speakers) {
    const key = s.url ?? s.name;
    const seen = bySpeaker.get(key);
    if (seen) seen.count++;
    else bySpeaker.set(key, { ...s, count: 1 });
  }
  return [...bySpeaker.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
}
