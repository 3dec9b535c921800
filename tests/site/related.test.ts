import { describe, expect, it } from "vitest";
import { relatedArticlesFinder } from "../../src/site/related.ts";
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
