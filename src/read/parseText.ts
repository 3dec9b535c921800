import { bodyParagraphs } from "./paragraphs.ts";

export interface ParsedText {
  headline: string;
  paragraphs: string[];
}

/** A scraped `.txt` article: the first non-empty line is the headline, the rest is body. */
export function parseTextArticle(text: string): ParsedText {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return { headline: "", paragraphs: [] };
  const headline = lines[first]!.replace(/\s+/g, " ").trim();
  return { headline, paragraphs: bodyParagraphs(lines.slice(first + 1).join("\n"), headline) };
}
