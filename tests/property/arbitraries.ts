// Generators and settings shared by the property tests. Inputs are either fully
// arbitrary (strings, bytes) or built from news-like pieces, so that the
// interesting paths (quotes, speech verbs, names, blank lines, line endings,
// byte-order marks) are reached often enough to matter.
import fc from "fast-check";
import { ArticleError } from "../../src/read/errors.ts";

/** Fixed so failures reproduce; FC_SEED=n explores other seeds without editing the file. */
export const SEED = Number(process.env.FC_SEED ?? 20240611);
/** FC_RUNS=n scales every property's run count (for a longer search than the default suite). */
const SCALE = Number(process.env.FC_RUNS_SCALE ?? 1);
export const runs = (n: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(n * SCALE)), endOnFailure: false });

const WORDS = [
  "the", "a", "of", "and", "to", "in", "on", "was", "is", "it", "not", "we", "will", "would", "have", "been",
  "government", "police", "fighters", "election", "market", "people", "year", "city", "vote", "minister",
  "don't", "it's", "farmers'", "Bali's", "’90s", "rock’n’roll", "U.S.", "Mr.", "Dr.", "No.", "9/11", "42", "2019",
];
const NAMES = [
  "Donald Trump", "Trump", "Hillary Clinton", "Clinton", "Adnan Afrin", "Mr Smith", "Mrs May", "Dr Jones",
  "Theresa May", "Barack Obama", "Obama", "Angela Merkel", "Merkel", "Jean-Claude Juncker", "Sir Alex Ferguson",
  "Raqqa", "Syria", "Iraq", "London", "New York", "Paris", "Washington", "Baghuz", "Deir ez-Zor", "Bali",
  "United Nations", "the UN", "Nato", "SDF", "Islamic State", "BBC", "Reuters", "AP", "the European Union", "EU",
  "Labour", "the Conservative Party", "Microsoft", "Apple", "General Motors", "Manchester United", "CBS News",
  "Ahmed", "Mohammed", "O'Brien", "McDonald", "van der Berg", "Ελλάδα", "Москва", "دمشق", "東京",
];
const VERBS = ["said", "says", "told", "added", "asked", "warned", "explained", "according to", "told AP:", "said:"];
const MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„"];
const PUNCT = [".", ",", "!", "?", ";", ":", "…", "—", "–", "-", "(", ")", "[", "]", "/", "&", "%", "#", "*", "_", "`", ">", "<"];
const SPACE = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2028", "\u200b", "\u3000"];
const BREAK = ["\n", "\n\n", "\n \n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\n\n\n", "\n\t\n", "\n\u00a0\n"];
const ODD = ["\ufeff", "\u0000", "\u0085", "\u00ad", "\ud83d\ude00", "\u0301", "é", "ß", "İ", "ﬁ", "Ⅻ", "\u202e"];
const TRAILERS = ["Latest News", "Read more", "Related Stories", "Advertisement", "Share this article", "Most Read", "Click here"];
const MD = ["# ", "## ", "> ", "- ", "* ", "1. ", "**", "_", "`", "```\n", "---\n", "[link](http://x.y/)", "![img](a.png)", "<b>", "</b>", "<script>", "|", "| --- |", "\\"];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** A quotation with or without an attribution: `“words,” said Name.`, `Name said: "words."`, mismatched marks included. */
const quotation = fc
  .tuple(
    pick(["", "", " ", "Donald Trump said: ", "She told AP: ", "According to the BBC, ", "The minister said "]),
    pick(["“", '"', "‘", "«", "'", "„", "”"]),
    fc.array(fc.oneof(pick(WORDS), pick(NAMES)), { minLength: 1, maxLength: 10 }).map((ws) => ws.join(" ")),
    pick([".", ",", "?", "!", "", "…"]),
    pick(["”", '"', "’", "»", "'", "“", ""]),
    pick(["", " he said.", ", said Donald Trump.", " Mrs May told the BBC.", ", according to Reuters.", ", Clinton added.", " — Adnan Afrin", "."]),
  )
  .map((parts) => parts.join(""));

