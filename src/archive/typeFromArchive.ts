import { translitKey } from "../extract/transliteration.ts";
import type { EntityKind } from "../types.ts";
import type { ExtractedArticle } from "./assembleArchive.ts";
import { KIND_FIELDS, KINDS } from "./entityKinds.ts";

/** Articles that must agree on a name's kind: one article's mistake ("the Bafta" as a person) is not evidence. */
const MIN_ARTICLES = 2;
/**
 * How many times more articles must name a person so than anything else before a place the gazetteer alone
 * typed becomes the person: "Obama" is a person in 223 PolNeAR articles and "in Obama" a place in a few.
 */
const PERSON_MAJORITY = 4;

/**
 * Types the names an article leaves untyped by what the rest of the archive
 * calls them: "Pfizer's popular drug" says nothing, but another article's
 * "shares in Pfizer" does. A name the archive knows as one kind only takes
 * that kind; a name known as two ("Jordan") or not at all stays out, as
 * extraction left it. Only the article's own typed names count as evidence,
 * so what one article fills in never types another. A place only the gazetteer
 * typed ("whether it's Clinton or Trump") is no evidence either, and becomes a
 * person where the archive names a person so far more often than anything else.
 */
export function typeFromArchive(articles: readonly ExtractedArticle[]): ExtractedArticle[] {
  const kinds = new Map<string, Map<EntityKind, number>>();
  for (const article of articles) {
    const guessed = new Set(article.guessedPlaces);
    for (const kind of KINDS) {
      // Each article counts once per name and kind, however many of its entities share the name.
      const counted = new Set<string>();
      for (const entity of article[KIND_FIELDS[kind]]) {
        if (kind === "place" && guessed.has(entity.name)) continue;
        for (const form of [entity.name, ...entity.mentions]) {
          const key = translitKey(form);
          if (counted.has(key)) continue;
          counted.add(key);
          const known = kinds.get(key) ?? new Map<EntityKind, number>();
          kinds.set(key, known.set(kind, (known.get(kind) ?? 0) + 1));
        }
      }
    }
  }
  /** The one kind two or more articles agree a name is, else undefined. */
  const agreedKind = (name: string): EntityKind | undefined => {
    const known = kinds.get(translitKey(name));
    if (known?.size !== 1) return undefined;
    const [kind, articleCount] = [...known][0]!;
    return articleCount >= MIN_ARTICLES ? kind : undefined;
  };
  const mostlyPerson = (name: string): boolean => {
    const known = kinds.get(translitKey(name));
    const people = known?.get("person") ?? 0;
    const others = [...known ?? []].reduce((n, [kind, count]) => (kind === "person" ? n : n + count), 0);
    return people >= MIN_ARTICLES && people >= PERSON_MAJORITY * others;
  };
  return articles.map((article) => {
    // "whether it's Clinton or Trump": a town's name the gazetteer alone made a place is the person other articles name so.
    const retyped = article.places.filter((e) => article.guessedPlaces.includes(e.name) && mostlyPerson(e.name));
    if (article.untyped.length === 0 && retyped.length === 0) return article;
    const typed = { ...article, untyped: [], guessedPlaces: [] };
    if (retyped.length > 0) {
      typed.places = article.places.filter((e) => !retyped.includes(e));
      typed.people = [...article.people, ...retyped];
    }
    for (const entity of article.untyped) {
      const kind = agreedKind(entity.name);
      if (!kind) continue;
      const field = KIND_FIELDS[kind];
      typed[field] = [...typed[field], entity];
    }
    return typed;
  });
}
