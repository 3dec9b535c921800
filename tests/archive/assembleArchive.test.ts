import { describe, expect, it } from "vitest";
import { assembleArchive, type ExtractedArticle } from "../../src/archive/assembleArchive.ts";
import type { NamedEntity } from "../../src/extract/index.ts";

const entity = (name: string, ...mentions: string[]): NamedEntity => ({ name, mentions: mentions.length ? mentions : [name] });

function article(id: string, entities: { people?: NamedEntity[]; places?: NamedEntity[]; organizations?: NamedEntity[]; untyped?: NamedEntity[] }): ExtractedArticle {
  return {
    id, source: `${id}.txt`, headline: `Headline of ${id}`, paragraphs: ["Body."], meta: {}, warnings: [], quotes: [],
    people: entities.people ?? [], places: entities.places ?? [], organizations: entities.organizations ?? [], untyped: entities.untyped ?? [], guessedPlaces: [],
  };
}

const topicOf = (archive: ReturnType<typeof assembleArchive>, id: string, field: "people" | "places" | "organizations", name: string) =>
  archive.articles.find((a) => a.id === id)![field].find((e) => e.name === name)!.topic;

describe("assembleArchive", () => {
  it("joins a surname or an acronym used alone to the one entity that goes by it elsewhere", () => {
    const archive = assembleArchive([
      article("a", { people: [entity("Donald Trump", "Donald Trump", "Trump")], organizations: [entity("Syrian Democratic Forces", "Syrian Democratic Forces", "SDF")] }),
      article("b", { people: [entity("Trump")], organizations: [entity("SDF")] }),
    ]);
    expect(topicOf(archive, "b", "people", "Trump")).toBe(topicOf(archive, "a", "people", "Donald Trump"));
    expect(topicOf(archive, "b", "organizations", "SDF")).toBe("syrian-democratic-forces");
    const sdf = archive.topics.find((t) => t.slug === "syrian-democratic-forces")!;
    expect(sdf).toMatchObject({ name: "Syrian Democratic Forces", kind: "organization", articles: ["a", "b"] });
    expect(sdf.aliases).toEqual(["SDF"]);
  });

  it("keeps a surname apart when two people go by it", () => {
    const archive = assembleArchive([
      article("a", { people: [entity("Hillary Clinton")] }),
      article("b", { people: [entity("Bill Clinton")] }),
      article("c", { people: [entity("Clinton")] }),
      article("d", { people: [entity("Hillary Clinton"), entity("Bill Clinton"), entity("Clinton")] }),
    ]);
    expect(archive.topics.filter((t) => t.kind === "person").map((t) => t.name).sort()).toEqual(["Bill Clinton", "Clinton", "Hillary Clinton"]);
  });

  it("gives a topic only to entities named in two articles or quoted", () => {
    const quoted = { ...article("b", { people: [entity("Jens Laerke")], places: [entity("Geneva")] }), quotes: [{ text: "Many of the arrivals are exhausted", speaker: "Jens Laerke", paragraph: 0 }] };
    const archive = assembleArchive([article("a", { places: [entity("Raqqa"), entity("Mosul")] }), quoted, article("c", { places: [entity("Raqqa")] })]);
    expect(archive.topics.map((t) => t.name).sort()).toEqual(["Jens Laerke", "Raqqa"]);
    expect(archive.articles[0]!.places).toEqual([
      { name: "Raqqa", topic: "raqqa", mentions: ["Raqqa"] },
      { name: "Mosul", topic: null, mentions: ["Mosul"] },
    ]);
  });

  it("makes one topic of transliteration variants across articles", () => {
    const archive = assembleArchive([
      article("a", { places: [entity("al-Mayadin", "al-Mayadin", "Mayadeen")] }),
      article("b", { places: [entity("Mayadin")] }),
      article("c", { places: [entity("Al-Mayadin")] }),
    ]);
    const places = archive.topics.filter((t) => t.kind === "place");
    expect(places).toHaveLength(1);
    expect(places[0]!.articles).toEqual(["a", "b", "c"]);
  });

  it("gives the same slugs whatever order the articles come in", () => {
    const articles = [
      article("b", { places: [entity("Raqqa")] }),
      article("a", { places: [entity("Raqqa")] }),
    ];
    const one = assembleArchive(articles);
    const two = assembleArchive([...articles].reverse());
    expect(one).toEqual(two);
    expect(one.articles.map((a) => a.slug)).toEqual(["headline-of-a", "headline-of-b"]);
  });
});
