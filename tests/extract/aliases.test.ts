import { describe, expect, it } from "vitest";
import { ALIAS_ENTRIES, canonicalName, lookupAlias } from "../../src/extract/aliases.ts";
import { findEntities } from "../../src/extract/entities.ts";

// Every entry of data/aliases.json: each of its forms, in a sentence of its own, is
// found and merged into the one entity the table names.
describe("alias table", () => {
  it.each(ALIAS_ENTRIES.map((e) => [e.name, e] as const))("%s", (_, entry) => {
    const forms = [entry.name, ...entry.aliases];
    const entities = findEntities({
      headline: "",
      paragraphs: forms.map((form) => `Officials discussed ${form} on Monday.`),
    });
    const found = entry.kind === "place" ? entities.places : entities.organizations;
    expect(found.map((e) => e.name)).toEqual([entry.name]);
    expect(found[0]!.mentions).toHaveLength(forms.length);
    expect(entities.people).toEqual([]);
  });

  it("matches case-sensitively: the country is US, not us", () => {
    expect(lookupAlias("US")?.name).toBe("United States");
    expect(lookupAlias("us")).toBeUndefined();
  });

  it("counts a confirm-only form only beside another form", () => {
    const alone = findEntities({ headline: "", paragraphs: ["The IS claim was rejected."] });
    expect(alone.organizations).toEqual([]);
  });
});

describe("canonicalName", () => {
  it("prefers the spelling seen most often", () => {
    expect(canonicalName(["Mayadeen", "al-Mayadin", "Al-Mayadin", "al-Mayadin"])).toBe("al-Mayadin");
  });

  it("prefers a spelled-out name to its acronym, and a well-formed spelling to a slip", () => {
    expect(canonicalName(["SDF", "SDF", "SDF", "Syrian Democratic Forces"])).toBe("Syrian Democratic Forces");
    expect(canonicalName(["Deir ez- Zor", "Deir ez- Zor", "Deir Ezzor"])).toBe("Deir Ezzor");
  });
});
