import { describe, expect, it } from "vitest";
import { bodyParagraphs, isNoise, splitParagraphs } from "../../src/read/paragraphs.ts";

describe("splitParagraphs", () => {
  it("splits at blank lines and folds inner whitespace", () => {
    expect(splitParagraphs("First  one.\n\n\nSecond\tone.\n")).toEqual(["First one.", "Second one."]);
  });

  it("treats lines as paragraphs when each ends a sentence", () => {
    expect(splitParagraphs("He left on Monday.\nShe stayed behind.")).toEqual(["He left on Monday.", "She stayed behind."]);
  });

  it("joins hard-wrapped lines that break mid-sentence", () => {
    const wrapped = [
      "The US military is preparing to withdraw all of its troops from Syria by",
      "the end of April even as the administration is yet to come up with a plan",
      "to protect its Kurdish partners.",
    ].join("\n");
    expect(splitParagraphs(wrapped)).toEqual([wrapped.replace(/\n/g, " ")]);
  });

  it("keeps two short related headlines on consecutive lines apart", () => {
    const block = "Prime Minister Justin Trudeau cancels visit to Regina\nMore than 1,500 tortoises and terrapins found in smuggler’s luggage at airport";
    expect(splitParagraphs(block)).toHaveLength(2);
  });
});

describe("isNoise", () => {
  const headline = "Isis jihadist holed up in Raqqa is British barrister";
  it("drops copies of the headline", () => {
    expect(isNoise("Isis jihadist holed up in Raqqa is British barrister", headline)).toBe(true);
  });
  it("drops captions and related headlines that do not end like a sentence", () => {
    expect(isNoise("Peshmerga fighters say they captured these ISIL armoured vehicles that were filled with explosives", headline)).toBe(true);
    expect(isNoise("Latest News", headline)).toBe(true);
  });
  it("keeps sentences, quotes and lead-ins", () => {
    expect(isNoise("Hundreds of civilians are also believed to be inside.", headline)).toBe(false);
    expect(isNoise("Caddell continued:", headline)).toBe(false);
    expect(isNoise("“This is in their heads,” said Caddell.”", headline)).toBe(false);
  });
});

describe("bodyParagraphs", () => {
  it("removes the noise around a body", () => {
    const body = "A headline\n\nKurds in Iraq say US withdrawal from Syria a mistake\n\nThe jihadists are cornered.\n\nLatest News";
    expect(bodyParagraphs(body, "A headline")).toEqual(["The jihadists are cornered."]);
  });
});
