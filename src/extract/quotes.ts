// Direct-quote detection: one linear pass over each paragraph's quotation marks.
//
// Glyphs are unreliable in scraped news ("straight" and curly marks are mixed, a
// paragraph may open with a closing ” mark), so each mark's role comes first from
// what stands on either side of it and only then from its glyph.

import type { QuoteSpan } from "./types.ts";
import { SPEECH_VERB_PATTERN } from "./speechVerbs.ts";

type Weight = "double" | "single" | "angle";
type Style = "straight" | "curly" | "angle";

interface Mark {
  weight: Weight;
  style: Style;
  glyphRole: "open" | "close" | "either";
}

const MARKS: Readonly<Record<string, Mark>> = {
  '"': { weight: "double", style: "straight", glyphRole: "either" },
  "\u201C": { weight: "double", style: "curly", glyphRole: "open" },
  "\u201D": { weight: "double", style: "curly", glyphRole: "close" },
  "\u201E": { weight: "double", style: "curly", glyphRole: "open" },
  "'": { weight: "single", style: "straight", glyphRole: "either" },
  "\u2018": { weight: "single", style: "curly", glyphRole: "open" },
  "\u2019": { weight: "single", style: "curly", glyphRole: "close" },
  "\u00AB": { weight: "angle", style: "angle", glyphRole: "open" },
  "\u00BB": { weight: "angle", style: "angle", glyphRole: "close" },
};

const MARK_CHARS = /["'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB]/g;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// What may stand right before an opening mark: "(“", "—“", "/'" and nested marks.
const OPEN_PRECEDER = /[\s([{\u2014\u2013\-/:"'\u201C\u201D\u2018\u2019\u00AB]/;
const WORDS = /[\p{L}\p{N}]+/gu;

// A short quote still counts as speech when an attribution follows it ("No," he said)
// or a colon introduces it (he said: "No.").
const ATTRIBUTION_AFTER = new RegExp(
  String.raw`^\s*[,!?.\u2014\u2013-]*\s*(?:(?:[\p{Lu}][\p{L}.'\u2019-]*(?:\s+[\p{Lu}][\p{L}.'\u2019-]*){0,3}|he|she|they|I|we)\s+(?:${SPEECH_VERB_PATTERN})\b|(?:said|says|added|asked)\s+[\p{Lu}])`,
  "u",
);
const COLON_BEFORE = /:\s*$/;

const MIN_WORDS = 4;
const MAX_TITLE_WORDS = 8;
const LONG_WORDS = /[\p{L}][\p{L}'\u2019-]{3,}/gu;
const TITLE_CASE = /^[\p{Lu}\d]/u;

type Role = "open" | "close" | "skip";

/** Decides what one mark does, from its neighbours; `doubleOpen`/`singleOpen` break ties by state. */
function roleOf(mark: Mark, prev: string, next: string, doubleOpen: boolean, singleOpen: boolean): Role {
  const prevSpace = prev === "" || OPEN_PRECEDER.test(prev);
  const nextSpace = next === "" || SPACE.test(next);
  const canOpen = prevSpace && !nextSpace;
  const canClose = !(prev === "" || SPACE.test(prev)) && (nextSpace || !WORD_CHAR.test(next));
  if (mark.weight === "single") {
    // don’t, Bali’s, rock’n’roll: a mark between letters is an apostrophe.
    if (WORD_CHAR.test(prev) && WORD_CHAR.test(next)) return "skip";
    // ’90s, ’em-style elisions before a digit are apostrophes too.
    if (canOpen && /\d/.test(next)) return "skip";
    // farmers’ union: a trailing apostrophe unless a single quote is open to close.
    if (canClose && !canOpen) return singleOpen ? "close" : "skip";
    if (canOpen && !canClose) return "open";
    return "skip";
  }
  if (canOpen && !canClose) return "open";
  if (canClose && !canOpen) return "close";
  if (mark.glyphRole !== "either") return mark.glyphRole;
  return doubleOpen ? "close" : "open";
}

function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** "All Bets Are Off.", "State of the Union": a title in marks, not words anyone said. */
function isTitle(text: string): boolean {
  const long = text.match(LONG_WORDS) ?? [];
  return wordCount(text) <= MAX_TITLE_WORDS && long.length > 1 && long.every((w) => TITLE_CASE.test(w)) && !/[!?]\W*$/.test(text);
}

function isQuote(text: string, paragraph: string, start: number, end: number): boolean {
  const words = wordCount(text);
  if (words === 0) return false;
  const spoken = (): boolean => ATTRIBUTION_AFTER.test(paragraph.slice(end, end + 80)) || COLON_BEFORE.test(paragraph.slice(Math.max(0, start - 3), start));
  if (words >= MIN_WORDS) return !isTitle(text) || spoken();
  return spoken();
}

interface Open {
  mark: Mark;
  at: number;
}

/**
 * Quotes of one paragraph. `apostrophes` holds mark positions to skip: a single-mark "quote"
 * that never closed was an apostrophe, so the pass reruns without it and later quotes survive.
 */
function scanParagraph(text: string, paragraph: number, out: QuoteSpan[], apostrophes?: Set<number>): void {
  let outer: Open | null = null;
  const inner: Open[] = [];
  const emit = (from: number, to: number, end: number): void => {
    const body = text.slice(from, to).trim();
    if (isQuote(body, text, outer!.at, end)) out.push({ text: body, paragraph, start: outer!.at, end });
  };
  const firstOut = out.length;
  MARK_CHARS.lastIndex = 0;
  for (let m = MARK_CHARS.exec(text); m; m = MARK_CHARS.exec(text)) {
    const at = m.index;
    if (apostrophes?.has(at)) continue;
    const mark = MARKS[m[0]]!;
    const doubleOpen = outer?.mark.weight === "double" || inner.some((o) => o.mark.weight === "double");
    const singleOpen = outer?.mark.weight === "single" || inner.some((o) => o.mark.weight === "single");
    const role = roleOf(mark, text[at - 1] ?? "", text[at + 1] ?? "", doubleOpen, singleOpen);
    if (role === "skip") continue;
    if (role === "open") {
      if (!outer) outer = { mark, at };
      else if (inner.length === 0 && mark.weight === outer.mark.weight && mark.style === outer.mark.style) {
        // Same glyph again while open: nested quotes switch glyphs, so the earlier quote never closed.
        emit(outer.at + 1, at, at);
        outer = { mark, at };
      } else inner.push({ mark, at });
      continue;
    }
    if (!outer) continue;
    // An inner quote left open was an apostrophe or a stray mark; unwind to the matching weight.
    while (inner.length > 0 && inner[inner.length - 1]!.mark.weight !== mark.weight) inner.pop();
    if (inner.length > 0) {
      inner.pop();
      continue;
    }
    if (outer.mark.weight !== mark.weight) continue;
    emit(outer.at + 1, at, at + 1);
    outer = null;
  }
  if (!outer) return;
  if (outer.mark.weight === "single") {
    // An unclosed single mark was an apostrophe: redo the paragraph without it.
    out.length = firstOut;
    scanParagraph(text, paragraph, out, (apostrophes ?? new Set()).add(outer.at));
    return;
  }
  // News convention: a quote running on into the next paragraph is left open here.
  emit(outer.at + 1, text.length, text.length);
}

/** Direct quotes in paragraph order; never spanning paragraphs, scare quotes left out. */
export function findQuotes(paragraphs: string[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  paragraphs.forEach((text, i) => scanParagraph(text, i, out));
  return out;
}
