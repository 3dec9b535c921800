// Turns the body of a scraped article into clean paragraphs: split into
// blocks, re-split blocks whose lines are separate paragraphs, and drop the
// scrape noise that surrounds the body (headline copies, related headlines,
// captions, trailers).

/** A paragraph of running text ends like a sentence (or a quote, or a lead-in to one). */
const SENTENCE_END = /[.!?…:;"”’')\]]$/u;
/** A sentence ending inside a paragraph: body text, even if its last sentence lost its full stop. */
const INNER_SENTENCE_END = /[.!?…]["”’)]?\s+["“‘(]?\p{Lu}/u;
/** Related headlines and captions are one line; anything longer is body text that lost its full stop. */
const MAX_NOISE_LENGTH = 200;
/** "- Reduced income tax …", "• …", "1. …": list items end as they please. */
const LIST_ITEM = /^(?:[-–—•*·]|\d{1,2}[.)])\s/u;

/** Site furniture that ends like a sentence but is never body text. */
const TRAILER = /^(latest news|read more|related( stories| articles)?|advertisement|share this( article)?|follow us|most read|more on this story|click here)\b/i;

const foldForCompare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

const BLANK_LINE = /\n[ \t\u00a0]*\n/;
const SPACE_RUN = /[ \t\u00a0]+/g;
/** Most lines are already clean; testing first spares a copy of every one. */
const NEEDS_FOLD = /[\t\u00a0]| {2}/;

function foldSpaces(line: string): string {
  return (NEEDS_FOLD.test(line) ? line.replace(SPACE_RUN, " ") : line).trim();
}

/**
 * Splits text into paragraphs at blank lines. Within a block, lines are joined
 * only where the text was hard-wrapped: a line that stops mid-sentence and is
 * followed by a lower-case continuation, or by a word that would not have fit
 * on it. Exports that put one paragraph (or one related headline) per line
 * come out as separate paragraphs.
 */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  for (const block of body.split(BLANK_LINE)) {
    const lines: string[] = [];
    let width = 0;
    for (const raw of block.split("\n")) {
      const line = foldSpaces(raw);
      if (!line) continue;
      lines.push(line);
      width = Math.max(width, line.length);
    }
    let current = "";
    let last = "";
    for (const line of lines) {
      if (current && !isWrapped(last, line, width)) {
        paragraphs.push(current);
        current = line;
      } else current = current ? `${current} ${line}` : line;
      last = line;
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}

function isWrapped(line: string, next: string, width: number): boolean {
  if (SENTENCE_END.test(line)) return false;
  if (/^[\p{Ll}\d(,]/u.test(next)) return true;
  const nextWord = next.split(" ", 1)[0] ?? "";
  return line.length + 1 + nextWord.length > width;
}

/** Site furniture or a copy of the headline: noise wherever it stands. */
export function isFurniture(paragraph: string, headline: string): boolean {
  // Folding only drops punctuation and spacing, so a paragraph far longer than the headline cannot be a copy of it.
  if (paragraph.length <= 2 * headline.length + 10 && foldForCompare(paragraph) === foldForCompare(headline)) return true;
  return TRAILER.test(paragraph);
}

/**
 * Whether a paragraph reads as body text: it ends like a sentence, holds more
 * than one sentence, is too long for a caption, or is a list item. Related
 * headlines and photo captions are none of these.
 */
export function isRunningText(paragraph: string): boolean {
  return SENTENCE_END.test(paragraph) || paragraph.length > MAX_NOISE_LENGTH
    || INNER_SENTENCE_END.test(paragraph) || LIST_ITEM.test(paragraph);
}

/**
 * The body without its scrape noise. Related headlines and captions sit around
 * the body, so lines that do not read as body text are dropped only before the
 * first and after the last that do; inside the body every paragraph is kept
 * (a fixture list or a stray fragment is still the article's text).
 */
export function bodyParagraphs(body: string, headline: string): string[] {
  const paragraphs = splitParagraphs(body).filter((p) => !isFurniture(p, headline));
  const first = paragraphs.findIndex(isRunningText);
  if (first < 0) return [];
  const last = paragraphs.findLastIndex(isRunningText);
  return paragraphs.slice(first, last + 1);
}
