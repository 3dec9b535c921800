// The people an article names, for turning a speaker's surface form into a full name ("Bali"
// -> "Mustafa Bali") and a pronoun into the last person it can stand for. Works from the entity
// module's people when given, else from capitalised name sequences in the text, so attribution
// still resolves names without them; surnames are looked up in the text either way.

import type { Entity, Gender, QuoteSpan } from "./types.ts";
import { TITLE_WORDS, NON_NAME_WORDS } from "./data/speech-titles.ts";
import { ORGANIZATION_WORDS } from "./data/speech-organizations.ts";
import { genderFromFirstName, genderFromFollowingPronoun, genderFromTitle } from "./gender.ts";
import { CLAUSE_OPENERS, sentenceStarts } from "./sentences.ts";
import { oneSlipApart } from "./transliteration.ts";
import { ARTICLES, CLAUSE_RELATIVES, OPENERS, TIME_NOUN } from "./speakerPhrase.ts";
import { SPEECH_VERBS } from "./speechVerbs.ts";
import { isCalendarSurname, isDemonym, isFirstName } from "./lexicon.ts";
import { isHonorificWord, isOffice } from "./titles.ts";
import { isClubName } from "./organizations.ts";

/** A point in the article: paragraph index (-1 headline) and offset. */
export interface Position {
  paragraph: number;
  offset: number;
}

interface Person {
  name: string;
  /** Title and role words the article puts before the name ("tottenham", "manager"), lower case. */
  titles: Set<string>;
  /** The last of them, right before the name: what the person is ("manager", "cardinal"). */
  roles: Set<string>;
  /** A description speaking for someone unnamed ("spokesman for the British Casino Association"), not a name. */
  described?: true;
  /** Lower-case last token, the form a later mention usually takes. */
  surname: string;
  gender?: Gender;
  votes: { male: number; female: number };
}

/** Where the article names an organisation, by the name it goes by. */
interface Body extends Position {
  name: string;
}

interface Sighting {
  person: Person;
  paragraph: number;
  offset: number;
  /** Noted as a quote's speaker: as much the topic of its sentence as a subject. */
  spoke?: true;
}

/** What stands before a sighting in its sentence: the text, its words, how many are left past the name's titles, and the word before those. */
interface LeadIn {
  before: string;
  words: string[];
  k: number;
  previous: string | undefined;
}

