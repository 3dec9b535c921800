import { translitKey } from "../extract/transliteration.ts";
import type { EntityKind } from "../types.ts";
import type { ExtractedArticle } from "./assembleArchive.ts";
import { KIND_FIELDS, KINDS } from "./entityKinds.ts";

/** Articles that must agree on a name's kind: one article's mistake ("the Bafta" as a person) is not evidence. */
const MIN_ARTICLES = 2;

/**
 * Types the names an article leaves untyped by what the rest of the archive
 * calls them: "Pfizer's popular drug" says nothing, but another article's
 * "shares in Pfizer" does. A name the archive knows as one kind only takes
 * that kind; a name known as two ("Jordan") or not at all stays out, as
 * extraction left it. Only the article's own typed names count as evidence,
 * so what one article fills in never types another.
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
  return articles.map((article) => {
    // "whether it's Clinton or Trump": a town's name the gazetteer alone made a place is the person other articles name so.
    const retyped = article.places.filter((e) => article.guessedPlaces.includes(e.name) && agreedKind(e.name) === "person");
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
