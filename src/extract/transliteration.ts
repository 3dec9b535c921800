// One key for all the spellings of a transliterated name, so that "Deir al-Zor",
// "Deir ez-Zor", "Deir ez- Zor" and "Deir Ezzor" (or "Mayadeen" and "al-Mayadin")
// meet. A general rule, not a list: Arabic article prefixes in every assimilated
// form are dropped, and the vowel and consonant spellings that romanisation
// schemes disagree on are folded together. Used to compare names within one
// article and to look names up in the gazetteer, never shown to a reader.

/** Arabic definite article as romanised ("al", and "ad", "ar", "as", "ash", "az"… where it assimilates to a sun letter). */
const ARTICLES = new Set([
  "al", "el", "il", "ul",
  "ad", "ed", "ud", "ar", "er", "ur", "as", "es", "ash", "esh", "at", "et", "ath", "az", "ez",
  "an", "en", "adh", "dh",
]);

/** An article fused onto its sun-letter word: "Ezzor" is "ez-Zor". Only e-initial, since "Assad" is a name of its own. */
const FUSED_ARTICLE = /^e([dtszrnl])\1/;

const APOSTROPHES = /['’‘ʿʾ`]/g;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Vowel and consonant spellings that differ between romanisations: ee/ie/y → i, ou/oo → u, doubled letters → one. */
function foldWord(word: string): string {
  let w = word
    .replace(/ee|ie|y/g, "i")
    .replace(/ou|oo/g, "u")
    .replace(/(.)\1+/g, "$1");
  // A final -ah/-eh/-e is the same ending (ta marbuta): "Hasakeh", "Hasakah", "Raqqah", "Raqqa".
  w = w.replace(/([aeiu])h$/, "$1");
  if (w.length > 3) w = w.replace(/([^aeiu])e$/, "$1a");
  return w;
}

/** Names recur within and across articles; keys are remembered, up to a bound. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** The comparison key of a name: lower case, no diacritics, no article prefixes, no spaces or hyphens, spelling folded. */
export function translitKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeKey(name);
    memo.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  const words = name.normalize("NFKD").replace(MARKS, "").replace(APOSTROPHES, "").toLowerCase()
    .split(SEPARATORS).filter((w) => w.length > 0);
  let key = "";
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    if (i < words.length - 1 && ARTICLES.has(w)) continue;
    if (i > 0 && w.length > 4 && FUSED_ARTICLE.test(w)) w = w.slice(2);
    key += foldWord(w);
  }
  return key;
}

/**
 * Whether two words of six letters or more differ by one slip of the pen: two letters swapped,
 * one changed, or one added or dropped ("Monteith", "Montieth").
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
