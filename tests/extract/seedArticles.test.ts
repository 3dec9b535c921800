import { describe, expect, it } from "vitest";
import { extractArticle, type NamedEntity } from "../../src/extract/index.ts";
import { readArticle } from "../../src/read/readArticle.ts";
import { SEED_RECORDS, type SeedEntities } from "../fixtures/seedRecords.ts";

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function assertEntities(kind: string, found: NamedEntity[], want: SeedEntities, text: string) {
  const forms = (e: NamedEntity) => [e.name, ...e.mentions];
  for (const group of want.required) {
    const matching = found.filter((e) => forms(e).some((f) => group.includes(f)));
    expect(matching.map((e) => e.name), `${kind} ${group[0]}: one entity`).toHaveLength(1);
    // Every spelling of the group that the article uses is a mention of that one entity.
    const used = group.filter((g) => new RegExp(`(^|[^\\p{L}])${g.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(text));
    expect(forms(matching[0]!), `${kind} ${group[0]}: spellings merged`).toEqual(expect.arrayContaining(used));
  }
  for (const name of want.forbidden ?? []) {
    expect(found.flatMap(forms), `${kind} must not include ${name}`).not.toContain(name);
  }
}

describe.each(Object.entries(SEED_RECORDS))("seed article %s", (id, want) => {
  const article = readArticle("articles", `${id}.txt`);
  const extraction = extractArticle(article);
  const text = [article.headline, ...article.paragraphs].join("\n");

  it("has its headline and body, scrape noise removed", () => {
    expect(article.headline).toBe(want.headline);
    expect(article.paragraphs).toHaveLength(want.paragraphCount);
    expect(article.paragraphs[0]!.startsWith(want.firstParagraphStarts)).toBe(true);
    expect(article.paragraphs.at(-1)!.startsWith(want.lastParagraphStarts)).toBe(true);
    for (const noise of want.noise) expect(article.paragraphs.join("\n")).not.toContain(noise);
  });

  it("finds every direct quote and who said it", () => {
    const quotes = extraction.quotes.filter((q) => words(q.text) >= 4).map(({ text, speaker }) => ({ text, speaker }));
    expect(quotes).toEqual(want.quotes);
  });

  it("names its people, places and organisations, one entity per thing", () => {
    assertEntities("people", extraction.people, want.people, text);
    assertEntities("places", extraction.places, want.places, text);
    assertEntities("organizations", extraction.organizations, want.organizations, text);
  });

  it("takes no entity from anywhere but the article's own text", () => {
    const all = [...extraction.people, ...extraction.places, ...extraction.organizations];
    for (const e of all) for (const m of e.mentions) expect(text, `${e.name}: "${m}"`).toContain(m);
  });
});
