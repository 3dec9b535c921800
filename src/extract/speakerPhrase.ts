// Reads the noun phrase that names a speaker next to a speech verb: "SDF commander Adnan
// Afrin", "an SDF spokesman", "the Wall Street Journal", "she". Works on whitespace tokens of a
// short window, so its cost is bounded per quote whatever the article's length.

import { TITLE_WORDS, NON_NAME_WORDS } from "./data/speech-titles.ts";
import { ORGANIZATION_WORDS } from "./data/speech-organizations.ts";
import { isCalendarSurname, isCommonFirstName, isDemonym, isFirstName as isKnownFirstName, isWord } from "./lexicon.ts";
import { isPluralAcronym } from "./names.ts";
import { isHonorificWord, isLettersAfterName, isPrefixedTitle } from "./titles.ts";
import { SPEECH_VERBS } from "./speechVerbs.ts";
import { CLAUSE_OPENERS } from "./sentences.ts";
import { isUnambiguousPlace } from "./gazetteer.ts";

export interface Token {
  /** The word without surrounding punctuation (an abbreviation keeps its period). */
  core: string;
  lower: string;
  /** Offset of the word in the tokenized text. */
  at: number;
  /** A comma, dash, colon or sentence end follows the word. */
  comma: boolean;
  /** A sentence end, colon or semicolon follows the word. */
  stop: boolean;
  /** A month that is a surname here: "May" of "Theresa May". */
  surname?: boolean;
}

export type PhraseKind = "name" | "pronoun" | "organization" | "descriptor";

export interface Phrase {
  kind: PhraseKind;
  /** The name without its titles, the pronoun, or the descriptor without its article. */
  text: string;
  /** Offset of the phrase in the tokenized text. */
  at: number;
  /** A title that stood before a name ("Ms"), kept for gender. */
  title?: string;
  /** A descriptor with "the": "the Dutchman", "the cardinal", which may stand for a person named before. */
  definite?: true;
}

