// Capitalised-name scanning: a paragraph becomes the runs of capitalised words that
// could name something ("Syrian Observatory for Human Rights", "Deir ez- Zor",
// "Prime Minister Justin Trudeau"), each with the facts the classifiers need. One
// linear pass over the text with module-level regexes.

/**
 * A word that can begin or continue a name: capitals around "&" ("AT&T", "P&O"), a dotted
 * acronym ("U.S."), a capitalised word with inner hyphens or apostrophes and perhaps a
 * dangling hyphen ("Zor", "ez-") or a plural possessive inside a name ("Workers' Party"), an
 * Arabic article hyphen-joined to a capitalised word ("al-Mayadin"), or a station's number
 * ("Radio 4"), tried last since it looks behind at every digit.
 */
const NAME_WORD_SOURCE = String.raw`\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}\p{M}]*(?:[-‐'’][\p{L}\p{N}\p{M}]+)*(?:[-‐]|(?<=s)['’](?= \p{Lu}))?|(?:al|el|ad|ed|as|es|ash|at|az|ez|an|ar|ul|er|bin|ibn|abu)[-‐]\p{Lu}[\p{L}\p{N}\p{M}]*(?:[-‐'’][\p{L}\p{N}\p{M}]+)*|(?<=(?:Radio|Channel) )\d{1,2}(?:['’]s)?(?![\p{L}\p{N}])`;
const NAME_WORD = new RegExp(NAME_WORD_SOURCE, "gu");
/** The same, and brands with a lower-case head, tried at every letter: only for text that has such a word. */
const NAME_WORD_OR_BRAND = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Ll}{1,4}\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*|${NAME_WORD_SOURCE}`, "gu");
/** A lower-case letter before a capital and a lower-case letter: the text may have a brand ("eBay"). */
const BRAND_HEAD = /\p{Ll}\p{Lu}\p{Ll}/u;
/** A small lower-case word (or "&") right after a name word, which may carry the name on ("of", "for", "al", "ez-"). */
const SMALL_WORD = /[ \u00a0\t]{1,2}((?:of|for|the|on|and|&|al|el|bin|ibn|bint|abu|de|da|di|du|del|della|der|den|van|von|le|la|dos|ez|ad|as|ash|ar|at|az|an|ul|ed|es|er)[-‐]?)(?=[ \u00a0\t])/y;
const WORD_CHAR = /[\p{L}\p{N}\p{M}-]/u;
/** A run continues only across one or two plain spaces: words, punctuation, quotes and line breaks end a name. */
function plainGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) if (text[i] !== " " && text[i] !== "\u00a0" && text[i] !== "\t") return false;
  return true;
}
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{Lu}\d&]+|G-\d{1,2})$/u;
/** "SDF", "U.N.", "AT&T": one word of capitals, as a token or inside "(…)". */
export const isAcronym = (word: string): boolean => ACRONYM.test(word);
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
/** "MPs", "CEOs", "GPs": a kind of people, never anyone's name. */
export const isPluralAcronym = (word: string): boolean => PLURAL_ACRONYM.test(word);
const UPPER_START = /^\p{Lu}/u;
/** "easyJet", "eBay", "iTunes": a brand written with a lower-case head. */
const CAMEL_CASE = /^\p{Ll}{1,4}\p{Lu}\p{Ll}/u;
/** A station's number, the only token that starts with a digit ("Radio 4"). */
const isDigit = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
const LOWER_WORD = /^\p{Ll}+$/u;
/** What a hyphen joins to a name to qualify something else ("New York-born", "Kurdish-led"). */
const QUALIFYING_TAIL = /^(?:\p{Ll}+ed|led|run|made|born|held|era|type|wide|like|only|free)$/u;
/** A capitalised word and a space right before: "Park " of "Park Geun-hye". */
const FAMILY_NAME_BEFORE = /\p{Lu}\p{Ll}+ $/u;

/** Possessors that stand inside names ("People's Protection Units", "Children's Hospital"); any other possessive ends a name. */
const POSSESSIVE_IN_NAME = new Set(["people", "children", "women", "men", "workers", "veterans", "citizens", "nurses", "teachers"]);

/** Abbreviations written with a full stop that does not end the sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "rep", "sen", "gov", "gen", "lt", "col", "sgt", "capt",
  "maj", "rev", "adm", "cmdr", "inc", "corp", "co", "ltd", "mt", "ft", "no", "vs",
]);

/** "I've", "He'd", "We’re": a pronoun and its verb, capitalised as "I" is or at a sentence start, never a name. */
const PRONOUN_CONTRACTION = /^(?:I|We|You|He|She|They|It|That|There|Who|What|Let|Here|Where)['’](?:m|ve|ll|d|re)$/;

/** Abbreviations that close a firm's name ("Inc.", "Co."). */
const COMPANY_ENDINGS = new Set(["inc", "corp", "co", "ltd"]);

/** Lower-case parts of names: Arabic articles and kinship words, European nobiliary particles. */
const NAME_PARTICLES = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
  "le", "la", "dos", "ez", "ad", "as", "ash", "ar", "at", "az", "an", "ul", "ed", "es", "er",
]);
/** Of those, the ones that are also English words only count when hyphen-joined ("ad-Dawla", "as- Sham"). */
const HYPHEN_ONLY_PARTICLES = new Set(["as", "at", "an", "ad", "ar", "es", "er", "ed", "ash"]);

/** Lower-case words inside an organisation or title ("Office for the Coordination of Humanitarian Affairs", "Marks & Spencer"). */
const CONNECTORS = new Set(["of", "for", "the", "on", "and", "&"]);

export type TokenKind = "cap" | "acronym" | "particle" | "connector";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First word of a sentence, quotation or clause: its capital says nothing. */
  initial: boolean;
  /** A name ends here: a possessive ("State's") or a lower-case hyphen tail ("US-backed"). */
  breakAfter: boolean;
}

export interface NameRun {
  tokens: Token[];
  paragraph: number;
  start: number;
  end: number;
  /** The text of the whole run as written. */
  surface: string;
}

function tokenKind(text: string, dangling: boolean): TokenKind | undefined {
  if (ACRONYM.test(text)) return "acronym";
  if (UPPER_START.test(text) || isDigit(text) || CAMEL_CASE.test(text)) return "cap";
  const lower = text.toLowerCase();
  if (NAME_PARTICLES.has(lower) && (dangling || !HYPHEN_ONLY_PARTICLES.has(lower))) return "particle";
  if (CONNECTORS.has(lower)) return "connector";
  // "al-Mayadin", "el-Sisi": an article hyphen-joined to a capitalised name.
  const hyphen = text.search(/[-‐]/);
  if (hyphen > 0 && NAME_PARTICLES.has(lower.slice(0, hyphen)) && UPPER_START.test(text.slice(hyphen + 1))) return "cap";
  return undefined;
}

const SENTENCE_PUNCTUATION = new Set([".", "!", "?", ":", ";", '"', "“", "”", "‘", "(", "[", "—", "–", "…"]);
const WORD_BEFORE_STOP = /(?:^|[^\p{L}.])([\p{L}.]+)$/u;

/** Whether the word at `start` begins a sentence, a quotation or a clause: what precedes it is punctuation that says so. */
function beginsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\u00a0" || text[i] === "\n")) i--;
  if (i < 0) return true;
  const c = text[i]!;
  if (c === "-") return i > 0 && text[i - 1] === " ";
  if (!SENTENCE_PUNCTUATION.has(c)) return false;
  if (c !== ".") return true;
  // "Mr. Smith", "J. Smith", "the U.S. military": a full stop that ends an abbreviation.
  const word = WORD_BEFORE_STOP.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
  return !(ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word));
}

/**
 * The words of a paragraph that can be part of a name, as tokens: name words, and the
 * small words that stand between two of them. Other words are never read; the gap
 * they leave ends any run.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const nameWord = BRAND_HEAD.test(text) ? NAME_WORD_OR_BRAND : NAME_WORD;
  nameWord.lastIndex = 0;
  for (let m = nameWord.exec(text); m; m = nameWord.exec(text)) {
    const start = m.index;
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue; // "Phone" of "iPhone", "American" of "anti-American"
    const word = m[0];
    const dangling = word.endsWith("-") || word.endsWith("‐");
    const token = makeToken(text, start, dangling ? word.slice(0, -1) : word, dangling, true);
    if (!token) continue;
    tokens.push(token);
    if (token.breakAfter) continue;
    SMALL_WORD.lastIndex = start + word.length;
    for (let w = SMALL_WORD.exec(text); w; w = SMALL_WORD.exec(text)) {
      const small = w[1]!;
      const smallDangling = small.endsWith("-") || small.endsWith("‐");
      const smallStart = w.index + w[0].length - small.length;
      const smallToken = makeToken(text, smallStart, smallDangling ? small.slice(0, -1) : small, smallDangling, false);
      if (smallToken) tokens.push(smallToken);
      nameWord.lastIndex = SMALL_WORD.lastIndex;
    }
  }
  return tokens;
}

function makeToken(text: string, start: number, matched: string, dangling: boolean, nameWord: boolean): Token | undefined {
  let word = matched;
  // "Radio 1 DJ Trevor Nelson": a station's number ends its name.
  let breakAfter = isDigit(word);
  if ((word.endsWith("'s") || word.endsWith("’s")) && !POSSESSIVE_IN_NAME.has(word.slice(0, -2).toLowerCase())) {
    word = word.slice(0, -2);
    breakAfter = true;
  }
  if (PRONOUN_CONTRACTION.test(word)) return undefined;
  // "US-backed", "Kurdish-led", "Fly-half": the name is the part before the first lower-case part;
  // but a given name of two short syllables after a family name is whole ("Park Geun-hye", "Ban Ki-moon").
  if (nameWord && (word.includes("-") || word.includes("‐"))) {
    const parts = word.split(/[-‐]/);
    const givenName = parts.length === 2 && parts[0]!.length >= 2 && parts[0]!.length <= 4 && parts[1]!.length <= 4
      && !QUALIFYING_TAIL.test(parts[1]!) && FAMILY_NAME_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    const cut = givenName ? -1 : parts.findIndex((p, i) => i > 0 && LOWER_WORD.test(p) && !NAME_PARTICLES.has(p));
    if (cut > 0) {
      word = parts.slice(0, cut).join("-");
      breakAfter = true;
    }
  }
  // A dangling hyphen stays in the token, so that "ez- Zor" reads as one name.
  let end = start + word.length + (dangling ? 1 : 0);
  if (text[end] === "." && !ACRONYM.test(word) && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
    end += 1;
    // "Shaw & Co. Obama adviser": a firm's closing abbreviation ends its name, and maybe the sentence too.
    if (COMPANY_ENDINGS.has(word.toLowerCase())) breakAfter = true;
  }
  const kind = tokenKind(word, dangling);
  if (!kind) return undefined;
  return {
    text: text.slice(start, end),
    lower: word.toLowerCase(),
    start,
    end,
    kind,
    initial: nameWord && beginsSentence(text, start),
    breakAfter,
  };
}

/** Whether a lower-case word may join the run so far ("Office" + "for", "for" + "the"). */
/** Whether `connector` joins `run` to the words after it; `after` holds the next few tokens. */
export type ComplementTest = (run: readonly Token[], connector: Token, after: readonly Token[]) => boolean;

/** How far past a connector `joins` may look: far enough to see "… and Exchange Commission" end in an organisation's head word. */
const LOOKAHEAD = 4;

/**
 * The runs of capitalised words in a paragraph. A run is capitalised words and acronyms
 * separated by single spaces, with name particles between them ("Deir ez- Zor", "Bashar
 * al-Assad") and connectors where `joins` allows ("Bank of England", not "Bali of the").
 * A `stop` word ("Monday") ends a run and is left out; so is an ordinary word when
 * `titleCase` (a headline In Title Case).
 */
export function findNameRuns(
  text: string, paragraph: number, joins: ComplementTest, ordinary: (t: Token) => boolean,
  stop: (t: Token, prev: Token | undefined, next: Token | undefined, last: Token | undefined) => boolean,
  titleCase = false,
): NameRun[] {
  const tokens = tokenize(text);
  const runs: NameRun[] = [];
  let run: Token[] = [];
  let pending: Token[] = [];
  const close = () => {
    if (run.length > 0) {
      const first = run[0]!, last = run[run.length - 1]!;
      runs.push({ tokens: run, paragraph, start: first.start, end: last.end, surface: text.slice(first.start, last.end) });
    }
    run = [];
    pending = [];
  };
  // "the" only after "of"/"for" ("Office for the Coordination"); the rest as `joins` says.
  const connects = (t: Token, i: number) => t.lower === "the"
    ? pending.length > 0 && pending.at(-1)!.lower !== "the"
    : pending.length === 0 && joins(run, t, tokens.slice(i + 1, i + 1 + LOOKAHEAD));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = pending.at(-1) ?? run.at(-1);
    const attached = prev !== undefined && !prev.breakAfter && plainGap(text, prev.end, t.start);
    const next = tokens[i + 1];
    const nameLike = (t.kind === "cap" || t.kind === "acronym")
      && !stop(t, prev, next !== undefined && !t.breakAfter && plainGap(text, t.end, next.start) ? next : undefined, run.at(-1));
    if (nameLike && !(titleCase && ordinary(t))) {
      if (!attached) close();
      run.push(...pending, t);
      pending = [];
    } else if (attached && run.length > 0 && (t.kind === "particle" || (t.kind === "connector" && connects(t, i)))) {
      pending.push(t);
    } else {
      close();
    }
    if (t.breakAfter) close();
  }
  close();
  return runs;
}
