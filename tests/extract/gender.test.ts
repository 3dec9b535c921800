import { describe, expect, it } from "vitest";
import { genderFromFirstName, genderFromFollowingPronoun, genderFromTitle } from "../../src/extract/gender.ts";
import { isFirstName } from "../../src/extract/lexicon.ts";

describe("gender guesses", () => {
  it("reads a first name", () => {
    expect(genderFromFirstName("Hillary Clinton")).toBe("female");
    expect(genderFromFirstName("Mustafa Bali")).toBe("male");
    expect(genderFromFirstName("Sefqan")).toBeUndefined();
  });

  it("guesses no sex from a first name a list gives both, though it is a name", () => {
    // The French list gives "arsene" and "gilles" to both sexes; a later list settles "thierry".
    expect(genderFromFirstName("Arsene Wenger")).toBeUndefined();
    expect(isFirstName("arsene")).toBe(true);
    expect(genderFromFirstName("Thierry Henry")).toBe("male");
  });

  it("reads a title", () => {
    expect(genderFromTitle("Ms.")).toBe("female");
    expect(genderFromTitle("Mr")).toBe("male");
    expect(genderFromTitle("Sen.")).toBeUndefined();
  });

  it("reads the pronoun that follows a mention in its sentence", () => {
    expect(genderFromFollowingPronoun(" said she would not attend the debate.")).toBe("female");
    expect(genderFromFollowingPronoun(", who says his unit is ready,")).toBe("male");
    expect(genderFromFollowingPronoun(" spoke first. She then left.")).toBeUndefined();
  });
});