const TOKEN = /\S+/g;
// "(D-Wis.)", "(I-Vt.)", "(R-Utah)": party tags between a name and its verb.
const BRACKETED = /\([^()]{0,40}\)/g;
// "R-Ky.", "D-N.Y.": the same tags set off by commas.
const PARTY_TAG = /^[RDI]-[\p{Lu}][\p{L}.]*$/u;
const LEADING = /^[(["\u201C\u2018'\u00AB]+/;
const TRAILING = /[,;:!?)\]"\u201D\u2019'\u00BB.\u2026\u2014\u2013]+$/;
const ABBREVIATION = /^(?:[\p{Lu}]|[\p{L}]+\.[\p{L}.]*|mr|mrs|ms|dr|sen|sens|rep|reps|gov|gen|lt|col|sgt|capt|adm|st|jr|sr|prof|rev|cmdr|maj|brig|del|atty|supt|amb|hon|msgr|fr|ft|mt|messrs|no|vs)$/iu;
const POSSESSIVE = /(?:['\u2019]s|s['\u2019])$/;
const NAME_START = /^[\p{Lu}]/u;
const HAS_LOWER = /\p{Ll}/u;
const WORDISH = /[\p{L}\p{N}]/u;
const ACRONYM = /^[\p{Lu}&]{2,6}$/u;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|bint)-[\p{Lu}]/u;
// A word, or a compound with numbers in it: "the 43-year-old", "a 20-something".
const ALPHA_WORD = /^(?:[\p{L}][\p{L}'\u2019-]*|[\p{N}][\p{N},.]*-[\p{L}][\p{L}-]*)$/u;
// The -s, -ed and -ing forms; a bare lemma ("state", "report") is far more often a noun.
const INFLECTED = /(?:[^s]s|ed|ing)$|^(?:said|told|wrote|written)$/;
const PARTICIPLE = /ing$/;
// What a speaking participle may take: "saying that", "telling them", "writing to", "asking whether".
const FOLLOWS_PARTICIPLE: ReadonlySet<string> = new Set([
  "that", "to", "of", "about", "on", "in", "for", "with", "how", "what", "why", "when", "whether", "there", "so", "it", "not",
  "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those",
]);
// What stands before a participle that speaks ("while telling", "kept saying", "was writing to").
const BEFORE_PARTICIPLE: ReadonlySet<string> = new Set([
  "and", "or", "but", "by", "after", "before", "while", "when", "without", "also", "then", "still", "even", "just",
  "was", "were", "is", "are", "be", "been", "being", "kept", "keeps", "started", "starts", "began", "begins", "continued",
  "continues", "stopped", "repeatedly", "publicly", "privately", "not",
]);

const PARTICLES: ReadonlySet<string> = new Set(["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "le", "la", "bin", "ibn", "al", "el", "dos", "das", "ter"]);
const PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "i", "we", "you"]);
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
const RELATIVES: ReadonlySet<string> = new Set(["who", "which", "that"]);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);
const DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "another", "one", "two", "three", "four", "several", "some", "many", "most", "other",
  "his", "her", "their", "its", "our", "my", "this", "these", "those", "each", "both", "every", "no",
]);
// What may stand before a bare lemma used as a verb: "they say", "will tell", "to add".
const LEMMA_SUBJECTS: ReadonlySet<string> = new Set([
  "i", "we", "they", "you", "will", "would", "could", "can", "may", "might", "should", "must", "did",
  "does", "do", "to", "not", "also", "often", "still", "who", "and",
]);
// Inside a speaker phrase these join parts ("a spokesman for the campaign", "Bali of the SDF").
const LINKS: ReadonlySet<string> = new Set(["of", "for", "at", "from", "with"]);
// Words that end a phrase: clause openers, prepositions, auxiliaries of the surrounding sentence.
const BREAKS: ReadonlySet<string> = new Set([
  "and", "but", "or", "nor", "that", "which", "whom", "whose", "when", "while", "as", "if", "because",
  "after", "before", "since", "where", "than", "so", "though", "although", "unless", "until", "in", "on",
  "to", "by", "into", "about", "over", "under", "during", "against", "without", "through", "per",
  "is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "not", "what", "how", "why",
  "then", "also", "there", "here", "like", "even", "just", "only", "according", "despite", "whether",
  "who",
]);
// What follows a noun but never a speech verb: "states can", "reports have".
const AUXILIARIES: ReadonlySet<string> = new Set(["can", "could", "will", "would", "shall", "should", "may", "might", "must", "have", "has", "had", "are", "were", "do", "did"]);
// Verbs that may open a clause's predicate: "they have", "it would", "he went on".
const AUXILIARY_VERBS: ReadonlySet<string> = new Set([...AUXILIARIES, "is", "was", "does", "went", "goes"]);
// Between a clause's subject and its verb: "many commentators also called", "later told".
const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set([
  "also", "later", "then", "again", "once", "often", "always", "never", "only", "still", "just", "even", "already",
  "first", "previously", "recently", "further", "since", "repeatedly",
]);
// Between a subject and its verb: "has also said", "later told", "would only say".
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([...AUXILIARY_VERBS, ...ADVERBS_BEFORE_VERB, "not", "on", "to", "go", "gone"]);
// A lower-case adverb; "Kelly said", "Donnelly told" end in -ly too.
// An -ly word, less the nouns that end so ("the former monopoly said", "the family said").
const ADVERB = /^(?!(?:monopoly|family|ally|rally|supply|assembly|reply|anomaly|folly|bully|fly|tally)$)\p{Ll}+ly$/u;
// Sentence openers to skip before looking for the subject: "During the speech, Trump ...".
export const OPENERS: ReadonlySet<string> = new Set([
  "during", "in", "on", "at", "after", "before", "when", "while", "as", "since", "despite", "although",
  "though", "if", "meanwhile", "however", "but", "and", "still", "yet", "so", "then", "later", "earlier",
  "instead", "now", "also", "separately", "asked", "speaking", "for", "with", "without", "from",
  "moreover", "furthermore", "indeed", "still", "thus", "otherwise", "nonetheless", "nevertheless",
  "last", "this", "under", "by", "over", "back", "once", "today", "yesterday", "following", "like",
  "unlike", "according", "amid", "throughout", "before", "given",
]);
const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "but", "yet", "so"]);
const LATER: ReadonlySet<string> = new Set(["later", "ago", "earlier"]);
// Words for a stretch of time, and what makes one of them a recurring "when": "Each election cycle,".
export const TIME_NOUN = /^(?:time|hour|day|week|month|year|minute|moment|decade|cycle|night|morning|evening|afternoon|weekend|season|spring|summer|autumn|winter)s?$/;
const EVERY: ReadonlySet<string> = new Set(["each", "every", "last", "this", "next"]);
// Nouns that name a speaker without a determiner: "SDF spokesman", "officials".
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide",
  "aides", "adviser", "advisers", "advisor", "advisors", "commander", "minister", "officer", "analyst",
  "analysts", "expert", "experts", "critics", "supporters", "residents", "witnesses", "lawmakers",
  "observers", "diplomats", "investigators", "prosecutors", "authorities", "activists", "leaders",
  "democrats", "republicans", "statement", "report", "spokespeople", "representative", "representatives",
]);
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  "sent", "made", "took", "gave", "got", "put", "left", "held", "met", "ran", "found", "kept", "brought",
  "thought", "felt", "stood", "won", "lost", "paid", "led", "began", "came", "went", "saw", "knew",
  "spoke", "became", "set", "let", "hit", "cut", "struck", "drew", "chose", "fought", "sought", "built",
]);
// -s forms far more often plural nouns ("states", "reports"): a verb only after a name or pronoun.
const NOUNISH = new Set([
  "states", "reports", "posts", "tweets", "claims", "notes", "comments", "remarks", "charges", "counters",
  "offers", "demands", "promises", "pledges", "vows", "cries", "jokes", "quips", "replies", "stresses",
  "answers",
]);
const MAX_PHRASE = 10;
const COUNTS: ReadonlySet<string> = new Set(["two", "three", "four", "several", "both"]);
const POSSESSIVE_INSIDE = /['\u2019]s\b/;
const STATION_NUMBER = /^\d{1,2}$/;
const STATIONS: ReadonlySet<string> = new Set(["radio", "channel"]);
const WHEN: ReadonlySet<string> = new Set([
  "earlier", "later", "recently", "previously", "today", "yesterday", "tonight", "this", "last", "next",
  "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "then", "now", "afterwards",
]);
const WATCHING = /^(?:show|shows|showed|shown|showing|hear|hears|heard|hearing|see|sees|saw|seen|seeing|watch|watches|watched|watching|catch|catches|caught|capture|captures|captured|feature|features|featured|featuring)$/;
// Where words were said, not who said them: "in a statement", "in an interview".
const CIRCUMSTANCES: ReadonlySet<string> = new Set(["statement", "statements", "interview", "interviews", "email", "e-mail", "letter", "speech", "remarks", "call", "conference", "tweet", "post", "op-ed", "response", "reply", "filing", "testimony", "hearing", "briefing", "appearance", "rally", "condition", "anonymity", "background", "television", "tv", "camera", "record", "behalf", "phone", "telephone", "twitter", "facebook", "air", "program", "show", "radio", "morning", "evening", "afternoon", "night", "week", "weekend", "day"]);
const BE: ReadonlySet<string> = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE, "get", "gets", "got"]);
// Words whose 's is "is" or "us": "What's", "Let's".
const CONTRACTED: ReadonlySet<string> = new Set(["what", "let", "that", "there", "here", "who", "where", "how", "it", "he", "she", "everyone", "everybody", "nobody", "no one", "someone", "somebody"]);
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.replace(BRACKETED, (s) => " ".repeat(s.length)).matchAll(TOKEN)) {
    const raw = m[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    let core = raw.slice(lead);
    const trail = TRAILING.exec(core)?.[0] ?? "";
    core = core.slice(0, core.length - trail.length);
    let rest = trail;
    if (trail.startsWith(".") && ABBREVIATION.test(core)) {
      // "Mr." and "M." keep the period: it abbreviates, it does not end the clause.
      core += ".";
      rest = trail.slice(1);
    } else if (/^['\u2019]$/.test(trail) && core.endsWith("s")) {
      // "RealClearPolitics’ David Byler": a plural's or an -s name's possessive, kept as "Trump’s" is.
      core += trail;
      rest = "";
    }
    const stop = /[.;:!?\u2026]/.test(rest);
    if (PARTY_TAG.test(core)) {
      // Set off by commas it is an aside: the words around it still belong together.
      if (out.length > 0) out[out.length - 1]!.comma = true;
      continue;
    }
    if (!WORDISH.test(core)) {
      // A lone dash or comma separates like a trailing comma on the word before it.
      const prev = out[out.length - 1];
      if (prev) {
        prev.comma = true;
        prev.stop ||= stop;
      }
      continue;
    }
    const lower = core.toLowerCase();
    const prev = out[out.length - 1];
    const surname = prev !== undefined && !prev.comma && prev.core !== prev.lower && isCalendarSurname(lower, prev.lower);
    out.push({ core, lower, at: m.index + lead, comma: /[^'\u2019]/.test(rest), stop, ...(surname ? { surname } : {}) });
  }
  return out;
}

function isSpeechVerb(t: Token): boolean {
  return t.core === t.lower && SPEECH_VERBS.has(t.lower);
}

/** A speech verb that ends a phrase read on for a speaker; not a bare one after "by", a noun's modifier there ("filed by state attorney Dave Aronberg"). */
function breaksPhrase(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  return isSpeechVerb(t) && !(prev !== undefined && !prev.comma && prev.lower === "by" && !INFLECTED.test(t.lower));
}

/**
 * Whether a speech verb stands at `i` and is used as one: "said", "went on", "points out"; not
 * "the report", "his comments", "Kim's mental state", "will continue to be".
 */
export function speechVerbAt(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  const pair = next !== undefined && !t.comma && SPEECH_VERBS.has(`${t.lower} ${next.lower}`);
  if (!pair && !isSpeechVerb(t)) return false;
  if (!pair && next?.lower === "to" && /^(?:continu|agree)/.test(t.lower)) return false;
  // "that states can pass such laws": a word its modal follows is the modal's subject, a noun.
  if (!pair && next !== undefined && !t.comma && next.core === next.lower && AUXILIARIES.has(next.lower)) return false;
  const prev = toks[i - 1];
  if (!prev || prev.comma) return true;
  if (DETERMINERS.has(prev.lower)) return false;
  // "the manifesto writing process": a participle between two nouns modifies the second.
  if (!pair && PARTICIPLE.test(t.lower) && prev.core === prev.lower && !BEFORE_PARTICIPLE.has(prev.lower) && !ADVERB.test(prev.core)
    && next !== undefined && next.core === next.lower && /^\p{Ll}+$/u.test(next.core) && !t.comma && !FOLLOWS_PARTICIPLE.has(next.lower)) return false;
  // "could only quip": an adverb may stand between the modal and its verb.
  const modal = ADVERBS_BEFORE_VERB.has(prev.lower) ? toks[i - 2] : undefined;
  return pair || INFLECTED.test(t.lower) || LEMMA_SUBJECTS.has(prev.lower) || /[^'\u2019]s$/.test(prev.lower)
    || (modal !== undefined && AUXILIARIES.has(modal.lower));
}

/** A verb whose subject is the sentence's, not the words before it: "saying", "to demand". */
export function takesSentenceSubject(toks: Token[], i: number): boolean {
  return PARTICIPLE.test(toks[i]!.lower) || toks[i - 1]?.lower === "to";
}

/**
 * The person a participle is shown or heard from: "footage of Trump saying", "a video showing
 * Clinton telling". The name stands right before the verb, after "of" or a verb of seeing.
 */
export function watchedSpeaker(toks: Token[], i: number): Phrase | null {
  if (!PARTICIPLE.test(toks[i]!.lower)) return null;
  let start = i;
  while (start > 0 && i - start < 4 && !toks[start - 1]!.comma && isNameToken(toks[start - 1]!)) start--;
  if (start === i || start === 0) return null;
  if (toks[start - 1]!.lower !== "of" && toks[start - 1]!.lower !== "with" && !WATCHING.test(toks[start - 1]!.lower)) return null;
  const phrase = POSSESSIVE.test(toks[i - 1]!.core) ? null : classify(toks.slice(start, i));
  return phrase?.kind === "name" ? phrase : null;
}

/** Whether `subject` can go with the verb form at `i`: "a dozen states" is no attribution. */
export function agrees(toks: Token[], i: number, subject: Phrase): boolean {
  return !NOUNISH.has(toks[i]!.lower) || subject.kind === "name" || subject.kind === "pronoun" || subject.kind === "organization";
}


/** A title word, or one made with a prefix: "co-chairman", "vice-president", "ex-minister". */
const isTitle = (lower: string): boolean => isPrefixedTitle(lower, TITLE_WORDS);

function isNameToken(t: Token): boolean {
  if (NON_NAME_WORDS.has(t.lower) && !t.surname) return false;
  if (PARTICLE_NAME.test(t.core)) return true;
  return NAME_START.test(t.core) && (HAS_LOWER.test(t.core) || t.core.length <= 6);
}

/** "NEW YORK" in a dateline, "WALLACE" in a transcript: capitals throughout are no speaker's name. */
function shouted(words: Token[]): boolean {
  return words.filter((w) => !HAS_LOWER.test(w.core) && w.core.length > 1).length > 1 || (words.length === 1 && !HAS_LOWER.test(words[0]!.core) && words[0]!.core.length > 6);
}

/** "Scott's", "Democrats'"; not the contractions "That's", "It's", "There's". */
function isPossessiveName(t: Token): boolean {
  if (!POSSESSIVE.test(t.core) || !NAME_START.test(t.core)) return false;
  const base = t.lower.replace(POSSESSIVE, "");
  return !NON_NAME_WORDS.has(base) && !PRONOUNS.has(base) && !CONTRACTED.has(base);
}

function bare(word: string): string {
  return word.replace(/\.$/, "").toLowerCase();
}

/** The words as the text gives them, but for a possessive on the last ("Trump's" -> "Trump"). */
function joined(toks: Token[]): string {
  return toks.map((t, i) => (i < toks.length - 1 && isPossessiveName(t) ? t.core : t.core.replace(POSSESSIVE, (s) => (s.startsWith("s") ? "s" : "")))).join(" ");
}

function isFirstName(word: string): boolean {
  return isKnownFirstName(bare(word));
}

/** Determined ("the source", "Obama's former strategist"), plural ("Syrian officials") or a role. */
function isDescriptor(words: Token[]): boolean {
  const link = words.findIndex((t, i) => i > 0 && (LINKS.has(t.lower) || t.lower === "to" || t.lower === "in" || t.lower === "on"));
  const last = words[(link > 0 ? link : words.length) - 1]!;
  if (!ALPHA_WORD.test(last.core) || last.core !== last.lower || PRONOUNS.has(last.lower) || LINKS.has(words[words.length - 1]!.lower)) return false;
  const first = words[0]!;
  if (DETERMINERS.has(first.lower) || isPossessiveName(first)) return words.length > 1;
  // "Ivana Trump's brief": a name's possessive determines the noun after it.
  const owner = words.findIndex((t) => isPossessiveName(t));
  if (owner > 0 && owner < words.length - 1 && words.slice(0, owner).every((t) => isNameToken(t))) return true;
  return ROLE_NOUNS.has(last.lower) || TITLE_WORDS.has(last.lower) || (words.length <= 5 && /[^s]s$/.test(last.lower));
}

/** A capitalised word that opens a clause and names no one: "Currently, India has", "Depending on", "I'd". */
function notAName(word: string): boolean {
  const lower = word.toLowerCase();
  return /['’](?:d|ll|ve|re|m)$/.test(lower) || (/(?:ly|ing)$/.test(lower) && isWord(lower) && !isKnownFirstName(lower));
}

// Lower-case kinds of body a name follows: "UK magazine Mac Format", "the firm Acme".
const KINDS_OF_BODY: ReadonlySet<string> = new Set(["magazine", "newspaper", "paper", "website", "firm", "company", "group", "band", "label", "show", "programme", "program", "station", "brand", "chain", "club"]);

// "T." in "Peter T. King".
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Whether the run opens, past its titles, with a given name (and any initial) right before
 * `run[i]`: "Peter King", "Senator Peter T. King"; not "South Carolina Democrat".
 */
function givenNameBefore(run: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && INITIAL.test(run[k]!.core)) k--;
  return isCommonFirstName(bare(run[k]!.core)) && isFirstName(run[k]!.core) && run.slice(0, k).every((t) => TITLE_WORDS.has(bare(t.core)));
}

/** What a phrase's tokens name, or null when they name nobody. */
function classify(toks: Token[]): Phrase | null {
  const first = toks[0];
  if (!first) return null;
  const at = first.at;
  if (toks.length === 1 && PRONOUNS.has(first.lower)) return { kind: "pronoun", text: first.lower, at };
  // "said Herbert Hansen of Respond's Belgian partner Keyobs": a full name that opens the phrase
  // before a link is the speaker, whatever role ends it.
  let lead = 0;
  while (lead < toks.length && isNameToken(toks[lead]!) && !toks[lead]!.comma) lead++;
  if (lead >= 2 && lead < toks.length && LINKS.has(toks[lead]!.lower) && isFirstName(bare(first.core))) return classify(toks.slice(0, lead));
  // "Fight for $15 organizing director Kendall Fells": a name right after a role is the speaker,
  // whatever came before; otherwise a link word ends the head ("Mustafa Bali of the SDF").
  let tail = toks.length;
  while (tail > 0 && isNameToken(toks[tail - 1]!)) tail--;
  const roleBeforeName = tail > 0 && tail < toks.length && toks[tail - 1]!.core === toks[tail - 1]!.lower && isTitle(toks[tail - 1]!.lower);
  const link = roleBeforeName ? -1 : toks.findIndex((t, i) => LINKS.has(t.lower) || ((t.lower === "to" || t.lower === "in" || t.lower === "on") && i > 0));
  const head = link > 0 ? toks.slice(0, link) : toks;
  // "UK Chancellor of the Exchequer Gordon Brown", "director of rugby Nigel Melville": an office
  // of something, then the person's given name and surname. Not "spokesman for", "adviser to".
  if (link > 0 && toks[link]!.lower === "of" && tail < toks.length && head.some((t) => isTitle(bare(t.core)))) {
    const given = toks.findIndex((t, i) => i >= tail && isCommonFirstName(bare(t.core)));
    // Not a body's name after its kind: "deputy editor of UK magazine Mac Format".
    const name = given > 0 && !KINDS_OF_BODY.has(toks[given - 1]!.core) ? toks.slice(given) : [];
    if (name.length >= 2 && !name.some((t) => ORGANIZATION_WORDS.has(bare(t.core)))) return { kind: "name", text: joined(name), at };
  }
  // The capitalised run at the end of the head is the name, once titles before it are cut.
  let runStart = head.length;
  while (runStart > 0) {
    const t = head[runStart - 1]!;
    const particle = runStart < head.length && runStart > 1 && PARTICLES.has(t.lower) && isNameToken(head[runStart - 2]!);
    // "Radio 1 said", "Channel 4 said": a station's number is part of its name.
    const station = runStart > 1 && STATION_NUMBER.test(t.core) && STATIONS.has(head[runStart - 2]!.lower);
    if (!isNameToken(t) && !particle && !station) break;
    runStart--;
  }
  // "Andrew Tyrie MP": letters after a person's name are no title before one ("Salford MP" is the seat's).
  let runEnd = head.length;
  while (runEnd - runStart > 1 && isLettersAfterName(bare(head[runEnd - 1]!.core)) && isFirstName(bare(head[runStart]!.core))) runEnd--;
  const run = head.slice(runStart, runEnd);
  const withoutArticle = ARTICLES.has(first.lower) ? toks.slice(1) : toks;
  if (run.length > 0 && !POSSESSIVE.test(run[run.length - 1]!.core)) {
    let cut = -1;
    let owner = -1;
    run.forEach((t, i) => {
      // "Mr Dean", "Howard Dean": a title word that ends the run after an honorific or a given
      // name is the surname.
      const surname = i === run.length - 1 && i > 0 && (isHonorificWord(bare(run[i - 1]!.core)) || givenNameBefore(run, i));
      // "Writer Neil Coppendale asked", "Californian Thomas Slattery": a word or a nationality before a full name is no part of it.
      const occupation = i === 0 && run.length >= 3 && (isWord(t.lower) || isDemonym(t.core)) && !isFirstName(t.core) && isFirstName(run[1]!.core);
      if ((TITLE_WORDS.has(bare(t.core)) && !surname) || occupation) cut = i;
      // "Washington Post's Ed O'Keefe": a person named after an outlet's possessive is the name.
      else if (i < run.length - 1 && isPossessiveName(t) && isFirstName(run[i + 1]!.core)) owner = i;
    });
    const name = run.slice(Math.max(cut, owner) + 1);
    if (shouted(name) || (name.length === 1 && notAName(name[0]!.core))) return null;
    // "MSPs' Code of Conduct": something of an owner's that no given name opens is nobody's name.
    if (name.slice(0, -1).some((t) => POSSESSIVE.test(t.core))) return descriptor(toks, withoutArticle);
    if (name.length === 1 && isPluralAcronym(name[0]!.core)) return { kind: "descriptor", text: name[0]!.core, at };
    // "the Dutchman said": one of a people, not a name.
    if (name.length === 1 && first.lower === "the" && isDemonym(name[0]!.core)) return descriptor(toks, withoutArticle);
    // "Senate Majority Leader Mitch McConnell": organisation words inside a cut title do not count.
    const isOrg = (name.length > 0 ? name : run).some((t) => ORGANIZATION_WORDS.has(bare(t.core))) && !isFirstName(name[0]?.core ?? "");
    if (isOrg || (name.length === 1 && ACRONYM.test(name[0]!.core))) {
      // "A Department for Education and Skills spokeswoman": someone of the body, unnamed.
      const role = toks[toks.length - 1]!;
      return role.core === role.lower && ROLE_NOUNS.has(role.lower)
        ? descriptor(toks, withoutArticle)
        : { kind: "organization", text: joined(withoutArticle), at };
    }
    if (name.length === 0) return withoutArticle.length > 0 ? descriptor(toks, withoutArticle) : null;
    const title = cut >= 0 ? run[cut]!.core : undefined;
    return title ? { kind: "name", text: joined(name), at, title } : { kind: "name", text: joined(name), at };
  }
  return isDescriptor(toks) ? descriptor(toks, withoutArticle) : null;
}

function descriptor(toks: Token[], withoutArticle: Token[]): Phrase {
  // "our correspondent added": the outlet's own, as definite as "the correspondent".
  const ours = toks[0]!.lower === "our" && toks.length > 1;
  const phrase: Phrase = { kind: "descriptor", text: joined(ours ? toks.slice(1) : withoutArticle), at: toks[0]!.at };
  if (toks[0]!.lower === "the" || ours) phrase.definite = true;
  return phrase;
}

/**
 * "in" that places a descriptor's noun, as "of" does: "a narrator in the Clinton ad asks",
 * "officials in Washington said"; not the circumstance "a spokesman in a statement".
 */
function placeLink(toks: Token[], k: number, end: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if ((toks[k]?.lower !== "in" && toks[k]?.lower !== "on") || !prev || !next || k + 1 >= end || prev.comma || toks[k]!.comma) return false;
  if (NON_NAME_WORDS.has(next.lower) && !DETERMINERS.has(next.lower)) return false;
  if (prev.core !== prev.lower || !ALPHA_WORD.test(prev.core) || BREAKS.has(prev.lower) || DETERMINERS.has(prev.lower) || PRONOUNS.has(prev.lower)) return false;
  if (SPEECH_VERBS.has(prev.lower) || /(?:ly|ed|ing)$/.test(prev.lower)) return false;
  if (!DETERMINERS.has(next.lower) && !NAME_START.test(next.core)) return false;
  const after = toks.slice(k + 1, end);
  return !after.some((x) => CIRCUMSTANCES.has(x.lower) || NON_NAME_WORDS.has(x.lower) && !DETERMINERS.has(x.lower));
}

/** Just past the word that ends the clause at `from` (a comma or a stop), within a few words. */
function clauseEnd(toks: Token[], from: number): number {
  let k = from;
  while (k < toks.length && k - from < 8 && !toks[k]!.comma) k++;
  return Math.min(toks.length, k + 1);
}

// The words between a body's head and what it is for: "Department for Work", "Ministry of Defence".
const BODY_LINKS: ReadonlySet<string> = new Set(["for", "of"]);

/**
 * "the Finance and Economy Ministry said", "A Department for Work and Pensions spokeswoman": "and"
 * between two capitalised words of a body's name, which ends the phrase or opens the name.
 */
function andInName(toks: Token[], k: number, end: number): boolean {
  const prev = toks[k - 1], next = toks[k + 1];
  // "the work and pensions minister", "the trade and industry secretary": one office's two remits.
  const remits = toks.slice(k - 1, end);
  if (toks[k]!.lower === "and" && remits.every((t) => t.core === t.lower) && isTitle(toks[end - 1]!.lower)) return true;
  if (toks[k]!.lower !== "and" || prev === undefined || next === undefined || prev.comma || !isNameToken(prev) || !isNameToken(next)) return false;
  if (ORGANIZATION_WORDS.has(bare(toks[end - 1]!.core))) return true;
  let j = k - 1;
  while (j > 0 && (isNameToken(toks[j - 1]!) || BODY_LINKS.has(toks[j - 1]!.lower))) j--;
  if (isNameToken(toks[j]!) && ORGANIZATION_WORDS.has(bare(toks[j]!.core)) && BODY_LINKS.has(toks[j + 1]!.lower)) return true;
  // "the Tory MP for Sleaford and North Hykeham": what a name after "for" lists is a seat or a
  // remit; the capitalised run before the verb is still the speaker ("raised for Oxfam and
  // Christian Aid said").
  let seat = k - 1;
  while (seat > 0 && isNameToken(toks[seat - 1]!)) seat--;
  return seat > 0 && toks[seat - 1]!.lower === "for";
}

// Words a phrase cut short may end on: "a 52-count civil complaint filed by the federal Securities and Exchange Commission and a".
const DANGLING: ReadonlySet<string> = new Set([...LINKS, "and", "or", "a", "an", "the"]);

/** `words` without the links, conjunctions and articles left at its end where it was cut. */
function dropDangling(words: Token[]): Token[] {
  let end = words.length;
  while (end > 0 && DANGLING.has(words[end - 1]!.lower)) end--;
  return words.slice(0, end);
}

/** The phrase ending at token `end - 1`, read backwards, or null. */
function phraseEndingAt(toks: Token[], end: number): Phrase | null {
  let start = end;
  while (start > 0 && end - start < MAX_PHRASE) {
    const t = toks[start - 1]!;
    if (start < end && t.comma) break;
    if (PRONOUNS.has(t.lower) || t.lower === "who") {
      if (start === end) start--;
      break;
    }
    if ((BREAKS.has(t.lower) && !placeLink(toks, start - 1, end) && !andInName(toks, start - 1, end)) || (isSpeechVerb(t) && start < end)) break;
    start--;
    // "the Sierra Club" in "Mr. Morgan of the Sierra Club" does not end the phrase.
    // "the two firms": a number keeps its article.
    const counted = start > 0 && COUNTS.has(t.lower) && toks[start - 1]!.lower === "the";
    if (DETERMINERS.has(t.lower) && !counted && !(start > 0 && (LINKS.has(toks[start - 1]!.lower) || placeLink(toks, start - 1, end)))) break;
  }
  const words = toks.slice(start, end);
  // "Trump, who spoke at a rally, said": the relative pronoun stands for the name before it.
  if (words.length === 1 && words[0]!.lower === "who") return start > 0 && toks[start - 1]!.comma ? phraseEndingAt(toks, start) : null;
  // "..., with finance minister Hans Eichel saying it was "..."": who a participle after "with" is said of speaks.
  if (words[0]?.lower === "with" && PARTICIPLE.test(toks[end]?.lower ?? "")) return classify(words.slice(1));
  if (words.length > 0 && LINKS.has(words[0]!.lower)) return null;
  return classify(words);
}

/**
 * The speaker before the verb at `verb`: "Hasakeh said", "the Wall Street Journal has reported",
 * "Jeff Weaver, Sanders' campaign manager, said". `start` is the first token the subject and its
 * asides take up.
 */
export function subjectBefore(toks: Token[], verb: number): { phrase: Phrase; start: number } | null {
  if (isPassive(toks, verb)) return null;
  let end = verb;
  // Not "May" of "Brian May has said", a surname and no modal.
  while (end > 0 && !toks[end - 1]!.comma && !toks[end - 1]!.surname && (BETWEEN_SUBJECT_AND_VERB.has(toks[end - 1]!.lower) || ADVERB.test(toks[end - 1]!.core))) end--;
  if (end === 0) return null;
  const last = toks[end - 1]!;
  if (!last.comma) {
    let phrase = phraseEndingAt(toks, end);
    if (!phrase) {
      // "Kurdish authorities who were holding them said": the subject stands before its relative clause.
      let k = end - 1;
      while (k > 0 && end - k < MAX_PHRASE && !toks[k]!.comma && !RELATIVES.has(toks[k]!.lower)) k--;
      if (k > 0 && RELATIVES.has(toks[k]!.lower)) phrase = phraseEndingAt(toks, k);
    }
    const start = phrase ? toks.findIndex((t) => t.at === phrase.at) : -1;
    // "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": the name a role is set off after;
    // "Brent Bozell, PTC president and conservative activist said": after two roles.
    let roleStart = start;
    if (phrase?.kind === "descriptor" && start > 1 && toks[start - 1]!.lower === "and" && !toks[start - 2]!.comma) {
      const first = phraseEndingAt(toks, start - 1);
      if (first?.kind === "descriptor") roleStart = toks.findIndex((t) => t.at === first.at);
    }
    if (phrase?.kind === "descriptor" && roleStart > 0 && toks[roleStart - 1]!.comma && !toks[roleStart - 1]!.stop) {
      const name = phraseEndingAt(toks, roleStart);
      const from = name ? toks.findIndex((t) => t.at === name.at) : -1;
      // A full name that opens its clause ("..., but Christoph Caselitz, president of the division,
      // says"): not "Ahead of the vote, Labour spokesperson said", not a body's ("Deutsche Bank,
      // its spokesman said") nor a title ("Christie New Jersey's Biggest Loser").
      // "and" may end a list instead ("hosts Joe Scarborough and Mika Brzezinski, the Democratic candidate stated").
      const opener = toks[from - 1]?.lower ?? "";
      const opensClause = from === 0 || (from > 0 && (toks[from - 1]!.stop || (CLAUSE_OPENERS.has(opener) && opener !== "and")));
      if (name?.kind === "name" && opensClause && name.text.includes(" ") && !POSSESSIVE_INSIDE.test(name.text) && !name.text.split(" ").some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()))) return { phrase: name, start: from };
    }
    return phrase ? { phrase, start } : null;
  }
  if (last.stop) return null;
  // Comma-separated parts before the verb: "Scott Pruitt, the attorney general of Oklahoma, one of
  // the states suing, said". A name among them is the speaker, else the first part.
  const parts: { start: number; end: number }[] = [];
  for (let chunkEnd = end; parts.length < MAX_PARTS && chunkEnd > 0;) {
    let chunkStart = chunkEnd - 1;
    while (chunkStart > 0 && !toks[chunkStart - 1]!.comma && chunkEnd - chunkStart < 25) chunkStart--;
    parts.push({ start: chunkStart, end: chunkEnd });
    if (chunkStart === 0 || toks[chunkStart - 1]!.stop) break;
    chunkEnd = chunkStart;
  }
  // "The Oscar-nominated actor, whose films include Schindler's List and Star Wars: The Phantom
  // Menace, said": the parts from a relative clause on are the clause's, not the speaker.
  const relative = parts.findIndex((part) => CLAUSE_RELATIVES.has(toks[part.start]!.lower));
  let best: Phrase | null = null;
  let start = end;
  for (let k = relative + 1; k < parts.length; k++) {
    const { start: chunkStart, end: chunkEnd } = parts[k]!;
    // "And Moya, nicknamed Charly, admitted": another name for the one before.
    if (k + 1 < parts.length && NAMING_PARTICIPLES.has(toks[chunkStart]!.lower)) {
      start = chunkStart;
      continue;
    }
    // Only a part that is a phrase throughout counts, or a name throughout after a conjunction
    // ("And Moya"): not "Washington" of "which was filed in Washington", nor "and Clevelanders get nervous".
    const found = phraseEndingAt(toks, chunkEnd);
    const joined = CONJUNCTIONS.has(toks[chunkStart]!.lower) && found?.kind === "name" && found.at === toks[chunkStart + 1]?.at;
    const phrase = found && (found.at === toks[chunkStart]!.at || joined) ? found : null;
    // "Morton Blackwell, the Republican National Committeeman from Virginia, told": a part that
    // opens with an article describes the name before it, whatever its capitals.
    const described = ARTICLES.has(toks[chunkStart]!.lower) && k + 1 < MAX_PARTS && chunkStart > 0 && !toks[chunkStart - 1]!.stop;
    // "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said": a place after another part is an address's end.
    const address = phrase?.kind === "name" && k + 1 < parts.length && isUnambiguousPlace(phrase.text);
    if (phrase && phrase.kind !== "descriptor" && !described && !address) return { phrase, start: chunkStart };
    if (phrase && !best) best = phrase;
    start = chunkStart;
  }
  return best ? { phrase: best, start } : null;
}
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(["nicknamed", "dubbed", "known", "called", "named", "aka", "alias"]);
// How many comma-separated parts before a verb are read for its subject.
const MAX_PARTS = 4;
// What opens a relative clause set off by commas: ", who ...", ", whose films include ...".
export const CLAUSE_RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose", "which", "where"]);

/**
 * "the government, suggests Mr Davies, could act as ...": a name that an inverted verb sets off
 * between commas is who speaks, whatever the words before the verb.
 */
export function asideSpeaker(toks: Token[], verb: number): Phrase | null {
  const before = toks[verb - 1];
  if (!before?.comma || before.stop || PARTICIPLE.test(toks[verb]!.lower)) return null;
  let end = verb + 1;
  while (end < toks.length && end - verb <= MAX_PHRASE && !toks[end]!.comma) end++;
  if (end + 1 >= toks.length || toks[end]!.stop) return null;
  // Titles and a name only: not an object ("Lord Falconer, agreed the 1701 Act of Settlement,
  // which ..."), a passive's agent ("its letter, written by Kenneth P. Cohen, ...") or a clause
  // (", said he expects Obama, Abe, and Park to").
  const aside = toks.slice(verb + 1, end + 1);
  if (!aside.every((t) => t.core !== t.lower || isTitle(t.lower))) return null;
  const phrase = classify(aside);
  return phrase?.kind === "name" ? phrase : null;
}

/**
 * "was first reported by MSNBC", "is described as": the subject of a passive speech verb is what
 * was said or reported, not who said it.
 */
export function isPassive(toks: Token[], verb: number): boolean {
  if (!/(?:ed|told|written|said)$/.test(toks[verb]!.lower)) return false;
  for (let k = verb - 1; k >= 0 && verb - k <= 3; k--) {
    const t = toks[k]!;
    if (t.comma) return false;
    if (PASSIVE_AUXILIARIES.has(t.lower)) return true;
    if (!ADVERB.test(t.core) && !BETWEEN_SUBJECT_AND_VERB.has(t.lower)) return false;
  }
  return false;
}

/**
 * The speaker after an inverted verb or "according to": "said SDF commander Adnan Afrin, using
 * ...". `toComma` reads on to the comma: "according to the exit polls in New Hampshire, ...".
 */
export function phraseAfter(toks: Token[], from: number, toComma = false): Phrase | null {
  let end = from;
  while (end < toks.length && end - from < MAX_PHRASE + (toComma ? 4 : 0)) {
    const t = toks[end]!;
    // "a person close to the Clintons", "a longtime adviser to both Clintons"
    const prev = toks[end - 1]?.lower ?? "";
    const attached = t.lower === "to" && (prev === "close" || ROLE_NOUNS.has(prev) || TITLE_WORDS.has(prev));
    // "Treasury Under Secretary John Taylor": a capitalised word inside a title is no preposition.
    const inTitle = end > from && t.core !== t.lower && isNameToken(toks[end - 1]!) && toks[end + 1] !== undefined && isNameToken(toks[end + 1]!);
    if ((BREAKS.has(t.lower) && !attached && !inTitle && !(toComma && end > from) && !(end > from && placeLink(toks, end, clauseEnd(toks, end)))) || breaksPhrase(toks, end)) {
      // "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": two offices, one person.
      const second = t.lower === "and" && end > from && !toks[end - 1]!.comma && isTitle(bare(toks[end - 1]!.core).toLowerCase()) ? phraseAfter(toks, end + 1, toComma) : null;
      if (second?.kind === "name") return second;
      break;
    }
    end++;
    if (t.comma) break;
  }
  const words = dropDangling(toks.slice(from, end));
  // "said Deputy Prime Minister Abdullatif Sener earlier this month": words of time after the
  // name say when, not who.
  let last = words.length - 1;
  while (last >= 0 && WHEN.has(words[last]!.lower)) last--;
  if (last >= 0 && last < words.length - 1 && isNameToken(words[last]!)) words.length = last + 1;
  // "said RNID technology director, Guido Gybels.": a role set off before the name it belongs to.
  const role = words[words.length - 1];
  if (role?.comma && !role.stop && (isTitle(role.lower) || ROLE_NOUNS.has(role.lower))) {
    let stop = end;
    while (stop < toks.length && stop - end < 4 && isNameToken(toks[stop]!) && !toks[stop - 1]!.stop) stop++;
    const name = classify(toks.slice(end, stop));
    if (stop - end >= 2 && (stop === toks.length || toks[stop - 1]!.comma) && name?.kind === "name") return name;
  }
  return classify(words);
}

/**
 * The subject a sentence opens with, past any opening clause: "During the speech, Trump
 * attacked ..." -> Trump; "In August, several environmental groups granted ..." -> the groups.
 */
export function sentenceSubject(toks: Token[], knownSurname: (word: string) => boolean): Phrase | null {
  const span = subjectSpan(toks, knownSurname);
  if (!span) return null;
  return shownSpeaker(toks, span.end) ?? span.phrase;
}

/**
 * "The poster shows Mr Howard hypnotising people ..., saying": who a subject's verb of seeing at
 * `verb` shows doing something speaks, not what shows them; not "an email showed Mr Stearns had".
 */
function shownSpeaker(toks: Token[], verb: number): Phrase | null {
  if (!WATCHING.test(toks[verb]?.lower ?? "")) return null;
  let end = verb + 1;
  while (end < toks.length && end - verb <= 4 && !toks[end - 1]!.comma && isNameToken(toks[end]!)) end++;
  if (end === verb + 1 || toks[end - 1]!.comma || !PARTICIPLE.test(toks[end]?.lower ?? "")) return null;
  const phrase = classify(toks.slice(verb + 1, end));
  return phrase?.kind === "name" ? phrase : null;
}

/**
 * The subject of a clause, which its verb follows: "many commentators called him", not "a
 * deterrence to what it called" or "one of the reasons that ...".
 */
export function clauseSubject(toks: Token[], knownSurname: (word: string) => boolean): Phrase | null {
  const span = subjectSpan(toks, knownSurname);
  if (!span) return null;
  let v = span.end;
  while (v < toks.length && (ADVERB.test(toks[v]!.core) || ADVERBS_BEFORE_VERB.has(toks[v]!.lower))) v++;
  const last = toks[v - 1]!;
  // "one of the reasons that": a noun phrase cut after its article has not reached its verb.
  if (v >= toks.length || last.stop || DETERMINERS.has(last.lower) || LINKS.has(last.lower)) return null;
  const verb = toks[v]!;
  return AUXILIARY_VERBS.has(verb.lower) || (looksLikeVerb(toks, v) && !BETWEEN_SUBJECT_AND_VERB.has(verb.lower)) ? span.phrase : null;
}

/**
 * Who an absolute clause after "with" is about, where a participle follows: "..., with shadow
 * chancellor Oliver Letwin branding stamp duty a "..."", "with the American Federation of Teachers calling her "..."".
 */
export function withSubject(toks: Token[]): Phrase | null {
  if (toks[0]?.lower !== "with") return null;
  const participle = toks.findIndex((t) => PARTICIPLE.test(t.lower));
  if (participle < 0) return null;
  return phraseEndingAt(toks, participle);
}

/**
 * Whether the clause's subject undergoes its verb: "other conditions will be dealt with on a
 * "...", "The plan was branded "..."". Such a subject says nothing.
 */
export function passiveSubject(toks: Token[], knownSurname: (word: string) => boolean): boolean {
  const span = subjectSpan(toks, knownSurname);
  if (!span) return false;
  let v = span.end;
  while (v < toks.length && (AUXILIARIES.has(toks[v]!.lower) || ADVERB.test(toks[v]!.core) || ADVERBS_BEFORE_VERB.has(toks[v]!.lower) || toks[v]!.lower === "not")) v++;
  if (!BE.has(toks[v]?.lower ?? "") || !isPastParticiple(toks[v + 1]?.lower ?? "")) return false;
  // Not where the participle is a state or opens a report of the subject's own words: "is alleged
  // to have said", "is seen asking", "is concerned too many children ...".
  const next = toks[v + 2];
  return next === undefined || AFTER_PASSIVE.has(next.lower);
}
const AFTER_PASSIVE: ReadonlySet<string> = new Set(["as", "with", "on", "by", "in", "at", "into", "for", "the", "a", "an"]);
// Irregular participles that are not also the past tense: "was told", "was given".
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  "dealt", "told", "said", "given", "taken", "seen", "known", "done", "sold", "shown", "caught", "bought", "run", "spent",
  "written", "chosen", "driven", "spoken", "broken", "beaten", "hidden", "forgotten", "proven", "stolen",
]);
/** A past participle, regular or among the irregular ones passives use most ("keen" and "often" end in -en too). */
const isPastParticiple = (lower: string): boolean => /^\p{Ll}{2,}ed$/u.test(lower) || IRREGULAR_PAST.has(lower) || IRREGULAR_PARTICIPLES.has(lower);

/** Whether the aside at `from` names a role: "a former Democratic National Committee chairman". */
function describesPerson(toks: Token[], from: number): boolean {
  for (let k = from + 1; k < toks.length && k - from < 10; k++) {
    const t = toks[k]!;
    if (t.core === t.lower && (TITLE_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower))) return true;
    if (t.comma || BREAKS.has(t.lower)) return false;
  }
  return false;
}

