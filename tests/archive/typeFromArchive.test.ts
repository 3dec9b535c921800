import { describe, expect, it } from "vitest";
import type { ExtractedArticle } from "../../src/archive/assembleArchive.ts";
import { typeFromArchive } from "../../src/archive/typeFromArchive.ts";
import { extractArticle, type NamedEntity } from "../../src/extract/index.ts";

const entity = (name: string, ...mentions: string[]): NamedEntity => ({ name, mentions: mentions.length ? mentions : [name] });

function article(id: string, entities: Partial<Pick<ExtractedArticle, "people" | "places" | "organizations" | "untyped" | "guessedPlaces">>): ExtractedArticle {
  return {
    id, source: `${id}.txt`, headline: id, paragraphs: ["Body."], meta: {}, warnings: [], quotes: [],
    people: [], places: [], organizations: [], untyped: [], guessedPlaces: [], ...entities,
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

  it("makes a person of a place only the gazetteer typed, where other articles name a person so far more often than a place", () => {
    const typed = typeFromArchive([
      article("a", { people: [entity("Hillary Clinton", "Hillary Clinton", "Clinton")] }),
      article("b", { people: [entity("Bill Clinton", "Bill Clinton", "Clinton")] }),
      article("c", { places: [entity("Clinton"), entity("Pyongyang")], guessedPlaces: ["Clinton", "Pyongyang"] }),
      article("d", { places: [entity("Washington")], guessedPlaces: ["Washington"] }),
      article("e", { places: [entity("Washington")] }),
      article("f", { people: [entity("George Washington", "George Washington", "Washington")] }),
      article("g", { people: [entity("Denzel Washington", "Denzel Washington", "Washington")] }),
    ]);
    expect(names(typed[2]!.people)).toEqual(["Clinton"]);
    expect(names(typed[2]!.places)).toEqual(["Pyongyang"]);
    // Another article's "in Washington" keeps the guess a place, as long as people are not four times as many.
    expect(names(typed[3]!.places)).toEqual(["Washington"]);
    expect(typed[3]!.people).toEqual([]);
    const obama = (id: string) => article(id, { people: [entity("Barack Obama", "Barack Obama", "Obama")] });
    const mostly = typeFromArchive([
      article("a", { places: [entity("Obama")], guessedPlaces: ["Obama"] }),
      article("b", { places: [entity("Obama")] }),
      obama("c"), obama("d"), obama("e"), obama("f"),
    ]);
    expect(names(mostly[0]!.people)).toEqual(["Obama"]);
    expect(names(mostly[1]!.places)).toEqual(["Obama"]);
  });

  it("receives from extraction the places only the gazetteer typed", () => {
    const extraction = extractArticle({
      headline: "Nuclear test",
      paragraphs: ["And whether it's Clinton or Trump, this is going to be the number one issue, officials in Pyongyang said."],
    });
    expect(names(extraction.places)).toEqual(["Clinton", "Pyongyang"]);
    expect(extraction.guessedPlaces).toEqual(["Clinton"]);
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
