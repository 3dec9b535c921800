import { describe, expect, it } from "vitest";
import { namedWithFinder, relatedArticlesFinder } from "../../src/site/related.ts";
import type { Archive, ArticleRecord, TopicRecord } from "../../src/types.ts";

// Ten articles: "a" shares a rare topic with b and c, a common one with everyone else.
const topic = (slug: string, articles: string[]): TopicRecord => ({ slug, url: `/topics/${slug}/`, name: slug, kind: "place", aliases: [], articles });
const ids = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
const topics = [topic("rare", ["a", "c", "b"]), topic("common", ids), topic("pair", ["a", "j"])];
const record = (id: string): ArticleRecord => ({
  id, slug: id, url: `/articles/${id}/`, source: `${id}.txt`, headline: id, paragraphs: [], quotes: [], people: [], organizations: [],
  places: topics.filter((t) => t.articles.includes(id)).map((t) => ({ name: t.name, topic: t.slug, mentions: [t.name] })),
});
const archive: Archive = { articles: ids.map(record), topics };

describe("related articles", () => {
  it("are the five closest, rarer shared topics weighing more, ties by id, the reason rarest first", () => {
    const related = relatedArticlesFinder(archive, new Map(topics.map((t) => [t.slug, t])));
    // j: 1/2 + 1/10; b, c: 1/3 + 1/10; then d and e of the 1/10 ties, by id.
    expect(related(archive.articles[0]!).map((r) => [r.article.id, r.shared.map((t) => t.slug)])).toEqual([
      ["j", ["pair", "common"]],
      ["b", ["rare", "common"]],
      ["c", ["rare", "common"]],
      ["d", ["common"]],
      ["e", ["common"]],
    ]);
    // A second call starts from nothing: no score left over from the first.
    expect(related(archive.articles[3]!).map((r) => r.article.id)).toEqual(["a", "b", "c", "e", "f"]);
  });
});

describe("topics named together", () => {
  // Five articles naming a person with places and a firm; "Zagreb" and "Accra" tie on two shared articles.
  const named = (slug: string, kind: TopicRecord["kind"], articles: string[]): TopicRecord => ({ ...topic(slug, articles), name: slug[0]!.toUpperCase() + slug.slice(1), kind });
  const five = ["p", "q", "r", "s", "t"];
  const all = [
    named("vera", "person", five),
    named("zagreb", "place", ["p", "q"]),
    named("accra", "place", ["q", "r"]),
    named("lima", "place", ["p", "r", "s"]),
    named("oslo", "place", ["t"]),
    named("acme", "organization", ["s"]),
    named("otto", "person", ["t"]),
  ];
  const refs = (id: string, kind: TopicRecord["kind"]) =>
    all.filter((t) => t.kind === kind && t.articles.includes(id)).map((t) => ({ name: t.name, topic: t.slug, mentions: [t.name] }));
  const records = five.map((id): ArticleRecord => ({
    id, slug: id, url: `/articles/${id}/`, source: `${id}.txt`, headline: id, paragraphs: [], quotes: [],
    people: refs(id, "person"), places: refs(id, "place"), organizations: refs(id, "organization"),
  }));
  const namedWith = namedWithFinder({ articles: records, topics: all }, 3);
  const shown = (found: ReturnType<typeof namedWith>) =>
    Object.fromEntries(Object.entries(found).map(([kind, list]) => [kind, list.map((w) => `${w.topic.name} ${w.count}`)]));

  it("are counted by shared articles, kept to the limit per kind, most shared first, ties A–Z", () => {
    expect(shown(namedWith(all[0]!))).toEqual({ person: ["Otto 1"], place: ["Lima 3", "Accra 2", "Zagreb 2"], organization: ["Acme 1"] });
    // A second call starts from nothing: no count left over from the first.
    expect(shown(namedWith(all[1]!))).toEqual({ person: ["Vera 2"], place: ["Accra 1", "Lima 1"], organization: [] });
  });
});