// Two or more capitalised words, optionally with a particle ("Ibn al-Hassan", "Harry M. Reid").
// A capitalised word: "McCaskill", "DuVernay", "O’Rourke", but not "US-backed".
const WORD = String.raw`[\p{Lu}][\p{Ll}'\u2019][\p{L}\p{M}'\u2019-]*`;
const NAME_RUN = new RegExp(String.raw`(?:\b${WORD}|\b[\p{Lu}]\.)(?:\s+(?:(?:de|van|von|bin|al|da|di|le|la|del|der)\s+)?(?:${WORD}|[\p{Lu}]\.))+`, "gu");
const CAPITALISED_WORD = new RegExp(String.raw`\b${WORD}`, "gu");
export const POSSESSIVE = /['\u2019]s?$/;
// What may stand between a clause's start and its subject: the subject's own titles,
// capitalised ("Former Labour MP Lord Janner") or not ("political correspondent", "stand-in
// flanker"), and names listed before it.
const CAPITALISED_OR_ARTICLE = /^(?:[\p{Lu}][\p{L}.'\u2019-]*|the|a|an)$/u;
const MODIFIER = /^\p{Ll}[\p{Ll}-]*-\p{Ll}+$|(?:al|ic|ian|ish|ese|ior|ary)$/u;
const isTitleWord = (w: string): boolean => CAPITALISED_OR_ARTICLE.test(w) || TITLE_WORDS.has(w.toLowerCase()) || MODIFIER.test(w);
const PRONOUN_SUBJECT = /^(?:(?:And|But|So|Yet) )?(?:[Hh]e|[Ss]he|[Tt]hey)\b/;
const ROLE_MENTION = /\b[Tt]he (\p{L}+)\b/gu;
// "shadow chancellor Oliver Letwin" is not "the chancellor".
const QUALIFIERS: ReadonlySet<string> = new Set(["shadow", "former", "deputy", "vice", "assistant", "acting", "ex", "junior"]);
const qualifiedOtherwise = (p: Person, wanted: readonly string[]): boolean => [...QUALIFIERS].some((q) => p.titles.has(q) && !wanted.includes(q));
// Offices beside the state's: one holder in an article, as "the cardinal" is.
const CHURCH_AND_CROWN: ReadonlySet<string> = new Set(["cardinal", "archbishop", "bishop", "king", "queen", "prince", "princess"]);
// How far after a mention a pronoun may still pick it up (see genderFromFollowingPronoun).
const VOTE_REACH = 160;
// How far before a name its titles are looked for.
const TITLE_REACH = 60;
// "the chairman of the Bar Council": the head of a description comes before these.
export const EPITHET_LINKS: ReadonlySet<string> = new Set(["of", "for", "at", "from", "in", "with"]);
const AGE = /^\d+-year-old$/;
const NOUN_ADJUNCT = /^\p{Ll}+$/u;
// What may open a sentence before the organisation that is its subject: nothing, or "The".
const ORGANIZATION_OPENS = /^\s*(?:The\s+)?$/;
// Abbreviated titles, as the full word a later description uses: "Gov. Chris Christie" ... "the governor".
const ABBREVIATED: Readonly<Record<string, string>> = {
  gov: "governor", sen: "senator", rep: "representative", gen: "general", lt: "lieutenant", col: "colonel",
  capt: "captain", sgt: "sergeant", adm: "admiral", prof: "professor", rev: "reverend", pres: "president",
};
const titleKey = (word: string): string => {
  const bare = word.toLowerCase().replace(/\.$/, "");
  return ABBREVIATED[bare] ?? bare;
};
// Sport's and show business's ways of naming a person already named: "said the two-time champion".
const EPITHETS: ReadonlySet<string> = new Set([
  "champion", "player", "forward", "athlete", "winner", "winger", "striker", "midfielder", "defender", "goalkeeper",
  "keeper", "star", "seed", "fly-half", "full-back", "scrum-half", "international", "veteran", "skipper", "sprinter",
  "runner", "batsman", "bowler", "youngster", "teenager", "comedian", "actor", "actress", "singer", "rapper", "frontman",
  "writer", "author", "novelist", "broadcaster", "presenter", "musician", "guitarist", "drummer", "songwriter", "playwright", "poet", "film-maker",
  "debutant", "newcomer", "holder", "finalist", "semi-finalist", "favourite", "prop",
]);
// Of those and the titles, the ones any player may be called besides his position.
const GENERIC_EPITHETS: ReadonlySet<string> = new Set(["player", "star", "skipper", "captain", "international", "veteran", "athlete", "youngster", "teenager", "newcomer", "debutant", "favourite"]);
/** A description's words up to its first link ("spokesman" of "spokesman for the BCA"). */
function descriptionWords(text: string): string[] {
  const all = text.split(/\s+/);
  const link = all.findIndex((w, i) => i > 0 && EPITHET_LINKS.has(w.toLowerCase()));
  return link > 0 ? all.slice(0, link) : all;
}
/** Who speaks for a body without a name of their own, as a regular-expression alternation. */
export const SOURCE_WORDS = "spokes(?:man|woman|person)|official|source|aide";
export const SOURCE_HEAD = new RegExp(`^(?:${SOURCE_WORDS})$`);
/** What an unnamed source is: "spokesman" of "spokesman for the ICO" and of "Labour Party spokesman". */
const sourceHead = (text: string): string => text.toLowerCase().split(/\s+/).find((w) => SOURCE_HEAD.test(w)) ?? lastToken(text);

// What "the ... said" calls an organisation by.
const BODY_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "group", "bank", "station", "broadcaster", "channel", "network", "club", "association",
  "union", "council", "agency", "organisation", "organization", "corporation", "airline", "carrier", "retailer",
  "maker", "manufacturer", "insurer", "lender", "operator", "giant", "chain", "supermarket", "ministry",
  "watchdog", "regulator", "charity", "studio", "label", "monopoly",
]);

// Prepositions whose phrase an owner inside is no one a sentence is about: "capped by Gerrard's drive".
const OWNER_AFTER: ReadonlySet<string> = new Set(["by", "of", "with", "for", "from", "in", "on", "at", "to", "into", "after", "before"]);
// Words that open a subordinate clause, whose people are seldom what a later "he" means.
const SUBORDINATORS: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "whose", "when", "where", "why", "because", "if", "whether", "although", "though", "until"]);
/** "On that day's Today programme Mr Johnson was asked": "that" determining a time opens no clause. */
const determinesTime = (word: string, next: string | undefined): boolean =>
  word.toLowerCase() === "that" && next !== undefined && TIME_NOUN.test(next.toLowerCase().replace(/['’]s$/, ""));
// "Asked whether he was comfortable ..., Mr Howard told": an opening clause, to its comma.
const OPENING_CLAUSE = /^[^,]{0,200},\s+/;
// Enough of a sentence to see past its opening clause to the word that follows it.
const SENTENCE_HEAD_REACH = 220;
const PARTICIPLE = /(?:ing|ed)$/;
// A finite verb form: "said", "has", "believes", "was".
const FINITE = /^(?:is|was|has|had|have|will|would|could|can|may|might|must|should|did|does)$|[^s]s$|ed$/;
// The capitalised run a sighting starts, to see whether it is a possessive.
const NAME_AT = /^[\p{Lu}][\p{L}\p{M}.'\u2019-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'\u2019-]*)*/u;
// A word's full stop that ends a sentence inside such a run ("Ian Paisley. He"), not an initial's or "Gov."'s.
const SENTENCE_STOP_IN_RUN = /(?<=\p{Ll}{3})\.(?:\s|$)/u;
// A sentence's last words after a comma, a short speaker and its verb: ", the Tory leader said."
const CLOSING_SPEAKER = /,["\u201d\u2019']?\s+[^,;:"\u201c\u201d]{1,60}?\s(\p{Ll}+)[.!?]["\u201d\u2019']?\s*$/u;
// The word after a name, and the comma between them if any: "Panagopoulos, said", "King says".
const WORD_AFTER_NAME = /^(,?)\s+(\p{Ll}+)(?!\p{Ll})/u;
// A comma, or a comma closing a quote, right before a name and at most one title: ", Kostas", ",\" King".
const AFTER_COMMA = /,["\u201d\u2019']?\s*(?:\S+\s+)?$/;

function before(a: Position, b: Position): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset);
}

/** Inserts into a list kept in text order; sightings mostly arrive in order, so this is usually a push. */
function insertInOrder<T extends Position>(list: T[], item: T): void {
  let i = list.length;
  if (i === 0 || !before(item, list[i - 1]!)) {
    list.push(item);
    return;
  }
  let lo = 0;
  while (lo < i) {
    const mid = (lo + i) >> 1;
    if (before(item, list[mid]!)) i = mid;
    else lo = mid + 1;
  }
  list.splice(lo, 0, item);
}

function insertUnder<K>(index: Map<K, Sighting[]>, key: K, s: Sighting): void {
  const list = index.get(key);
  if (list) insertInOrder(list, s);
  else index.set(key, [s]);
}

/** How many of the ordered `list` stand before `at`. */
function countBefore(list: readonly Position[], at: Position): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!, at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastToken(name: string): string {
  const parts = name.split(/\s+/);
  return (parts[parts.length - 1] ?? "").toLowerCase();
}

/**
 * The capitalised words of a text that stand alone, where no sentence opens, possessives cut:
 * "Sean" of "I think Sean's situation", "Olof" of "a quiet word with Olof"; not "Barbara Bush".
 */
function lonePlainNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(LONE_NAME)) names.add(m[1]!);
  return names;
}
const LONE_NAME = /(?<=[\p{Ll},;] )(\p{Lu}\p{Ll}+)(?:['\u2019]s?)?(?![\p{L}'\u2019])(?! \p{Lu})/gu;