/** The subject a sentence opens with and the index of the token after it. */
function subjectSpan(toks: Token[], knownSurname: (word: string) => boolean): { phrase: Phrase; end: number } | null {
  let i = 0;
  // "Moreover, as part of the exchange with Clinton, Gowdy ...": skip each opening clause; a
  // conjunction is a word of its own ("But a spokesman for the Home Office defended ...").
  while (toks[i] && (OPENERS.has(toks[i]!.lower) || participleOpener(toks, i))) {
    if (CONJUNCTIONS.has(toks[i]!.lower)) {
      i++;
      continue;
    }
    const clause = i;
    while (i < toks.length && i - clause < 20 && !toks[i]!.comma) i++;
    i++;
  }
  // "But a few days later, Trump reversed himself", "Hours later, Trump returned the compliment": a
  // span of time says when, not who; so does "Each election cycle, there's a threat ...".
  const later = toks.slice(i, i + 5).findIndex((t) => LATER.has(t.lower));
  if (later > 0 && (DETERMINERS.has(toks[i]!.lower) || /^\d/.test(toks[i]!.core) || TIME_NOUN.test(toks[i]!.lower)) && toks.slice(i + 1, i + later).every((t) => t.core === t.lower)) i += later + 1;
  else {
    const comma = toks.slice(i, i + 4).findIndex((t) => t.comma);
    if (comma > 0 && EVERY.has(toks[i]!.lower) && TIME_NOUN.test(toks[i + comma]!.lower)) i += comma + 1;
  }
  const first = toks[i];
  if (!first) return null;
  if (PRONOUNS.has(first.lower)) return { phrase: { kind: "pronoun", text: first.lower, at: first.at }, end: i + 1 };
  // A determined noun phrase runs to its verb: "Scott's family has called", "The Security Council
  // issued", "Ivana Trump's brief said".
  const determined = (from: number): { phrase: Phrase; end: number } | null => {
    let end = from + 1;
    while (end < toks.length && end - i < MAX_PHRASE + 4 && !toks[end - 1]!.comma && !BREAKS.has(toks[end]!.lower) && !looksLikeVerb(toks, end)) end++;
    const np = toks.slice(i, end);
    const phrase = np.length > 1 ? classify(np) : null;
    return phrase ? { phrase, end } : null;
  };
  // "his ability", "their plan": a possessive pronoun's phrase is about someone, not someone.
  if (!POSSESSIVE_PRONOUNS.has(first.lower) && (DETERMINERS.has(first.lower) || isPossessiveName(first))) return determined(i);
  // Otherwise a run of capitalised words, titles included: "Sen. Bernie Sanders".
  let end = i;
  while (end < toks.length && end - i < MAX_PHRASE) {
    const t = toks[end]!;
    // "Republican presidential nominee Donald Trump": role words on the way to a name.
    const titleBeforeName = isTitle(t.lower) && toks.slice(end + 1, end + 4).some((x) => isNameToken(x) && !isTitle(x.lower));
    if (!isNameToken(t) && !titleBeforeName) break;
    end++;
    if (t.comma) break;
  }
  if (end > i && end < toks.length && !toks[end - 1]!.comma && isPossessiveName(toks[end - 1]!)) return determined(end - 1);
  // "Executive ministers raised an appeal", "Sanders protesters chanted": capitalised words before a
  // plural of people and an active verb qualify the plural ("Blige sings", "Clinton asks" stay names).
  if (end > i && end + 1 < toks.length && !toks[end - 1]!.comma && PEOPLE_PLURAL.test(toks[end]!.core) && activeVerbAt(toks, end + 1)) {
    const plural = determined(end);
    if (plural?.phrase.kind === "descriptor") return plural;
  }
  const phrase = end > i && !POSSESSIVE.test(toks[end - 1]!.core) ? classify(toks.slice(i, end)) : null;
  if (!phrase || phrase.kind === "descriptor") return null;
  // A lone capitalised word opening a sentence is as often "Partial" or "Many" as a surname: it
  // needs a verb after it ("Trump attacked"), a description set off after it ("Dean, a former
  // chairman, ...") or a full name elsewhere in the article.
  const verbNext = toks[end] !== undefined && looksLikeVerb(toks, end);
  const described = toks[end - 1]!.comma && !toks[end - 1]!.stop && toks[end] !== undefined && ARTICLES.has(toks[end]!.lower) && describesPerson(toks, end);
  return phrase.kind !== "name" || phrase.text.includes(" ") || verbNext || described || knownSurname(phrase.text) ? { phrase, end } : null;
}

