// Turns the body of a scraped article into clean paragraphs: split into
// blocks, re-split blocks whose lines are separate paragraphs, and drop the
// scrape noise that surrounds the body.

/** A paragraph of running text ends like a sentence (or a quote, or a lead-in to one). */
const SENTENCE_END = /[.!?…:;"”’')\]]$/u;

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

/**
 * Whether a paragraph is scrape noise rather than body: a copy of the headline,
 * a related-story headline or photo caption (a line that does not end like a
 * sentence), or a trailer such as "Latest News".
 */
export function isNoise(paragraph: string, headline: string): boolean {
  // Folding only drops punctuation and spacing, so a paragraph far longer than the headline cannot be a copy of it.
  if (paragraph.length <= 2 * headline.length + 10 && foldForCompare(paragraph) === foldForCompare(headline)) return true;
  if (TRAILER.test(paragraph)) return true;
  return !SENTENCE_END.test(paragraph);
}

export function bodyParagraphs(body: string, headline: string): string[] {
  return splitParagraphs(body).filter((p) => !isNoise(p, headline));
}