export class NameBook {
  private readonly people = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person[]>();
  /**
   * Sightings of known people, in text order, by paragraph (for pronoun look-back, which reads
   * two paragraphs) and by person (for the nearest namesake): a long article names one person
   * thousands of times, so neither look-up may walk the whole article.
   */
  private readonly byParagraph = new Map<number, Sighting[]>();
  private readonly byPerson = new Map<Person, Sighting[]>();
  /** Speakers noted during attribution, kept apart so noting appends instead of splicing into byPerson. */
  private readonly notedByPerson = new Map<Person, Sighting[]>();
  /** Mentions of the article's organisations, in text order, for "the company said". */
  private readonly bodies: Body[];
  private readonly sentenceStartsByParagraph = new Map<number, number[]>();
  /** Descriptions that spoke, by lower-case text, kept apart from the people named. */
  private readonly descriptions = new Map<string, Person>();
  /** Where a mention's following pronoun has been counted: the entity mentions and the surname scan meet. */
  private readonly votedAt = new Set<string>();
  /** How the article writes its organisations' names, for "the Sale player", "the Chelsea striker". */
  private readonly bodyNames: ReadonlySet<string>;

  /** `people` are the entity module's; without them (undefined) full names are found here. */
  constructor(private readonly paragraphs: readonly string[], people: readonly Entity[] | undefined, quotes: readonly QuoteSpan[], organizations: readonly Entity[] = []) {
    this.bodies = organizations.flatMap((o) => o.mentions.map((m) => ({ name: o.name, paragraph: m.paragraph, offset: m.start })))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    this.bodyNames = new Set(organizations.flatMap((o) => o.mentions.map((m) => m.surface)));
    const sightings: Sighting[] = [];
    for (const e of people ?? []) {
      const p = this.add(e.name, e.gender);
      for (const m of e.mentions) {
        sightings.push({ person: p, paragraph: m.paragraph, offset: m.start });
        const text = paragraphs[m.paragraph] ?? "";
        this.noteTitles(p, text.slice(Math.max(0, m.start - TITLE_REACH), m.start));
        this.vote(p, m.paragraph, m.end);
      }
    }
    // The entity module has already found the article's people, even where it found none: a
    // capitalised pair it did not take ("Some Citigroup operations") is no one.
    if (people === undefined) paragraphs.forEach((text, i) => this.scanFullNames(text, i, sightings));
    paragraphs.forEach((text, i) => this.scanSurnames(text, i, sightings));
    this.scanRoles(paragraphs, sightings);
    sightings.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    // A name inside a quote is what the speaker talks about, never what a pronoun outside refers to.
    let q = 0;
    for (const s of sightings) {
      while (q < quotes.length && before({ paragraph: quotes[q]!.paragraph, offset: quotes[q]!.end - 1 }, s)) q++;
      const quote = quotes[q];
      if (!quote || quote.paragraph !== s.paragraph || s.offset < quote.start) {
        insertUnder(this.byParagraph, s.paragraph, s);
        insertUnder(this.byPerson, s.person, s);
      }
    }
  }

  /** The full name a surface form stands for at `at`, or the surface itself. */
  resolve(surface: string, at: Position, gender?: Gender): string {
    const exact = this.people.get(surface.toLowerCase());
    if (exact) return exact.name;
    const words = surface.split(/\s+/);
    const first = words[0]!.toLowerCase();
    // "Mr. Obama" is not Michelle Obama; "Claire McCaskill" is not another McCaskill.
    // "Van Nistelrooy" of "Ruud van Nistelrooy": a surname of several words after the given name.
    const afterGiven = (name: string): boolean => {
      const [given = "", ...rest] = name.toLowerCase().split(" ");
      return isFirstName(given) && rest.join(" ") === surface.toLowerCase();
    };
    const fits = (this.bySurname.get(lastToken(surface)) ?? []).filter((p) => {
      if (words.length > 1 && !p.name.toLowerCase().startsWith(first) && !afterGiven(p.name)) return false;
      const g = this.decide(p);
      return !gender || !g || g === gender;
    });
    if (fits.length > 0) return this.nearest(fits, at).name;
    if (words.length > 1) return surface;
    // "Ozzy said": a given name alone is the one person the article gives it to.
    const byGiven = [...this.people.values()].filter((p) => p.name.includes(" ") && p.name.split(/\s+/)[0]!.toLowerCase() === first);
    if (byGiven.length === 1) return byGiven[0]!.name;
    // "Montieth said" of "David Monteith": the article's own misspelling of a surname it gave.
    const misspelt = [...this.people.values()].filter((p) => p.name.includes(" ") && oneSlipApart(p.surname, first));
    return misspelt.length === 1 ? misspelt[0]!.name : surface;
  }

  /** Whether a single capitalised word is a person the article names in full. */
  knowsSurname(word: string): boolean {
    return this.bySurname.has(word.toLowerCase());
  }