/** A past form, regular or irregular: "granted", "sent". */
const isPastForm = (lower: string): boolean => /ed$/.test(lower) || IRREGULAR_PAST.has(lower);

/** Plural nouns of people by their endings: "ministers", "delegates", "protesters", "activists", "residents". */
const PEOPLE_PLURAL = /^\p{Ll}{2,}(?:ers|ors|ists|ians|ants|ents|ates|ives)$/u;
/** A verb in the past, or an auxiliary, not a passive's ("Church ministers are trying", not "More plaudits are given"). */
function activeVerbAt(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.core !== t.lower) return false;
  if (BE.has(t.lower)) return !isPastParticiple(toks[i + 1]?.lower ?? "");
  return isPastForm(t.lower) || AUXILIARY_VERBS.has(t.lower);
}

/**
 * "Continuing to explain his perspective, Carson rejected ...": a participle that opens the sentence, a word
 * (not "Groening recently heaped"), before what it governs in lower case (not "Fostering Network", "Downing Street").
 */
function participleOpener(toks: Token[], i: number): boolean {
  const t = toks[i]!, next = toks[i + 1];
  return /^\p{Lu}\p{Ll}+ing$/u.test(t.core) && isWord(t.lower) && next !== undefined && next.core === next.lower;
}

/** The verb that ends a subject: "granted", "has", "sent", or an -s form before its object ("targets a"). */
export function looksLikeVerb(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.core !== t.lower) return false;
  if (isPastForm(t.lower) || BETWEEN_SUBJECT_AND_VERB.has(t.lower) || SPEECH_VERBS.has(t.lower)) return true;
  const next = toks[i + 1];
  return /[^s]s$/.test(t.lower) && next !== undefined && (DETERMINERS.has(next.lower) || next.lower === "that" || (next.core !== next.lower && isHonorificWord(bare(next.core))));
}
