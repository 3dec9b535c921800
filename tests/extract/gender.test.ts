import { describe, expect, it } from "vitest";
import { genderFromFirstName, genderFromFollowingPronoun, genderFromTitle } from "../../src/extract/gender.ts";

describe("gender guesses", () => {
  it("reads a first name", () => {
    expect(genderFromFirstName("Hillary Clinton")).toBe("female");
    expect(genderFromFirstName("Mustafa Bali")).toBe("male");
    expect(genderFromFirstName("Sefqan")).toBeUndefined();
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