  /** Whether a name is a person the article names: in full, or by a surname it gives in full. */
  knowsPerson(name: string): boolean {
    return this.people.has(name.toLowerCase()) || this.bySurname.has(lastToken(name));
  }

  /** Whether the article names an organisation so ("Chelsea", "Labour"). */
  knowsOrganization(surface: string): boolean {
    return this.bodyNames.has(surface);
  }

  /** Whether a person is named in paragraph `paragraph` between offsets `from` and `to`. */
  namesPersonBetween(paragraph: number, from: number, to: number): boolean {
    return this.sightingsBetween(paragraph, from, to).length > 0;
  }

  /** The one person a paragraph names between two offsets, and where first; null if none or several. */
  onlyPersonBetween(paragraph: number, from: number, to: number): { name: string; offset: number } | null {
    const sightings = this.sightingsBetween(paragraph, from, to);
    const only = sightings[0]?.person;
    return only && sightings.every((s) => s.person === only) ? { name: only.name, offset: sightings[0]!.offset } : null;
  }

  private sightingsBetween(paragraph: number, from: number, to: number): Sighting[] {
    return (this.byParagraph.get(paragraph) ?? []).filter((s) => s.offset >= from && s.offset < to);
  }

  /** Records that `name` spoke at `at`, so later pronouns can find people known only by surname. */
  noteSpeaker(name: string, at: Position, gender: Gender | undefined): void {
    const s: Sighting = { person: this.add(name, gender), paragraph: at.paragraph, offset: at.offset, spoke: true };
    insertUnder(this.byParagraph, s.paragraph, s);
    insertUnder(this.notedByPerson, s.person, s);
  }

  /**
   * Records that an unnamed person described so spoke at `at` ("A spokesman for the British
   * Casino Association said ..."), so that "he said" after it is theirs and not the last man
   * named. A description is never a name: `resolve` and the surname look-ups do not see it.
   */
  noteDescription(text: string, at: Position): void {
    const key = text.toLowerCase();
    let p = this.descriptions.get(key);
    if (!p) {
      // "spokeswoman for the DCA", "Department for Constitutional Affairs spokeswoman".
      const gender = genderFromTitle(sourceHead(text));
      p = { name: text, surname: "", titles: new Set(), roles: new Set(), votes: { male: 0, female: 0 }, described: true, ...(gender ? { gender } : {}) };
      this.descriptions.set(key, p);
    }
    insertUnder(this.byParagraph, at.paragraph, { person: p, paragraph: at.paragraph, offset: at.offset, spoke: true });
  }

  /**
   * Whom a description in the opening sentence stands for: the subject of the next paragraph's
   * first sentence, news's delayed identification ("Scotland's justice minister has warned ...
   * "where it hurts most" ... / Cathy Jamieson said"), unless the lede names them already.
   */
  ledeSubject(at: Position): string | null {
    if (at.paragraph !== 0 || this.sentenceStart(at) !== 0) return null;
    const first = (this.byParagraph.get(1) ?? []).filter((s) => this.sentenceStart(s) === 0);
    const subject = first.find((s) => this.roleOf(s, this.leadIn(s, 0)) === "subject");
    const lede = this.byParagraph.get(0) ?? [];
    return subject && !lede.some((s) => s.person === subject.person) ? subject.person.name : null;
  }

  /**
   * The unnamed source a definite description at `at` takes up ("the band's spokesman" after
   * "an REM spokesman"): the last one described before with the same head word, or null.
   */
  earlierDescription(text: string, at: Position): string | null {
    const head = sourceHead(text);
    for (let paragraph = at.paragraph; paragraph >= 0; paragraph--) {
      const list = this.byParagraph.get(paragraph) ?? [];
      for (let i = (paragraph === at.paragraph ? countBefore(list, at) : list.length) - 1; i >= 0; i--) {
        const p = list[i]!.person;
        if (p.described && p.name.toLowerCase() !== text.toLowerCase() && sourceHead(p.name) === head) return p.name;
      }
    }
    return null;
  }

  /**
   * Who "he" or "she" at `at` stands for: a person's name, or a description that spoke, or
   * null. One of unknown gender, named in full, is taken where they speak in a sentence nearer
   * than anyone of that gender ("Parul Jain, deputy chief economist at Nomura, said consumer
   * spending would rise. "...," he said" is not the Steve Gallagher of the paragraph before), or
   * where no one of that gender is in reach and the look-back would stop at them anyway ("SMFG
   * President Yoshifumi Nishikawa said ... "..." he said"); otherwise not: a wrong guess puts
   * words in the wrong mouth, null only says the text does not tell.
   */
  pronounReferent(at: Position, gender: Gender, closing = false, quote = ""): { name: string; described: boolean } | null {
    // "... his international future. "I think Sean's situation is ...," he said": whom the quote
    // calls by their first name is talked about, not talking. Not by a surname, which speakers use
    // of themselves ("the peaceful Trump supporters") and which family members share ("the looming
    // presence of Barbara Bush"), nor by the full name ("it's not Bernie Sanders").
    const named = lonePlainNames(quote);
    const talkedAbout = (person: Person): boolean => !person.described && person.name.includes(" ") && named.has(person.name.split(" ")[0]!);
    // Named in full: a surname alone ("Heras said") is too little to hang a stray "he" on.
    const unsexed = (person: Person): boolean => this.decide(person) === undefined && person.name.includes(" ") && !talkedAbout(person);
    let p = this.lastPerson(at, (person) => this.decide(person) === gender && !talkedAbout(person), closing, unsexed);
    if (!p) {
      const nearest = this.lastPerson(at, (person) => !talkedAbout(person), closing);
      if (nearest && unsexed(nearest)) p = nearest;
    }
    return p ? { name: p.name, described: p.described === true } : null;
  }

