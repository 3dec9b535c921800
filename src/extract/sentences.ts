// Where sentences start, for attribution: a speaker is looked for in the quote's own sentence
// and a pronoun's antecedent by sentence.

// A sentence ends at . ! ? (maybe closed by a bracket or mark) before a capital or the end of
// the text, unless the word before the stop is an initial or an abbreviation ("Mr.", "U.S.", a
// month's as news agencies write it: "WASHINGTON, Dec. 8 (UPI)").
const SENTENCE_END = /(?<![\s.][\p{Lu}]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|St|Jr|Sr|Prof|Rev|Del|No|U\.S|U\.N|D\.C|Jan|Feb|Aug|Sept|Oct|Nov|Dec))[.!?][)"\u201D\u2019]*(?:\s+(?=["\u201C\u2018(]?[\p{Lu}\d])|\s*$)/gu;

/** Words that open a clause inside a sentence, whose subject follows them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["when", "and", "but", "while", "because", "after", "as", "where", "since"]);

/** Offset where the last sentence of `text` starts; `closed` when `text` ends with a finished one. */
export function lastSentenceStart(text: string, closed = false): number {
  const limit = closed ? text.trimEnd().length : Infinity;
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) if (m.index + m[0].trimEnd().length < limit) from = m.index + m[0].length;
  return from;
}

/** Offsets where the sentences of `text` start, the first at 0, in order. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) if (m.index + m[0].length < text.length) starts.push(m.index + m[0].length);
  return starts;
}

