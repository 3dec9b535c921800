// The words right before a name, read backwards by hand: end-anchored regexes over a
// window of text cost a match attempt at every position, and this runs for every
// single-word name in the corpus.

const isLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");

/**
 * Up to `n` words directly before `pos`, lower case, nearest first. Only spaces may
 * separate them: punctuation ends the list ("Raqqa. Heras" has nothing before "Heras").
 */
export function wordsBefore(text: string, pos: number, n: number): string[] {
  const words: string[] = [];
  let i = pos - 1;
  while (words.length < n) {
    let spaces = 0;
    while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) { i--; spaces++; }
    if (spaces === 0 || i < 0 || !isLetter(text[i]!)) break;
    const end = i + 1;
    while (i >= 0 && isLetter(text[i]!)) i--;
    words.push(text.slice(i + 1, end).toLowerCase());
  }
  return words;
}

/** The word directly after `pos`, lower case, or "" when punctuation comes first. */
export function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  if (i === pos) return "";
  const start = i;
  while (i < text.length && isLetter(text[i]!)) i++;
  return text.slice(start, i).toLowerCase();
}
