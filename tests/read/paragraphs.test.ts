import { describe, expect, it } from "vitest";
import { bodyParagraphs, isFurniture, isRunningText, splitParagraphs } from "../../src/read/paragraphs.ts";

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

describe("isFurniture", () => {
  const headline = "Isis jihadist holed up in Raqqa is British barrister";
  it("finds copies of the headline and trailers", () => {
    expect(isFurniture("Isis jihadist holed up in Raqqa is British barrister", headline)).toBe(true);
    expect(isFurniture("Latest News", headline)).toBe(true);
    expect(isFurniture("Hundreds of civilians are also believed to be inside.", headline)).toBe(false);
  });
});

describe("isRunningText", () => {
  it("rejects captions and related headlines that do not end like a sentence", () => {
    expect(isRunningText("Peshmerga fighters say they captured these ISIL armoured vehicles that were filled with explosives")).toBe(false);
    expect(isRunningText("Prime Minister Justin Trudeau cancels visit to Regina")).toBe(false);
  });
  it("accepts sentences, quotes, lead-ins, list items and text that lost its last full stop", () => {
    expect(isRunningText("Hundreds of civilians are also believed to be inside.")).toBe(true);
    expect(isRunningText("Caddell continued:")).toBe(true);
    expect(isRunningText("“This is in their heads,” said Caddell.”")).toBe(true);
    expect(isRunningText("- Reduced corporate tax rates to 30%")).toBe(true);
    expect(isRunningText("“During the debate Trump said Hispanics live in hell. He is ignorant of our culture.”― Pamela Padilla")).toBe(true);
  });
});

describe("bodyParagraphs", () => {
  it("removes the noise around a body", () => {
    const body = "A headline\n\nKurds in Iraq say US withdrawal from Syria a mistake\n\nThe jihadists are cornered.\n\nLatest News";
    expect(bodyParagraphs(body, "A headline")).toEqual(["The jihadists are cornered."]);
  });

  it("keeps every paragraph inside the body, even ones without a full stop", () => {
    const body = "Cup draw\n\nThe draw was made on Sunday.\n\nEverton v Manchester United\n\nBolton v Arsenal or Sheffield United\n\nTies will be played next month.\n\nMore on this story";
    expect(bodyParagraphs(body, "Cup draw")).toEqual([
      "The draw was made on Sunday.", "Everton v Manchester United", "Bolton v Arsenal or Sheffield United", "Ties will be played next month.",
    ]);
  });
});