  /**
   * The person before `at` that `accept` takes, named in the same or the previous paragraph:
   * news prose renames a speaker before a pronoun reaches further. Sentences are read back
   * from `at`; the first that names such a person gives its subject (the first named, if
   * several), else its last person named in the main clause; a person named only inside a
   * subordinate clause is passed over while an earlier sentence has better ("Tony Blair said
   * ... a court ruled that doctors could withdraw feeding from Tony Bland. "..." he said" is
   * Blair's), and one named after a preposition even while the paragraph before has ("The
   * changes proposed by Lord Dubs were "...", he said" is the previous paragraph's Lord Falconer's).
   * Those `asSpeaker` takes are offered too where they speak (see speaksNext), but not in the
   * sentence a closing pronoun ends.
   */
  private lastPerson(at: Position, accept: (p: Person) => boolean, closing = false, asSpeaker?: (p: Person) => boolean): Person | null {
    let passive: Sighting | undefined;
    const own = closing ? this.sentenceStart(at) : -1;
    for (const paragraph of [at.paragraph, at.paragraph - 1]) {
      const list = this.byParagraph.get(paragraph) ?? [];
      let embedded: Sighting | undefined;
      let i = countBefore(list, at) - 1;
      while (i >= 0) {
        const sentence = this.sentenceStart(list[i]!);
        // In the sentence a pronoun closes an owner is what is spoken of: "Mr Bush's first task was
        // to "...", he said" is the words of whoever was speaking before.
        const spokenOf = paragraph === at.paragraph && sentence === own;
        const named: Sighting[] = [];
        for (; i >= 0 && this.sentenceStart(list[i]!) === sentence; i--) {
          const person = list[i]!.person;
          const speaking = !spokenOf && asSpeaker !== undefined && asSpeaker(person) && this.speaksNext(list, i);
          if ((accept(person) || speaking) && !(spokenOf && POSSESSIVE.test(this.nameAt(list[i]!).name))) named.unshift(list[i]!);
        }
        const leadIns = named.map((s) => this.leadIn(s, sentence));
        const roles = named.map((s, j) => (s.spoke ? "subject" : this.roleOf(s, leadIns[j]!)));
        // "Nielsen had panicked that ..., Greer said.": who speaks at the sentence's end is its subject.
        // So is who spoke in a sentence a description closes, over a subject it reports on: "Mr Brown
        // liked to rattle off "..." ..., the Tory leader said. "..." he said" is the Tory leader's.
        const closed = named.some((s) => s.spoke) && this.closesOnSpeaker(paragraph, sentence);
        const speaker = named.findIndex((s) => this.saysLast(s) || (closed && s.spoke));
        const subject = speaker >= 0 ? speaker : roles.indexOf("subject");
        if (subject >= 0) return named[subject]!.person;
        // "He then recovered to beat Luca Verdecchia", "And he repeated what a great man Gordon
        // was": a sentence about someone named before hands the look-back on past the people it names.
        const opening = this.sentenceHead(paragraph, sentence, sentence + SENTENCE_HEAD_REACH);
        if (PRONOUN_SUBJECT.test((this.paragraphs[paragraph] ?? "").slice(sentence, sentence + 12)) || PRONOUN_SUBJECT.test(opening)) continue;
        const main = roles.lastIndexOf("main");
        if (main >= 0) return named[main]!.person;
        // "proposed by Lord Dubs", "thrown at United boss Sir Alex Ferguson": named after a preposition.
        const last = named.length - 1;
        if (last >= 0 && OWNER_AFTER.has(leadIns[last]!.previous ?? "")) passive ??= named[last];
        else embedded ??= named[last];
      }
      if (embedded) return embedded.person;
    }
    return passive?.person ?? null;
  }

  /**
   * The person a definite description stands for ("the cardinal", "the Dutchman", "the
   * 30-year-old"), or null. A role the article put before someone's name ("Cardinal Cormac
   * Murphy-O'Connor", "Tottenham manager Martin Jol") is that person's, the nearest such; a
   * nationality, an age or a sportsman's epithet is the person the pronoun rules would take.
   * Others ("the spokesman" for no one named so, "the company") stay descriptions.
   */
  epithetReferent(text: string, at: Position): string | null {
    const words = descriptionWords(text);
    const head = titleKey(words[words.length - 1]!);
    // The head must be what the person is and every other word one of theirs: "the committee"
    // is not "committee chairman Michael Jack", "the Wisconsin Republican" not Donald Trump.
    const wanted = words.map(titleKey);
    const titled = [...this.people.values()].filter((p) => p.roles.has(head) && wanted.every((w) => p.titles.has(w)) && !qualifiedOtherwise(p, wanted));
    if (titled.length > 0) return this.nearest(titled, at).name;
    // "the two-time champion", "the Newport-based athlete", "the Sale player" (a club the article names); not "the Lincoln actor".
    const plainModifiers = words.slice(0, -1).every((w) => w === w.toLowerCase() || w.includes("-") || this.bodyNames.has(w) || isClubName(w));
    // "the Tory leader": a party's leader, whom the article may have named so only after his name, is as much an epithet;
    // so is "the prime minister", whom a British paper names "Mr Blair" and no more.
    const role = EPITHETS.has(head) || (head === "leader" && words.length === 2 && this.bodyNames.has(words[0]!))
      || (wanted[0] === "prime" && head === "minister");
    if (!plainModifiers || !(role || AGE.test(head) || (isDemonym(words[words.length - 1]!) && !/[^s]s$/.test(head)))) return null;
    const gender = /(?:^|[^o])man$/.test(head) ? "male" : undefined;
    // "the defender" is no one the article calls a boss; "the Gloucester fly-half" may be one it calls a player.
    const person = this.lastPerson(at, (p) => !p.described && (!gender || this.decide(p) === gender)
      && (!role || ![...p.roles].some((r) => r !== head && !GENERIC_EPITHETS.has(r) && !isHonorificWord(r) && (EPITHETS.has(r) || TITLE_WORDS.has(r)))));
    return person?.name ?? null;
  }

