import { describe, expect, it } from "vitest";
import type { ExtractedArticle } from "../../src/archive/assembleArchive.ts";
import { typeFromArchive } from "../../src/archive/typeFromArchive.ts";
import { extractArticle, type NamedEntity } from "../../src/extract/index.ts";

const entity = (name: string, ...mentions: string[]): NamedEntity => ({ name, mentions: mentions.length ? mentions : [name] });

function article(id: string, entities: Partial<Pick<ExtractedArticle, "people" | "places" | "organizations" | "untyped">>): ExtractedArticle {
  return {
    id, source: `${id}.txt`, headline: id, paragraphs: ["Body."], meta: {}, warnings: [], quotes: [],
    people: [], places: [], organizations: [], untyped: [], ...entities,
  };
}

const names = (entities: NamedEntity[]) => entities.map((e) => e.name);

describe("typeFromArchive", () => {
  it("gives an untyped name the one kind two other articles give it, by any of their mentions", () => {
    const [, , c] = typeFromArchive([
      article("a", { organizations: [entity("Pfizer")] }),
      article("b", { people: [entity("Jeb Bush")], organizations: [entity("Pfizer Inc", "Pfizer Inc", "Pfizer")] }),
      article("c", { untyped: [entity("Pfizer"), entity("Bush")] }),
    ]);
    expect(names(c!.organizations)).toEqual(["Pfizer"]);
    expect(c!.people).toEqual([]);
    expect(c!.untyped).toEqual([]);
  });

  it("leaves a name one article types, or two kinds, untyped and out of every list", () => {
    const typed = typeFromArchive([
      article("a", { places: [entity("Jordan")], organizations: [entity("Enron")] }),
      article("b", { places: [entity("Jordan")] }),
      article("c", { people: [entity("Michael Jordan", "Michael Jordan", "Jordan")] }),
      article("d", { people: [entity("Michael Jordan", "Michael Jordan", "Jordan")] }),
      article("e", { untyped: [entity("Jordan"), entity("Enron")] }),
      article("f", { untyped: [entity("Enron")] }),
    ]);
    const e = typed[4]!;
    expect([...e.people, ...e.places, ...e.organizations]).toEqual([]);
    expect(typed[5]!.organizations).toEqual([]);
  });

  it("receives from extraction the single names no context settles", () => {
    const extraction = extractArticle({
      headline: "Drug maker loses court case",
      paragraphs: ["It lost a case in March, banning it from selling a version of Ranbaxy's popular hypertension drug Norvasc."],
    });
    expect(names(extraction.untyped)).toEqual(["Ranbaxy", "Norvasc"]);
    expect(extraction.organizations).toEqual([]);
  });
});