/** One piece of news-like text. */
const piece = (extra: fc.Arbitrary<string>[] = []) =>
  fc.oneof(
    { arbitrary: pick(WORDS), weight: 10 },
    { arbitrary: pick(NAMES), weight: 6 },
    { arbitrary: pick(VERBS), weight: 3 },
    { arbitrary: pick(MARKS), weight: 6 },
    { arbitrary: quotation, weight: 3 },
    { arbitrary: pick(PUNCT), weight: 3 },
    { arbitrary: pick(SPACE), weight: 10 },
    { arbitrary: pick(BREAK), weight: 4 },
    { arbitrary: pick(ODD), weight: 1 },
    { arbitrary: pick(TRAILERS), weight: 1 },
    { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
    ...extra.map((arbitrary) => ({ arbitrary, weight: 2 })),
  );

/** News-like text: words, names, speech verbs, quotation marks, spaces and line breaks of every kind. */
export const newsText = (maxPieces = 120) => fc.array(piece(), { maxLength: maxPieces, size: "medium" }).map((ps) => ps.join(""));

/** News-like text that also uses Markdown syntax, optionally after front matter. */
export const markdownText = (maxPieces = 120) =>
  fc.tuple(
    fc.oneof(
      fc.constant(""),
      fc.constant("---\ntitle: A headline\ndate: 2019-02-15\ntags: [a, b]\n---\n"),
      fc.constant("---\n---\n"),
      fc.array(piece(), { maxLength: 12 }).map((ps) => `---\n${ps.join("")}\n---\n`),
    ),
    fc.array(piece([pick(MD)]), { maxLength: maxPieces, size: "medium" }).map((ps) => ps.join("")),
  ).map(([front, body]) => front + body);

/**
 * A sentence-shaped line: pieces without line breaks, ended like a sentence so
 * that the .txt reader keeps it as body.
 */
export const newsSentence = (maxPieces = 30) =>
  fc.tuple(
    fc.array(piece().filter((p) => !/[\r\n]/.test(p)), { minLength: 1, maxLength: maxPieces }),
    pick([".", "!", "?", ".”", ",” he said.", "’", '"', ":", ";", ")", "…"]),
  ).map(([ps, end]) => ps.join("") + end);

/** A scraped-article-shaped text: headline, paragraphs (sometimes hard-wrapped), blank lines, CR/CRLF. */
export const articleText = () =>
  fc.tuple(
    fc.oneof(fc.constant(""), fc.constant("\ufeff"), pick(BREAK)),
    newsSentence(12),
    fc.array(fc.tuple(newsSentence(40), pick(BREAK), fc.boolean()), { maxLength: 8 }),
  ).map(([lead, headline, paras]) =>
    lead + headline + paras.map(([p, sep, wrap]) => sep + (wrap ? p.replace(/ /g, (s, i: number) => (i % 3 === 0 ? "\n" : s)) : p)).join(""),
  );

/** Arbitrary text of every kind: full code-point range (including lone surrogates), graphemes, news-like. */
export const anyText = (maxLength = 400) =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: "grapheme", maxLength }),
    fc.string({ maxLength }),
    newsText(),
    articleText(),
  );

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const utf16le = (s: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]));
const utf16be = (s: string) => {
  const b = Buffer.from(s, "utf16le");
  b.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), b]));
};

/** Bytes of every kind: random, UTF-8 with and without a BOM, UTF-16 both orders, UTF-8 with stray high bytes (Windows-1252). */
export const anyBytes = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.uint8Array({ maxLength: 200, min: 0x20, max: 0xff }),
    text.map(utf8),
    text.map((s) => utf8("\ufeff" + s)),
    text.map(utf16le),
    text.map(utf16be),
    fc.tuple(text, fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80, max: 0xff }), fc.nat()).map(([s, high, at]) => {
      const b = utf8(s);
      const i = b.length ? at % b.length : 0;
      return new Uint8Array([...b.subarray(0, i), ...high, ...b.subarray(i)]);
    }),
  );

/** Runs `f`; anything it throws other than an ArticleError fails the property. */
export function onlyArticleErrors<T>(f: () => T): T | ArticleError {
  try {
    return f();
  } catch (err) {
    if (err instanceof ArticleError) return err;
    throw new Error(`threw ${(err as Error)?.name ?? typeof err} instead of ArticleError: ${(err as Error)?.message ?? String(err)}`, { cause: err });
  }
}