  /**
   * The organisation "the company", "the bank" stands for: of those named before `at` in the
   * same or the previous paragraph, the one that `spoke` last, else the last named.
   */
  organizationReferent(text: string, at: Position, spoke: string | null): string | null {
    // A plain noun ("the radio station", "the oil firm"); "the BLM group" says which.
    const words = text.split(/\s+/);
    if (words.length > 3 || words.some((w) => w !== w.toLowerCase()) || !BODY_NOUNS.has(words[words.length - 1]!)) return null;
    let last: string | null = null;
    let subject: string | null = null;
    for (const body of this.bodiesBefore(at)) {
      // The one that last spoke comes first: "Radio 1 said ... Rob Da Bank ... said the radio station".
      if (body.name === spoke) return spoke;
      // Then one a sentence is about: "EMI said two albums - one by Coldplay and one by Gorillaz -
      // ... "...," the company added".
      subject ??= this.opensItsSentence(body) ? body.name : null;
      last ??= body.name;
    }
    return subject ?? last;
  }

  /**
   * The organisation "it" at `at` stands for when none has spoken: the one that opens the
   * nearest sentence before it, in the same or the previous paragraph ("The American Film
   * Institute (AFI) hailed Mel Gibson's biblical epic ... It claimed both film-makers "...""),
   * if no sentence between has a person for its subject.
   */
  subjectOrganization(at: Position): string | null {
    for (const body of this.bodiesBefore(at)) {
      if (!this.opensItsSentence(body)) continue;
      const people = this.byParagraph.get(body.paragraph) ?? [];
      // "The AFI hailed ... Mr Moore said ... It": a person who is a sentence's subject since is who the text is about.
      const since = [...people, ...(body.paragraph < at.paragraph ? this.byParagraph.get(at.paragraph) ?? [] : [])]
        .some((p) => before(body, p) && before(p, at) && this.roleOf(p, this.leadIn(p, this.sentenceStart(p))) === "subject");
      return since ? null : body.name;
    }
    return null;
  }

  /** The organisations named before `at` in its paragraph and the one before, the nearest first. */
  private *bodiesBefore(at: Position): Generator<Body> {
    for (let i = countBefore(this.bodies, at) - 1; i >= 0 && this.bodies[i]!.paragraph >= at.paragraph - 1; i--) yield this.bodies[i]!;
  }

  /** Whether an organisation's mention opens its sentence, so is its subject: "EMI said", "The AFI hailed". */
  private opensItsSentence(body: Position): boolean {
    return ORGANIZATION_OPENS.test((this.paragraphs[body.paragraph] ?? "").slice(this.sentenceStart(body), body.offset));
  }

  /** Keeps the title and role words that stand right before a mention of `p`. */
  private noteTitles(p: Person, before: string): void {
    const words = before.split(/\s+/).filter((w) => w !== "");
    const isPart = (w: string) => (isTitleWord(w) || QUALIFIERS.has(w.toLowerCase())) && !ARTICLES.has(w);
    const last = words.length - 1;
    // "London mayor Mr Livingstone": the role stands before an honorific.
    const roleAt = last > 0 && isHonorificWord(titleKey(words[last]!)) ? last - 1 : last;
    let k = last;
    for (; k >= 0 && isPart(words[k]!); k--) {
      if (k === last || k === roleAt) p.roles.add(titleKey(words[k]!));
      p.titles.add(titleKey(words[k]!));
    }
    // A plain noun right before the role may be one of the titles, with only a qualifier before it:
    // "courts minister Christopher Leslie" is "the courts minister", and "Shadow home secretary
    // David Davis" is no "home secretary". A word that is not ("said courts minister") only lets a
    // description no one writes match.
    const adjunct = words[k];
    if (k !== last - 1 || adjunct === undefined || !NOUN_ADJUNCT.test(adjunct) || ARTICLES.has(adjunct) || OWNER_AFTER.has(adjunct)) return;
    p.titles.add(adjunct);
    const qualifier = words[k - 1]?.toLowerCase();
    if (qualifier !== undefined && QUALIFIERS.has(qualifier)) p.titles.add(qualifier);
  }

  /** Where a paragraph's sentences start; each paragraph is split once, not per look. */
  sentenceStartsOf(paragraph: number): readonly number[] {
    let starts = this.sentenceStartsByParagraph.get(paragraph);
    if (!starts) {
      starts = sentenceStarts(this.paragraphs[paragraph] ?? "");
      this.sentenceStartsByParagraph.set(paragraph, starts);
    }
    return starts;
  }

  /** Where the sentence holding a position ends: the next one's start, or the paragraph's end. */
  private sentenceEnd(s: Position): number {
    return this.sentenceStartsOf(s.paragraph).find((start) => start > s.offset) ?? (this.paragraphs[s.paragraph] ?? "").length;
  }

