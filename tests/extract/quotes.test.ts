import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/extract/quotes.ts";

const texts = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => q.text);

describe("findQuotes", () => {
  it("takes what stands inside straight marks, with offsets of the marks", () => {
    const p = '"The battle to finish off what is left of Daesh has started", said SDF commander Adnan Afrin, using the Arabic acronym for IS.';
    const [q] = findQuotes([p]);
    expect(q).toEqual({ text: "The battle to finish off what is left of Daesh has started", paragraph: 0, start: 0, end: 60 });
    expect(p.slice(q!.start, q!.end)).toBe('"The battle to finish off what is left of Daesh has started"');
  });

  it("reads curly quotes and leaves apostrophes alone", () => {
    expect(texts(["Ham also noted several “intangibles” left him disillusioned. “We’re on our fourth secretary of defense,” he said. “There’s a reason for that. None of them gave Obama the answer that he wanted.”"])).toEqual([
      "We’re on our fourth secretary of defense,",
      "There’s a reason for that. None of them gave Obama the answer that he wanted.",
    ]);
  });

  it("keeps a quote within a quote inside the outer one", () => {
    const p = '"I\'ll read you the question: “As you know, Hillary Clinton left an event on September 11th earlier than scheduled.” Forty-three, yes; forty-four, no."';
    expect(texts([p])).toEqual(["I'll read you the question: “As you know, Hillary Clinton left an event on September 11th earlier than scheduled.” Forty-three, yes; forty-four, no."]);
  });

  it("reads single marks and guillemets as quotes when they pair up", () => {
    expect(texts(["Trump was ‘mocking’ the Clinton camp, and said ‘we will not be bullied by anyone’ on Sunday."])).toEqual(["we will not be bullied by anyone"]);
    expect(texts(["Le ministre a déclaré : « nous ne céderons pas aux menaces » devant la presse."])).toEqual(["nous ne céderons pas aux menaces"]);
  });

  it("drops scare quotes and titles but keeps short replies", () => {
    expect(texts(['Retaking the sliver of land would end the Islamic State\'s self-proclaimed "caliphate" that once straddled Syria and Iraq.'])).toEqual([]);
    expect(texts(['SDF fighters are advancing "cautiously" due to mines, and the paper called him a "Legend in the Coal Fields" on its front page.'])).toEqual([]);
    expect(texts(['"No way," Trump said.'])).toEqual(["No way,"]);
  });

  it("ends an unclosed quote with its paragraph and finds the quotes after it", () => {
    const paragraphs = [
      "“The health issue overall is very much a partisan issue. Forty-three, yes; forty-four, no.",
      "“Rasmussen has a similar question: forty-three, yes; forty-six, no,” Caddell said.",
      "Caddell went on to discuss recently released polls.",
    ];
    const quotes = findQuotes(paragraphs);
    expect(quotes.map((q) => [q.paragraph, q.text])).toEqual([
      [0, "The health issue overall is very much a partisan issue. Forty-three, yes; forty-four, no."],
      [1, "Rasmussen has a similar question: forty-three, yes; forty-six, no,"],
    ]);
  });

  it("treats a reopening mark inside an open quote as the start of a new quote", () => {
    expect(texts(["“We won the state by a mile, he said. “Now we go on to the next one,” he added."])).toEqual([
      "We won the state by a mile, he said.",
      "Now we go on to the next one,",
    ]);
  });

  it("does not let a stray apostrophe swallow a later quote", () => {
    expect(texts(["In the ’90s the party was different. “We have to win back the working class voters,” she said."])).toEqual([
      "We have to win back the working class voters,",
    ]);
  });
});
