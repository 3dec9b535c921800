import type { Quote } from "../types.ts";
import { findEntities } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { attributeSpeakers } from "./speakers.ts";
import type { ArticleText, Entity } from "./types.ts";

/** An entity as an article record holds it, before it is tied to a topic. */
export interface NamedEntity {
  name: string;
  /** Distinct surface forms as the article writes them, in order of first use. */
  mentions: string[];
}

export interface Extraction {
  quotes: Quote[];
  people: NamedEntity[];
  places: NamedEntity[];
  organizations: NamedEntity[];
  /** Names the article leaves untyped, for the archive to type from its other articles (src/archive/typeFromArchive.ts). */
  untyped: NamedEntity[];
  /** Names of `places` that only the gazetteer typed ("whether it's Clinton or Trump"): the archive may know them as people. */
  guessedPlaces: string[];
}

/** Everything the archive knows about one article's text. */
export function extractArticle(text: ArticleText): Extraction {
  const entities = findEntities(text);
  const spans = findQuotes(text.paragraphs);
  const attributions = attributeSpeakers(text.paragraphs, spans, entities.people, entities.organizations);
  const quotes = spans.map((span, i): Quote => ({
    text: span.text,
    speaker: attributions[i]?.speaker ?? null,
    paragraph: span.paragraph,
  }));
  const people = entities.people.map(toNamed);
  // A speaker named only beside a quote is still a person the article names, if
  // the name stands in the text as written: a mention is always the article's own words.
  const places = entities.places.map(toNamed);
  const organizations = entities.organizations.map(toNamed);
  // Names the article gives to places and organisations ("Labour said") are not people either.
  const known = new Set([...people, ...places, ...organizations].flatMap((e) => [e.name, ...e.mentions]));
  const wholeText = [text.headline, ...text.paragraphs].join("\n");
  attributions.forEach((a) => {
    if (a.kind === "person" && a.speaker && !known.has(a.speaker) && wholeText.includes(a.speaker)) {
      known.add(a.speaker);
      people.push({ name: a.speaker, mentions: [a.speaker] });
    }
  });
  return {
    quotes,
    people,
    places,
    organizations,
    untyped: entities.untyped.map(toNamed),
    guessedPlaces: entities.places.filter((e) => e.guessed).map((e) => e.name),
  };
}

function toNamed(entity: Entity): NamedEntity {
  return { name: entity.name, mentions: [...new Set(entity.mentions.map((m) => m.surface))] };
}