  /** Where the sentence holding a position starts. */
  private sentenceStart(s: Position): number {
    const starts = this.sentenceStartsOf(s.paragraph);
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= s.offset) lo = mid + 1;
      else hi = mid;
    }
    return starts[lo - 1] ?? 0;
  }

  /**
   * Whether the sighting `list[i]` speaks: it is a quote's speaker, or the first speech verb of its
   * sentence after it comes before anyone else is named ("Parul Jain, deputy chief economist at
   * Nomura, said"; not "Moazzam Begg was freed ..., and Azmat Begg said").
   */
  private speaksNext(list: readonly Sighting[], i: number): boolean {
    const s = list[i]!;
    if (s.spoke) return true;
    const text = this.paragraphs[s.paragraph] ?? "";
    for (const word of text.slice(s.offset, this.sentenceEnd(s)).matchAll(/\p{L}+/gu)) {
      if (!SPEECH_VERBS.has(word[0].toLowerCase())) continue;
      const verb = s.offset + word.index!;
      return !list.some((other) => other.person !== s.person && other.offset > s.offset && other.offset < verb);
    }
    return false;
  }

  /** Whether the sentence at `sentence` ends on a speaker and a speech verb after a comma: "..., the Tory leader said." */
  private closesOnSpeaker(paragraph: number, sentence: number): boolean {
    const text = this.paragraphs[paragraph] ?? "";
    const verb = CLOSING_SPEAKER.exec(text.slice(sentence, this.sentenceEnd({ paragraph, offset: sentence })))?.[1];
    return verb !== undefined && SPEECH_VERBS.has(verb);
  }

  /**
   * The sentence at `sentence` up to `end`, past an opening clause ("Asked whether ..., ") and a
   * relative clause set off inside it ("Having worked closely with Mr Cantalupo, who came out of
   * retirement ..., ").
   */
  private sentenceHead(paragraph: number, sentence: number, end: number): string {
    const text = (this.paragraphs[paragraph] ?? "").slice(sentence, end);
    const opener = (/^\S+/.exec(text)?.[0] ?? "").toLowerCase();
    if (!OPENERS.has(opener) && !PARTICIPLE.test(opener)) return text;
    const rest = text.replace(OPENING_CLAUSE, "");
    // A relative clause set off inside the opening clause goes with it.
    return CLAUSE_RELATIVES.has((/^\p{L}+/u.exec(rest)?.[0] ?? "").toLowerCase()) ? rest.replace(OPENING_CLAUSE, "") : rest;
  }

  /** The capitalised run a sighting starts ("Nigel Waterson", "Williams'") and the text after it. */
  private nameAt(s: Sighting): { name: string; after: string } {
    const text = (this.paragraphs[s.paragraph] ?? "").slice(s.offset);
    const run = NAME_AT.exec(text)?.[0] ?? "";
    const stop = SENTENCE_STOP_IN_RUN.exec(run);
    const name = stop ? run.slice(0, stop.index) : run;
    return { name, after: text.slice(name.length) };
  }

  /** Whether a sighting is the speaker a sentence ends on: "..., Greer said.", "..., Lord Holme said." */
  private saysLast(s: Sighting): boolean {
    const text = this.paragraphs[s.paragraph] ?? "";
    if (!AFTER_COMMA.test(text.slice(Math.max(0, s.offset - TITLE_REACH), s.offset))) return false;
    const verb = /^\s+(\p{Ll}+)[.!?]/u.exec(this.nameAt(s).after)?.[1];
    return verb !== undefined && SPEECH_VERBS.has(verb);
  }

  /**
   * Whether the words after a name have it speak, wherever a clause before it puts it: "The head of
   * that tribunal, Kostas Panagopoulos, said", "... is that we're a double act," King says"; not
   * "Mr Blair claiming" nor "... over Mr Trump, said on the show".
   */
  private speaksHere(after: string, before: string, subordinate: boolean): boolean {
    const verb = WORD_AFTER_NAME.exec(after);
    if (!verb || !SPEECH_VERBS.has(verb[2]!) || verb[2]!.endsWith("ing")) return false;
    // After a comma or a quote the name starts the main clause again; else not inside a reported
    // one ("The Post reported that Klein said he was").
    return AFTER_COMMA.test(before) || (verb[1] === "" && !subordinate);
  }

  /** Whether a verb comes right after the name a sighting starts: "Nigel Waterson said", "Smith has". */
  private verbFollows(s: Sighting): boolean {
    const next = /^\s+(\p{Ll}+)/u.exec(this.nameAt(s).after)?.[1];
    return next !== undefined && (SPEECH_VERBS.has(next) || FINITE.test(next));
  }

  /** The sentence's text before a sighting, its words, and the word before the sighting's titles ("by" in "by chairman Tim Phillips"). */
  private leadIn(s: Sighting, sentence: number): LeadIn {
    const before = this.sentenceHead(s.paragraph, sentence, s.offset);
    const words = before.split(/\s+/).filter((w) => w !== "").map((w) => w.replace(/,$/, ""));
    let k = words.length;
    while (k > 0 && isTitleWord(words[k - 1]!)) k--;
    return { before, words, k, previous: words[k - 1]?.toLowerCase() };
  }

  /**
   * What part a sighting plays in its sentence. "subject": it opens the sentence or a clause in
   * it, past an opening clause and its own titles ("Asked ..., Mr Howard told", "... but
   * captain Fabien Pelous sees"), or follows a verb that opens its clause ("Also, said Mr
   * Flynn"). "embedded": it stands in a subordinate or reported clause ("a court ruled that
   * ...", "Police said Michael Ferguson posed"). "main": elsewhere in the main clause ("came
   * from Brian Gammage"), or a possessive.
   */
  private roleOf(s: Sighting, { before, words, k, previous }: LeadIn): "subject" | "main" | "embedded" {
    const inverted = previous !== undefined && SPEECH_VERBS.has(previous) && (k === 1 || before.includes(`, ${words[k - 1]}`));
    const name = this.nameAt(s);
    const subordinate = words.some((w, j) => SUBORDINATORS.has(w.toLowerCase()) && !determinesTime(w, words[j + 1]));
    const possessive = POSSESSIVE.test(name.name);
    // "... but captain Fabien Pelous sees", "... and Tory MP Nigel Waterson said"; not "... The
    // Incredibles and Indiana Jones.", the end of a list, where no verb follows the name.
    const opensClause = previous !== undefined && CLAUSE_OPENERS.has(previous) && (previous !== "and" || this.verbFollows(s));
    if (!possessive && (previous === undefined || opensClause || inverted || this.speaksHere(name.after, before, subordinate))) return "subject";
    // What a speech verb reports is as subordinate as a that-clause: "Police said Michael Ferguson posed a danger".
    const reported = previous !== undefined && SPEECH_VERBS.has(previous) && !before.includes(`${words[k - 1]},`);
    const owned = possessive && OWNER_AFTER.has(previous ?? "");
    const agent = !possessive && previous === "by";
    return owned || agent || reported || subordinate ? "embedded" : "main";
  }

  private add(name: string, gender?: Gender): Person {
    const key = name.toLowerCase();
    let p = this.people.get(key);
    if (!p) {
      p = { name, surname: lastToken(name), titles: new Set(), roles: new Set(), votes: { male: 0, female: 0 } };
      this.people.set(key, p);
      const list = this.bySurname.get(p.surname) ?? [];
      list.push(p);
      this.bySurname.set(p.surname, list);
    }
    if (gender && !p.gender) p.gender = gender;
    return p;
  }

  private decide(p: Person): Gender | undefined {
    if (p.gender) return p.gender;
    const byName = genderFromFirstName(p.name);
    if (byName) return byName;
    if (p.votes.male !== p.votes.female) return p.votes.male > p.votes.female ? "male" : "female";
    return undefined;
  }

  /** The candidate seen last before `at`, else the first seen after it. */
  private nearest(candidates: Person[], at: Position): Person {
    let best: Sighting | undefined;
    let firstAfter: Sighting | undefined;
    for (const person of candidates) {
      for (const list of [this.byPerson.get(person) ?? [], this.notedByPerson.get(person) ?? []]) {
        const n = countBefore(list, at);
        const last = list[n - 1];
        if (last && (!best || before(best, last))) best = last;
        const next = list[n];
        if (next && (!firstAfter || before(next, firstAfter))) firstAfter = next;
      }
    }
    return (best ?? firstAfter)?.person ?? candidates[0]!;
  }

  private scanFullNames(text: string, paragraph: number, sightings: Sighting[]): void {
    for (const m of text.matchAll(NAME_RUN)) {
      const words = m[0].split(/\s+/);
      let cut = -1;
      words.forEach((w, i) => {
        const bare = w.replace(/\.$/, "").toLowerCase();
        if (TITLE_WORDS.has(bare) || (NON_NAME_WORDS.has(bare) && !isCalendarSurname(bare, words[i - 1]?.toLowerCase()))) cut = i;
      });
      const title = cut >= 0 ? words[cut]! : "";
      const name = words.slice(cut + 1);
      if (name.length < 2 || name.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(POSSESSIVE, "")))) continue;
      name[name.length - 1] = name[name.length - 1]!.replace(POSSESSIVE, "");
      const p = this.add(name.join(" "), genderFromTitle(title));
      this.noteTitles(p, text.slice(Math.max(0, m.index - TITLE_REACH), m.index) + words.slice(0, cut + 1).join(" "));
      this.vote(p, paragraph, m.index + m[0].length);
      // Where the name starts, past its titles ("Mr", "Lord"), whatever follows it ("Williams'").
      const start = cut >= 0 ? m[0].indexOf(name[0]!, words.slice(0, cut + 1).join(" ").length) : 0;
      sightings.push({ person: p, paragraph, offset: m.index + start });
    }
  }

  /**
   * "The cardinal used a Christmas message ...": an office the article gave one person alone,
   * with "the", names that person again, so a "he" after it can reach them. Not a trade: "the
   * actress" may be another than the one actress named.
   */
  private scanRoles(paragraphs: readonly string[], sightings: Sighting[]): void {
    const holders = new Map<string, Person | null>();
    for (const p of this.people.values()) {
      if (qualifiedOtherwise(p, [])) continue;
      for (const role of p.roles) if (isOffice(role) || CHURCH_AND_CROWN.has(role)) holders.set(role, holders.has(role) ? null : p);
    }
    if (holders.size === 0) return;
    paragraphs.forEach((text, paragraph) => {
      for (const m of text.matchAll(ROLE_MENTION)) {
        const person = holders.get(m[1]!.toLowerCase());
        if (person) sightings.push({ person, paragraph, offset: m.index });
      }
    });
  }

  private scanSurnames(text: string, paragraph: number, sightings: Sighting[]): void {
    for (const m of text.matchAll(CAPITALISED_WORD)) {
      const word = m[0].replace(POSSESSIVE, "").toLowerCase();
      const list = this.bySurname.get(word);
      if (!list || list.length !== 1) continue;
      const p = list[0]!;
      const titled = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
      if (titled && !p.gender) p.gender = genderFromTitle(titled[1]!);
      this.vote(p, paragraph, m.index + m[0].length);
      sightings.push({ person: p, paragraph, offset: m.index });
    }
  }

  /** Counts the pronoun after a mention ending at `end`, once however many scans find the mention there. */
  private vote(p: Person, paragraph: number, end: number): void {
    const at = `${paragraph}:${end}`;
    if (this.votedAt.has(at)) return;
    this.votedAt.add(at);
    const g = genderFromFollowingPronoun((this.paragraphs[paragraph] ?? "").slice(end, end + VOTE_REACH));
    if (g) p.votes[g]++;
  }
}
