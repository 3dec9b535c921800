// Named entities of one article: people, places and organisations, each with every
// surface form it was seen under, aliases merged. Two passes over the name runs: the
// first settles the runs that say what they are by themselves (full names, gazetteer
// places, organisation shapes, table aliases); the second settles single words against
// what the first found ("Bali" after "Mustafa Bali", "SDF" after "Syrian Democratic
// Forces", "Baghouz" after "Al-Baghouz") and against the words around them.
import type { ArticleText, Entity, EntitySet, Gender, Mention } from "./types.ts";
import { findNameRuns, isAcronym, isPluralAcronym, type NameRun, type Token } from "./names.ts";
import { isHonourAfterName, isSeatLetters, isPeerage, isSurnameTitle, isJobTitle, isOfficeTitle, isTitle, isRole, titleGender } from "./titles.ts";
import {
  hasOrgShape, initials, isClubName, isClubOnlyName, isEventHead, isKnownOrganization, isOrgHead, leadsServiceName, mayBeOrgAcronym, opensComplement,
} from "./organizations.ts";
import {
  GEOGRAPHIC_SUFFIX, hasPlaceShape, isCompassWord, isContinent, isPlaceHead, isPlaceOnlyHead, locativeContext, opensPlaceComplement, placeNounContext,
  placePrepositionBefore,
} from "./places.ts";
import { isCountryName, isUnambiguousPlace, lookupPlace } from "./gazetteer.ts";
import { canonicalName, lookupAlias, type AliasEntry, type EntityKind } from "./aliases.ts";
import { oneSlipApart, translitKey } from "./transliteration.ts";
import {
  firstNameGender, isCalendarSurname, isCalendarWord, isCommonFirstName, isEitherSexName, isCoreWord, isDemonym, isFirstName, isPluralWord, isWord,
} from "./lexicon.ts";
import { PLURAL_PRESENT_FORMS, SPEECH_VERBS } from "./speechVerbs.ts";
import { wordAfter, wordsBefore } from "./context.ts";
import { SIDE_ROLES, isSportingReport, teamCue, type TeamCue } from "./teams.ts";

/** Words that never begin a name, capitalised or not. */
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "in", "on", "at", "by", "for", "of", "to", "and", "but", "or", "so", "if", "as", "it", "he",
  "she", "we", "they", "i", "this", "that", "these", "those", "his", "her", "their", "our", "its", "my",
  "with", "from", "after", "before", "while", "when", "where", "what", "who",
]);
/** Short words shouted in capitals ("WHO WAS OSCAR?", "ANY idea"), like the function words; "UPS" and "ITV" are firms. */
const SHOUTED_WORDS = new Set(["any", "all", "was", "were", "is", "are", "be", "not", "no", "how", "why", "me", "you", "yes"]);

/**
 * The speech-verb tests read the next word and look it up in the shared lexicon: a
 * regex alternation of every inflection would try each of them at every call.
 */
/** "Heras said", "Mohammed told", "Felat, 34, said", "Bali pointed out"; not "an Ofcom report found". */
const WORD_AFTER = /^(?:,\s+\d{1,3},)?\s+([a-z]+)(?:\s+(out)\b)?/;
function speechVerbAfter(after: string): boolean {
  const m = WORD_AFTER.exec(after);
  if (m === null) return false;
  const phrase = `${m[1]} out`;
  const verb = m[2] !== undefined && SPEECH_VERBS.has(phrase) ? phrase : m[1]!;
  return SPEECH_VERBS.has(verb) && !PLURAL_PRESENT_FORMS.has(verb);
}
/** "Ciyager, an official with the Kurdish-led Syrian Democratic Forces, says": an appositive, then a speech verb. */
const APPOSITIVE = /^,\s+(?:a|an|the)\s[^.;"“”]{0,120}/;
const COMMA_WORD = /,\s+([a-z]+)/g;
function appositiveSpeech(after: string): boolean {
  const appositive = APPOSITIVE.exec(after)?.[0];
  if (!appositive) return false;
  for (const m of appositive.matchAll(COMMA_WORD)) if (SPEECH_VERBS.has(m[1]!)) return true;
  return false;
}
const APPOSITIVE_ROLE = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?([a-z]+)\b/u;
/** "Agence France-Presse (AFP)", "Islamic State (IS, formerly ISIS/ISIL)". */
const PARENTHESIS = /\s*\(([^()]{1,60})\)/y;
/** Whether a parenthesis opens right after `end`: almost never, so the regex is spared. */
const parenthesisAt = (text: string, end: number): boolean => text[end] === "(" || (text[end] === " " && text[end + 1] === "(");
const PAREN_FILLER = /\b(?:formerly|also|known|as|aka|or|and)\b/g;
/** The separator between two items of a list, before an item ("IBM and ", "IBM, and ") and after it (", IBM"). */
const LIST_BEFORE = /(?:,|,?\s(?:and|or))\s$/;
const LIST_AFTER = /^(?:,|,?\s(?:and|or))\s/;
/** A comma joins list items only in a list that goes on to "and" or "or" ("Sony, IBM and Toshiba"; not "On ITV, Mandelson said"). */
const LIST_GOES_ON = /^(?:,\s+\p{Lu}[^\s,]*(?:\s+\p{Lu}[^\s,]*)*)*,?\s+(?:and|or)\s+\p{Lu}/u;
/** Enough for an appositive ("Ciyager, an official with the Kurdish-led Syrian Democratic Forces, says"). */
const AFTER_WINDOW = 140;
/** British papers known by one word, a word too ("the Times", "the Sun"); "the Guardian" is in the alias table. */
const NEWSPAPERS = new Set(["Times", "Independent", "Observer", "Sun", "Mirror", "Telegraph", "Scotsman", "Herald"]);
/** What a Sunday paper is called after "Sunday" ("the Sunday Times", "Sunday Telegraph"), where the day would end a name. */
const SUNDAY_PAPERS = new Set(["Times", "Telegraph", "Mirror", "Express", "Independent"]);
/** A paper the alias table names "... on Sunday" after this word ("the Mail on Sunday", "the Independent on Sunday"). */
const onSundayPaper = (word: Token): boolean => lookupAlias(`${word.text} on Sunday`) !== undefined;
/** "Sunday" inside a paper's name: "the Sunday Times", "the Mail on Sunday". */
const sundayPaper = (t: Token, prev: Token | undefined, next: Token | undefined, last: Token | undefined): boolean =>
  t.lower === "sunday" && ((next !== undefined && SUNDAY_PAPERS.has(next.text)) || (prev?.lower === "on" && last !== undefined && onSundayPaper(last)));
/**
 * A team sheet's item: a name of up to four words, a substitution or a club in brackets after it ("O'Shea
 * (Ronaldo 33)"), one player for another ("Skivington for Shaw (71)"), or the captain's mark ("capt").
 */
const SHEET_ITEM = /^\s*(?:(?:\p{Lu}[\p{L}'’.-]*|for|capt)\s*){1,4}(?:\([^)]*\)\s*)?$/u;
/** Labels of a team sheet's lists of players, however short the list ("Subs Not Used: Howard, Bellion."). */
const SHEET_LABEL = /^(?:Subs(?: Not Used)?|Substitutes|Replacements|Reserves|Booked|Sent off)$/;
/**
 * Whether the word at `at` is an item, not a bracketed club, of a list of names that makes a sentence or follows
 * a label, four or more or a list of players: "Italy: De Marigny; Mi Bergamasco, Canale, Masi", "Subs Not Used:
 * Warrington, Maloney", a paragraph of its own under its team's name ("Hislop, Griffin, Primus, De Zeeuw, ...").
 */
function onTeamSheet(text: string, at: number): boolean {
  if (text.lastIndexOf("(", at) > text.lastIndexOf(")", at)) return false;
  const colon = text.lastIndexOf(":", at), sentence = text.lastIndexOf(".", at);
  const label = colon > sentence ? text.slice(text.lastIndexOf(".", colon) + 1, colon).trim() : "";
  const stop = text.indexOf(".", at);
  const items = text.slice(Math.max(colon, sentence) + 1, stop < 0 ? text.length : stop).split(/[,;]/);
  return (items.length >= 4 || SHEET_LABEL.test(label)) && items.every((item) => SHEET_ITEM.test(item));
}

/** Nouns only a business is called by ("the firm Nokia"), unlike "group" or "side", which a town's people or team can be. */
const COMPANY_NOUNS = [
  "firm", "company", "carrier", "retailer", "maker", "giant", "manufacturer", "producer", "supplier", "insurer",
  "lender", "conglomerate", "subsidiary", "broadcaster", "airline", "monopoly",
];
const COMPANY_NOUN_SET = new Set(COMPANY_NOUNS);
/** "carmakers such as Peugeot", "stores like Macy's", "games giants Electronic Arts": a kind of business, then one of them ("film-makers Roger Michell" are people). */
const COMPANY_KINDS = new Set([
  ...COMPANY_NOUNS.filter((n) => n !== "producer").map((n) => (n.endsWith("y") ? `${n.slice(0, -1)}ies` : `${n}s`)),
  "carmakers", "automakers", "banks", "chains", "operators", "publishers", "labels", "stores", "studios",
  "publications", "newspapers", "magazines",
]);
const kindOfCompany = (before: readonly string[]): boolean =>
  (COMPANY_KINDS.has(before[0] ?? "") && before[0] !== "makers")
  || ((before[0] === "like" || before[0] === "including") && COMPANY_KINDS.has(before[1] ?? ""))
  || (before[0] === "as" && before[1] === "such" && COMPANY_KINDS.has(before[2] ?? ""));
/** What only a business has: "Nokia's profits". */
const COMPANY_POSSESSIONS = "shares|profits?|shareholders|share price|chief executive|revenues?|sales";
const COMPANY_AFTER = new RegExp(`^['’]s?\\s+(?:${COMPANY_POSSESSIONS})\\b`);
/** Business nouns that are people's jobs too: before a first name, a person ("producer Don Mischer", "broadcaster Cyril Fletcher"). */
const PEOPLE_TOO: ReadonlySet<string> = new Set(["producer", "broadcaster"]);
/**
 * What a maker makes who is a person: "documentary maker Michael Cockerell", and "film-maker Gary Winick", whose
 * hyphen ends the words read before the name ("sports car maker Aston Martin" is a firm).
 */
const WORKS_BY_PEOPLE: ReadonlySet<string> = new Set(["film", "documentary", "games"]);
const personsJob = (before: readonly string[]): boolean =>
  PEOPLE_TOO.has(before[0] ?? "") || (before[0] === "maker" && (before.length === 1 || WORKS_BY_PEOPLE.has(before[1]!)));
/**
 * What only a business is said to have or be: "the firm Nokia", "Nokia's profits" (but "Pernod shares in Paris"
 * is a market); before a first name, a producer, a broadcaster or a film-maker is a person.
 */
const businessContext = (before: readonly string[], after: string, firstName = false): boolean =>
  (COMPANY_NOUN_SET.has(before[0] ?? "") && !(firstName && personsJob(before))) || COMPANY_AFTER.test(after) || kindOfCompany(before);
/** How far before a name its business cues below are looked for. */
const APPOSITIVE_REACH = 40;
/** "Cambridge-based Ubisense": a business where it is based; not "Windows-based Creative Zen", a product. */
const PLACE_BASED = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})-based\s$/u;
const placeBased = (text: string, start: number): boolean => {
  const place = PLACE_BASED.exec(text.slice(Math.max(0, start - APPOSITIVE_REACH), start))?.[1];
  return place !== undefined && lookupPlace(place) !== undefined;
};
/** A preposition of place before a club's town: "in Liverpool"; not "from", which clubs take too ("a move from Chelsea"). */
const inTown = (before: readonly string[]): boolean => before[0] !== "from" && placePrepositionBefore(before);
/** "Florida-based": a name something is based in is a place. */
const BASED_AFTER = /^[-‐]based\b/;
/** "Jacksonville, Florida", "Chatham, Kent": the region a town stands in, after the town and a comma. */
const TOWN_COMMA = /((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*),\s$/u;
/** What stands before a member of a list: "Kamara (Makofo 64), Chorley, Herve (McKoy 45)" is a team sheet. */
const LISTED_BEFORE = /[,;)]\s*$/;
function afterTownComma(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - APPOSITIVE_REACH), start);
  const match = TOWN_COMMA.exec(window);
  if (!match || LISTED_BEFORE.test(window.slice(0, match.index))) return false;
  const words = match[1]!.split(" ");
  // "The Jacksonville, Florida-based firm": the town's name is the longest run of its words the gazetteer knows.
  return words.some((_, i) => isUnambiguousPlace(words.slice(i).join(" ")));
}
/** Where the text says a name is where something is: "Florida-based", "Jacksonville, Florida". */
const locatedByNeighbour = (text: string, start: number, after: string): boolean => BASED_AFTER.test(after) || afterTownComma(text, start);

/** "from its maker, Eli Lilly", "the retailer's rival, Tesco": a business named after a comma. */
const COMPANY_APPOSITIVE = new RegExp(`\\b(?:its|the|their|a)\\s+(?:[a-z]+\\s+)?(?:${COMPANY_NOUNS.join("|")}),\\s$`);
const companyAppositive = (text: string, start: number): boolean =>
  text[start - 2] === "," && COMPANY_APPOSITIVE.test(text.slice(Math.max(0, start - APPOSITIVE_REACH), start));
/**
 * A business named by what stands before it in the text, past the words `wordsBefore` reads; where
 * it is based, only if no first name opens it ("Texas-based Matt Mackowiak said").
 */
const businessBefore = (text: string, start: number, firstName: boolean): boolean =>
  companyAppositive(text, start) || (!firstName && text[start - 2] === "d" && placeBased(text, start));

/** Organisations do things persons do not: "Yukos claims its", "shares in Yukos", "the firm Rosneft", "Yukos, the oil giant". */
const ORG_NOUNS = [
  ...COMPANY_NOUNS, "group", "rival", "bank", "operator", "network", "newspaper", "agency", "club", "side", "chain",
  "label", "brand", "website", "band", "charity", "studio", "regulator", "watchdog", "team", "station",
  "magazine", "tabloid", "weekly",
];
const ORG_NOUN_SET = new Set(ORG_NOUNS);
/** "the Mirror newspaper", "Time magazine": a paper, even one named by a head word alone. */
const PAPER_AFTER = /^\s+(?:newspaper|magazine|tabloid)\b/;
const ORG_AFTER = new RegExp(`^(?:['’]s?\\s+(?:${COMPANY_POSSESSIONS}|boss|chairman|board|stake|results|customers|spokesman|spokeswoman|owners?|(?:co-)?founders?|headquarters)\\b|\\s+(?:co-)?founder\\b|,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${ORG_NOUNS.join("|")})\\b)`, "u");
/**
 * "Heineken is doing its own", "Peugeot warned that its profits", "Corus fell 2.2%": a business's
 * things after a longer verb phrase ("Blunkett said that its findings" is a man), and a share price
 * that moves (but "Yanukovych gained 44% of the vote").
 */
const COMPANY_DOINGS = new RegExp(
  `^(?:(?:\\s+[a-z]+){1,2}\\s+(?:that\\s+)?its\\s+(?:own|${COMPANY_POSSESSIONS}|results|earnings|losses|customers|stores|factories|plants?|products?)\\b`
  + `|\\s+(?:shed|lost|fell|rose|gained|dropped|dropping|slipped|climbed|jumped|slumped|surged|tumbled|rising|falling|gaining|losing|slid|sliding|added|adding)\\s+(?:by\\s+)?\\d[\\d.]*\\s?(?:%|per\\s?cent)(?!\\s+of\\s+the\\s+vote))`,
);
/** "Nationwide economist Alex Bannister", "Gartner's principal analyst Kobita Desai": who works for a business, named. */
const STAFF_AFTER = /^(?:['’]s)?\s+(?:(?:chief|principal|senior|lead)\s+)?(?:economist|analyst|strategist)\s+\p{Lu}\p{L}+\s+\p{Lu}/u;
/** "Yukos shares", "Yukos cut its": weaker, since a city's market ("Tokyo shares") or a country or a team fits too. */
const WEAK_ORG_AFTER = /^(?:\s+(?:shares|stock)\b|\s+(?:(?:has|have|had|is|was|will|would)\s+)?[a-z]+\s+its\b)/;
const SPEECH_BEFORE = new Set(["said", "says", "added", "asked", "wrote"]);
/** "Yukos said it would": a speech verb, then "it". */
const VERB_IT = /^\s+([a-z]+)\s+it\b/;
const sharesIn = (before: readonly string[]): boolean =>
  (before[1] === "shares" && (before[0] === "in" || before[0] === "of")) || (before[1] === "stake" && before[0] === "in");

/**
 * "Chelsea boss Jose Mourinho", "the Barcelona squad", "Nirvana frontman Kurt Cobain": a club or a
 * band, though named like its town; not "fans", which a singer or a film has too, nor "Radcliffe's
 * coach", a person's.
 */
/** A band's members by what they play: after a band's name, a member of it ("Franz Ferdinand frontman"). */
const BAND_ROLES = "frontman|frontwoman|guitarist|bassist|drummer|keyboardist|vocalist";
const TEAM_AFTER = new RegExp(`^\\s+(?:boss|manager|${SIDE_ROLES}|team-mates?|teammates?|${BAND_ROLES})\\b`);

/** A band member's role and name after a run: "frontman Alex Kapranos". */
const BAND_MEMBER_AFTER = new RegExp(`^\\s+(?:lead\\s+)?(?:${BAND_ROLES}|singer|dancer)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}|[\\s,.])`, "u");

/**
 * "Snow Patrol were", "Chelsea have yet to", "but U2 were": British English puts a band, a club or
 * a firm with a plural verb, which no one person takes. Only where the name opens its clause, so
 * is the verb's subject: not "a lock-up in Cambridge were", "states like Iowa are", "such as Rush
 * Limbaugh are", "Texas and Mississippi have", "let daughter Ivanka have".
 */
const PLURAL_VERB_AFTER = /^\s+(?:were|are|have)\s/;
const CLAUSE_OPENERS = new Set(["but", "while", "when", "because", "as", "after", "before", "if", "since", "though", "although", "where", "that", "so", "then", "now", "yet"]);
const opensClause = (before: readonly string[]): boolean =>
  before.length === 0 || (CLAUSE_OPENERS.has(before[0]!) && before[1] !== "such") || (before[0] === "the" && (before.length === 1 || CLAUSE_OPENERS.has(before[1]!)));
const groupAgreement = (before: readonly string[], after: string): boolean => PLURAL_VERB_AFTER.test(after) && opensClause(before);

/**
 * "told the Hollywood Reporter that", "in an interview with the Mail", "writing in the Observer": a
 * newspaper, a broadcaster or a committee heard it; not "told the Today programme" or "the Michael
 * Jackson trial", where the name only qualifies the noun after it.
 */
const PRESS_VERBS = new Set(["told", "tells", "telling"]);
const PRESS_PHRASES = new Set(["interview with", "writing in", "wrote in", "quoted in"]);
const PRESS_AFTER = /^(?:\s*(?:[,.:;"“”]|$)|\s+(?:that|on|in|at|he|she|it|they|we|last|this|earlier|there|how|about|why|what|when|yesterday|recently|newspaper|magazine|paper|website|agency)\b)/;
const pressContext = (before: readonly string[], after: string): boolean =>
  before[0] === "the" && (PRESS_VERBS.has(before[1] ?? "") || PRESS_PHRASES.has(`${before[2]} ${before[1]}`)) && PRESS_AFTER.test(after);

/**
 * "state-owned Rosneft", "Nasdaq-listed Google", "acquired by Rosneft",
 * "a takeover of Yukos", "owner of Macy's", "its merger with Sprint", "president of Warner Home
 * Video": said of a business or a body, never of a person ("bought by" fits a person too).
 */
const BUSINESS_ADJECTIVES = new Set(["owned", "listed", "funded"]);
/** "a takeover of Yukos", "owner of Macy's", "president of Warner Home Video", "chief executive of Amazon": what only a business or a body has. */
const OF_A_BODY = new Set(["takeover", "acquisition", "owner", "owners", "president", "chairman", "chairwoman", "founder", "member", "members", "shareholders", "officer", "executive"]);
/** "an economist at Natexis Banques Populaires", "a professor at Harvard": where such people work is a body. */
const STAFF_AT = new Set(["economist", "economists", "analyst", "analysts", "strategist", "professor", "lecturer", "researcher", "researchers", "scientist", "scientists"]);
const businessDeal = (before: readonly string[]): boolean =>
  BUSINESS_ADJECTIVES.has(before[0] ?? "")
  || (before[0] === "by" && before[1] === "acquired")
  || (before[0] === "of" && OF_A_BODY.has(before[1] ?? ""))
  || (before[0] === "with" && before[1] === "merger")
  || (before[0] === "at" && STAFF_AT.has(before[1] ?? ""))
  || roleAt(before);

/** `before` holds the words right before the name, nearest first. */
const orgContext = (before: readonly string[], after: string): boolean =>
  ORG_NOUN_SET.has(before[0] ?? "") || sharesIn(before) || kindOfCompany(before) || businessDeal(before) || pressContext(before, after) || TEAM_AFTER.test(after) || COMPANY_DOINGS.test(after) || ORG_AFTER.test(after) || PAPER_AFTER.test(after) || WEAK_ORG_AFTER.test(after)
  || STAFF_AFTER.test(after) || SPEECH_VERBS.has(VERB_IT.exec(after)?.[1] ?? "");

/** A possessive right after a name: what follows is the name's, not the name. */
const POSSESSIVE_AFTER = /^['’]s?\s/;
/** "Jane, who runs the website, ...": a first name alone, no word ("Free, who split") nor club ("Chelsea, who are top"), before "who". */
const WHO_AFTER = /^,\s+who\b/;
const firstNameBeforeWho = (p: Pending): boolean =>
  WHO_AFTER.test(p.after) && isCommonFirstName(p.token.lower) && !isWord(p.token.lower) && !isClubName(p.token.text);
/** The plural of a people's name ("Koreans", "Scandinavians", "Europeans"). */
const PEOPLES = /\p{Ll}ans$/u;
/** What a work is the place of: "starred in Chocolat", "a role in EastEnders". */
const ROLE_IN = new Set(["starred", "starring", "stars", "star", "role", "roles", "appeared", "appears", "appearing", "appearance", "character", "part", "cast", "played", "plays", "featured", "written", "published"]);

/** "will captain Wales", "could coach England": a role's word used as a verb names no one. */
const VERB_MARKERS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must", "did"]);
/** Not a prize's category: "the best actor Bafta", "the best actress Oscar". */
const roleBefore = (before: readonly string[]): boolean => isRole(before[0] ?? "") && !VERB_MARKERS.has(before[1] ?? "") && before[1] !== "best";

/** Prepositions whose object a verb or an appositive after it does not describe. */
const OBJECT_OF = new Set(["of", "at", "for", "with", "to", "by"]);
/** A speech verb right after or before, a role noun before, or an appositive with a role ("Ciyager, an official"). */
function personContext(before: readonly string[], after: string): boolean {
  if (SPEECH_BEFORE.has(before[0] ?? "") || personRoleBefore(before)) return true;
  // "the people of Indiana said", "Sen. Ted Cruz of Texas, a candidate": what follows a preposition's
  // object is said of the phrase's head.
  if (OBJECT_OF.has(before[0] ?? "") || placePrepositionBefore(before)) return false;
  if (speechVerbAfter(after) || appositiveSpeech(after)) return true;
  const appositive = APPOSITIVE_ROLE.exec(after);
  return appositive !== null && isRole(appositive[1]!);
}

interface Hit {
  kind: EntityKind;
  group: string;
  surface: string;
  paragraph: number;
  start: number;
  end: number;
  gender?: Gender;
  /** A place only the gazetteer says, with no word of place around it ("whether it's Clinton or Trump"). */
  guessed?: true;
  /** Read as a person first, then found to be an organisation's name: it does not name the organisation ("Aston" of "Aston Martin"). */
  retyped?: true;
}

/** A single word the first pass could not settle. */
interface Pending {
  token: Token;
  paragraph: number;
  /** Up to three words right before, nearest first. */
  before: string[];
  after: string;
  /** Capitalised only because it starts a sentence, and a word too. */
  ordinary: boolean;
  /** Named a business by what stands further before it ("its maker, Lilly", "Cambridge-based Ubisense"). */
  businessBefore: boolean;
  /** Stood after a title ("President Trump"), or after "Mr", "Mrs", "Dr", which only ever precede a surname. */
  title: "none" | "title" | "honorific";
  gender?: Gender;
  shouting: boolean;
}

/** Single words by key that no context settled: the article leaves them untyped. */
type Untyped = [string, readonly Pending[]][];

/** "Snow Patrol were", but not a plural ("Asian Americans are", "Personal Video Recorders are") nor "the best Liverpool I have seen". */
function pluralSubjectRun(tokens: readonly Token[], before: readonly string[], after: string): boolean {
  const last = tokens[tokens.length - 1]!;
  return !last.lower.endsWith("s") && last.text !== "I" && groupAgreement(before, after);
}

/**
 * A single word as the subject of a plural verb ("Chelsea have"); not a common word ("There are",
 * "Christmas Day … are"), a contraction ("I'd have") or what looks like a plural ("Carmakers are").
 */
function pluralSubject(p: Pending): boolean {
  const { lower, text } = p.token;
  return !p.ordinary && text.length > 1 && pluralSubjectRun([p.token], p.before, p.after) && !/['’]/.test(lower)
    && !isCoreWord(lower) && !isCalendarWord(lower) && !isDemonym(text);
}

interface Unit { text: string; paragraph: number }

/** A person named in full, once per person, with every position it was named at (ascending). */
interface PersonName { group: string; first: string; last: string; gender?: Gender; positions: number[] }

const position = (paragraph: number, offset: number) => (paragraph + 1) * 1e6 + offset;

/** The last of ascending `positions` at or before `at`, or -1. */
function lastAtOrBefore(positions: readonly number[], at: number): number {
  let lo = 0, hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? positions[lo - 1]! : -1;
}
const POSSESSIVE_END = /s['’]$/;
const withoutPossessive = (t: Token): Token => ({ ...t, text: t.text.slice(0, -1), lower: t.lower.slice(0, -1), end: t.end - 1 });
/**
 * Roles said only of a person. A rival, a partner, an owner or a host may be a firm, a market
 * leader too, a nominee a film ("Oscar nominee Million Dollar Baby"); "official" and "general" are
 * adjectives as often ("the official North East Says No campaign", "a general Production Diary").
 */
const NOT_ONLY_PERSON_ROLES = new Set(["rival", "partner", "owner", "investor", "champion", "host", "leader", "nominee", "candidate", "official", "general"]);
/** "a research director at analyst Gartner", "at broker Numis": a firm named by what it does for a living (not "at President Obama"). */
const FIRM_ROLES = new Set(["analyst", "analysts", "broker", "brokers", "stockbroker", "consultant", "consultants", "consultancy", "adviser", "advisers", "advisor", "auditor", "auditors", "researcher", "researchers"]);
const roleAt = (before: readonly string[]): boolean => before[1] === "at" && FIRM_ROLES.has(before[0] ?? "");
/** "star Aaliyah", "daughter Victoria": a role a person has, before the name. */
const personRoleBefore = (before: readonly string[]): boolean => roleBefore(before) && !NOT_ONLY_PERSON_ROLES.has(before[0]!) && !roleAt(before);
const spanOf = (text: string, tokens: readonly Token[]) => text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
const nameLike = (t: Token) => t.kind === "cap" || t.kind === "particle";

/** Nouns that name a work before its title ("the film Vera Drake"); not "play" or "show", which are verbs too. */
const WORK_NOUNS = new Set([
  "film", "films", "movie", "album", "novel", "biopic", "sitcom", "drama", "documentary", "thriller", "musical", "opera", "comedy",
]);
/** Kinds of work before one of them: "such films as The Fisher King", "games like Colin McRae Rally". */
const WORK_KINDS = new Set(["films", "movies", "albums", "novels", "books", "musicals", "titles", "games", "shows", "songs"]);
/** `before` as `wordsBefore` reads it, an article skipped: "the film Vera Drake", "such films as The Fisher King". */
function namesWork(before: readonly string[]): boolean {
  const [a, b, c] = before[0] === "the" ? before.slice(1) : before;
  return WORK_NOUNS.has(a ?? "")
    || (a === "as" && ((WORK_KINDS.has(b ?? "") && c === "such") || (b === "such" && WORK_KINDS.has(c ?? ""))))
    || ((a === "like" || a === "including") && WORK_KINDS.has(b ?? ""));
}

/** One group per person, whatever the spelling of first name and surname. */
const personGroup = (tokens: readonly Token[]): string =>
  `person:${translitKey(tokens[0]!.text)}|${translitKey(tokens[tokens.length - 1]!.text)}`;
const LOWER_RUN = /\p{Ll}{4}/u;
const UPPER_RUN = /\p{Lu}{4}/u;
/** All-caps text (a shouted headline): no lower-case word in it, so its capitals say nothing about names. */
const isShouting = (text: string): boolean => !LOWER_RUN.test(text) && UPPER_RUN.test(text);

/** A headline In Title Case, where capitals mark nothing either. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\b\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}

/**
 * "&" between two names makes one, a firm's ("Marks & Spencer", "Ernst & Young", "Tiffany &
 * Co"), but not between two people ("Matt Lucas & David Walliams"), two countries ("Serbia &
 * Montenegro") or two plain words, a title's ("Body & Soul"; "Standard & Poor's" is kept by
 * its possessive).
 */
function ampersandJoins(run: readonly Token[], after: readonly Token[]): boolean {
  const next = after[0];
  if (next === undefined || (next.kind !== "cap" && next.kind !== "acronym")) return false;
  const fullName = (tokens: readonly Token[]) => tokens.length > 1 && tokens[0]!.kind === "cap" && tokens[1]!.kind === "cap" && isCommonFirstName(tokens[0]!.lower);
  if (fullName(run) || fullName(after)) return false;
  const last = run[run.length - 1]!;
  if (isCountryName(last.text) && isCountryName(next.text)) return false;
  return !(run.length === 1 && isCoreWord(last.lower) && isCoreWord(next.lower) && !next.breakAfter);
}

/** Whether a connector may join the run: "Office for", "Bank of", "Secretary of", "Iraq and the Levant" after "State of". */
function joins(run: readonly Token[], connector: Token, after: readonly Token[]): boolean {
  if (connector.lower === "&") return ampersandJoins(run, after);
  if (connector.lower === "on" && after[0]?.lower === "sunday") return onSundayPaper(run[run.length - 1]!);
  // "Mary Queen of Scots": of a people, a title after a given name is still a title.
  const ofPeople = after[0] !== undefined && isDemonym(after[0].text);
  const opened = run.some((t, i) => opensComplement(t) || (ofPeople ? isTitle(t) : titleWordAt(run, i)) || opensPlaceComplement(t.lower));
  if (connector.lower !== "and") return opened && !namedAfterTitle(run);
  // "and" joins "Department of Health and Human Services" and "Securities and Exchange
  // Commission" (the words after it end in an organisation's head), never two people.
  const next = after[0];
  if (next === undefined || next.kind === "acronym" || run.some((t) => isCommonFirstName(t.lower)) || isCommonFirstName(next.lower)) return false;
  // "… and the SEC", "… and the Commission for Racial Equality" name another; "Iraq and the Levant" goes on.
  if (next.lower === "the" && (after[1]?.kind === "acronym" || after.slice(1).some((t) => isOrgHead(t.lower)))) return false;
  const end = after.findIndex((t) => t.kind !== "cap");
  const continuation = end < 0 ? after : after.slice(0, end);
  const endsInHead = continuation.some((t) => isOrgHead(t.lower));
  if (run.some((t) => t.kind === "connector")) {
    // "Department of Trade and Industry"; but not "University of Chicago and Professor Knittel".
    return opened && !(isTitle(next) && !endsInHead);
  }
  // A name that already ends in its head is whole: "Electoral Commission and National Union of Students"
  // (but "The Securities and Exchange Commission" is one).
  const named = FUNCTION_WORDS.has(run[0]!.lower) ? run.length - 1 : run.length;
  if (named > 1 && isOrgHead(run[run.length - 1]!.lower)) return false;
  // The words before it must be ordinary words ("Securities", "Food"), not a name of their
  // own: "UPS and Deutsche Post" and "Conservatives and Liberal Democrats" are two. The words
  // after it are more than a head of their own ("House and Senate") and start with no known
  // place ("Arsenal and Manchester United").
  const plainWords = run.every((t) => t.kind === "cap" && isWord(t.lower) && !isDemonym(t.text));
  return plainWords && continuation.length > 1 && endsInHead && !isUnambiguousPlace(next.text);
}

/**
 * A title word at `i` that is no surname: after a common given name and any initials it is one
 * ("Peter T. King of New York", "Angus King"); not after a name the lists only may give ("Clinton
 * Chief of Staff Cheryl Mills").
 */
function titleWordAt(run: readonly Token[], i: number): boolean {
  if (!isTitle(run[i]!)) return false;
  let k = i - 1;
  while (k > 0 && INITIAL.test(run[k]!.text)) k--;
  return !(k >= 0 && isFirstNameAt(run, k) && isCommonFirstName(run[k]!.lower));
}

/**
 * "Professor John Smith of Glasgow University", "Senator Evan Bayh of Indiana": a full name after
 * the title ends the person's name, and what "of" leads is where they are from; not a title's own
 * complement ("Secretary of State", "Chief Operating Officer of Sony").
 */
function namedAfterTitle(run: readonly Token[]): boolean {
  let lastTitle = -1;
  for (let i = 0; i < run.length; i++) if (titleWordAt(run, i)) lastTitle = i;
  return lastTitle >= 0 && run.length - lastTitle > 2 && isFirstNameAt(run, lastTitle + 1);
}

const SHORTEST_PART = 3;
/** A word the lists lack but made of theirs: one who does a word ("winger") or two joined ("matchwinner", "goalscorer"). */
function madeOfWords(lower: string): boolean {
  if (isWord(lower)) return false;
  if (lower.endsWith("er") && isWord(lower.slice(0, -2))) return true;
  for (let i = SHORTEST_PART; i <= lower.length - SHORTEST_PART; i++) if (isWord(lower.slice(0, i)) && isWord(lower.slice(i))) return true;
  return false;
}

/**
 * Whether tokens[i] reads as a first name. A first name that is also one of the commonest
 * words ("Mark", "Will") only counts before a surname that is not ("Mark Thompson", not
 * "Will Smith").
 */
function isFirstNameAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "West Midlands", "North Hykeham": a compass point before a name makes a region of it, however
  // many men the lists call West.
  if (t.kind !== "cap" || !isFirstName(t.lower) || isCompassWord(t.lower)) return false;
  if (!isCoreWord(t.lower)) return true;
  const next = tokens[i + 1];
  return isCommonFirstName(t.lower) && next !== undefined && next.kind === "cap" && !isCoreWord(next.lower);
}

const INITIAL = /^\p{Lu}\.?$/u;
/** An initial and a surname standing alone between the punctuation of a list ("; A Rougerie,", ", R Sowden-Taylor."). */
const INITIAL_ITEM = /(?:^|[,;:(\n])\s*(\p{Lu}\.? \p{Lu}[\p{L}'’-]*)(?=\s*(?:[,;(.]|$))/gu;
/**
 * "J Laharrague; A Rougerie, Y Jauzion": an initial and a surname, an item of a list of them, as
 * team sheets name players. Only in such a list, since "A Clinton aide" and "A Londoner, he" are phrases.
 */
function isListedInitialName(run: readonly Token[], text: string): boolean {
  if (run.length !== 2 || !INITIAL.test(run[0]!.text)) return false;
  const surname = run[1]!;
  if (surname.kind !== "cap" || isCoreWord(surname.lower) || isDemonym(surname.text) || isOrgHead(surname.lower) || isPlaceHead(surname.lower)) return false;
  if (lookupAlias(surname.text) || isCountryName(surname.text)) return false;
  let items = 0, isItem = false;
  for (const m of text.matchAll(INITIAL_ITEM)) {
    items++;
    const end = m.index! + m[0].length;
    if (end - m[1]!.length === run[0]!.start && end === surname.end) isItem = true;
  }
  return isItem && items >= 2;
}

/**
 * "BBC Radio Wales", "ABN Amro", "NTT DoCoMo", "UBS Securities": an acronym of three letters or
 * more and what names one of its parts or the whole firm. Not an acronym the alias table knows,
 * whose words after it qualify something else ("CIA Annex", "EU Member States", "US Congress"),
 * unless the table says it names its parts so ("BBC One"); nor dotted initials ("J.M. Berger").
 * Nor when the rest is an organisation of its own, a person ("SDF Mustafa Bali"), a title ("NBA
 * Commissioner"), a place ("FDR Park"), an event, a group's adjective ("WWII Italian"), a small
 * word ("D.C. I") or a caption's ("CNN Clip").
 */
function isAcronymCompound(acronym: Token, rest: readonly Token[]): boolean {
  const alias = lookupAlias(acronym.text);
  if (alias ? !alias.namesParts : !mayBeOrgAcronym(acronym.text) || !INITIALS_OR_LONGER.test(acronym.text) || isWord(acronym.lower)) return false;
  if (rest.length === 0 || rest.length > 3 || hasOrgShape(rest)) return false;
  const last = rest[rest.length - 1]!.lower;
  if (isEventHead(last) || isPlaceHead(last)) return false;
  // "BBC Films' Dirty War": a plural possessive inside ends the name.
  const odd = (t: Token) => t.kind !== "cap" || isTitle(t) || isPluralAcronym(t.text) || /['’]$/.test(t.text)
    || isDemonym(t.text) || FUNCTION_WORDS.has(t.lower) || t.lower.length === 1 || CAPTION_WORDS.has(t.lower);
  // A first name and more is a person ("SDF Mustafa Bali"); a lone one is a firm's ("ABN Amro").
  return !rest.some(odd) && !(rest.length > 1 && isFirstNameAt(rest, 0));
}
/** Plurals that end a place's name ("Baltic States", "Khobar Towers"). */
const PLACE_PLURALS = new Set(["states", "towers"]);
/** Three capitals or more, no stops: "BBC", "UBS"; not "JK" or "U.N.". */
const INITIALS_OR_LONGER = /^\p{Lu}{3,}$/u;
/** What a caption or a page says of a clip, not part of a name. */
const CAPTION_WORDS = new Set(["video", "clip", "photo", "photos", "image", "images", "audio", "poll", "graphic"]);
/** Initials as printed without stops ("JK", "JRR"), and a surname in ordinary case ("Rowling", "McManus"; not "SUVs"). */
const INITIALS = /^\p{Lu}{2,3}$/u;
const SURNAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}\p{Ll}+)?$/u;

/**
 * What ends a run and is left out of it: a date ("Monday", "March"), or a post-nominal after a
 * name ("Guy Mansfield QC"; a seat's letters where neither a name nor the seat follows them:
 * "Frank Field MP said", not "Labour MP Barry Sheerman", "Labour MP for Hornsey"). A calendar
 * word goes on with the run after a common first name ("Sheffield Wednesday", "Theresa May";
 * whether such a run is a person is isCalendarSurname's to say) and inside a paper's name ("the
 * Sunday Times", "the Mail on Sunday").
 */
const endsRun = (t: Token, prev: Token | undefined, next: Token | undefined, last: Token | undefined): boolean =>
  (isCalendarWord(t.lower) && !(prev !== undefined && isCommonFirstName(prev.lower)) && !sundayPaper(t, prev, next, last))
  || (prev?.kind === "cap" && t.kind === "acronym" && (isHonourAfterName(t.lower) || (isSeatLetters(t.lower) && next?.kind !== "cap" && next?.lower !== "for")));

/** A capitalised word that is only a word: "However", "Thousands", "Despite". */
function isOrdinary(t: Token, tokens: readonly Token[] = [t], i = 0): boolean {
  return t.kind === "cap" && isWord(t.lower) && !isFirstNameAt(tokens, i);
}

class ArticleEntities {
  readonly hits: Hit[] = [];
  readonly pending: Pending[] = [];
  /** Acronyms defined in parentheses after a name. */
  readonly definitions = new Map<string, string>();
  /** Initials of the organisations named in full. */
  readonly initialsIndex = new Map<string, string>();
  readonly groupKinds = new Map<string, EntityKind>();
  /** Groups of places and organisations by transliteration key, for single words that shorten them. */
  readonly byKey = new Map<string, string>();
  /** People named in full, indexed by surname key and by first name: a long article names one person thousands of times. */
  readonly people = new Map<string, PersonName>();
  readonly peopleBySurname = new Map<string, PersonName[]>();
  readonly peopleByFirst = new Map<string, PersonName[]>();
  /** Surface forms seen per group, for the confirm-only aliases. */
  readonly surfacesByGroup = new Map<string, Set<string>>();
  /** Runs of several words the article names mid-sentence somewhere, where a capital says nothing of the first word. */
  readonly midSentenceRuns = new Set<string>();
  /** Two-word runs that open a sentence, by how often: "Snow Patrol were … Snow Patrol will support U2". */
  private readonly initialPairs = new Map<string, number>();
  /** Words the article uses as a name by themselves somewhere ("Tolkien" of "Tolkien's books"). */
  readonly standalone = new Set<string>();
  /** Words the article puts after "Mr" or "Lord" somewhere: surnames, even a people's name ("Mr Irish"). */
  private readonly titledSurnames = new Set<string>();
  /** Person groups the article also uses as a work's title ("the film Vera Drake"): no one. */
  readonly works = new Set<string>();
  /**
   * Keys of single words seen at least once where only a business, a club or a person fits
   * ("Nokia's shares", "Chelsea boss", "star Aaliyah"): a town's name among them is left to the vote.
   */
  readonly notPlaceKeys = new Set<string>();
  /** Runs a band member's role and name follow anywhere in the article ("Franz Ferdinand frontman Alex Kapranos"). */
  private readonly bandsNamed = new Set<string>();
  /** Firms named with a continent's arm of theirs ("Nintendo" of "Nintendo Europe"), by key. */
  readonly firmNames = new Set<string>();
  /** Surfaces of pending single words per alias entry; built once all runs are classified. */
  private pendingAliasSurfaces: Map<AliasEntry, Set<string>> | undefined;
  /** Single words of `pending` that stood mid-sentence; built on first use, once all runs are classified. */
  private midSentenceWords: Set<string> | undefined;

  constructor(readonly units: readonly Unit[]) {}

  run(): EntitySet {
    const runs: { run: NameRun; text: string; shouting: boolean }[] = [];
    for (const { text, paragraph } of this.units) {
      const shouting = isShouting(text);
      const titleCase = paragraph === -1 && isTitleCase(text);
      for (const run of findNameRuns(text, paragraph, joins, (t) => isOrdinary(t), endsRun, titleCase)) {
        runs.push({ run, text, shouting });
        if (run.tokens.length > 1 && !run.tokens[0]!.initial) this.midSentenceRuns.add(spanOf(text, run.tokens));
        else if (run.tokens.length === 2 && run.tokens[1]!.kind === "cap") {
          const pair = spanOf(text, run.tokens);
          this.initialPairs.set(pair, (this.initialPairs.get(pair) ?? 0) + 1);
        }
        const words = FUNCTION_WORDS.has(run.tokens[0]!.lower) ? run.tokens.slice(1) : run.tokens;
        if (words.length === 1) this.standalone.add(words[0]!.text);
        if (words.length === 2 && isSurnameTitle(words[0]!)) this.titledSurnames.add(words[1]!.text);
        if (words.length === 0) continue;
        const named = spanOf(text, words);
        if (isClubOnlyName(named)) this.clubsNamed.add(named);
        const last = run.tokens[run.tokens.length - 1]!;
        if (words.length > 1 && BAND_MEMBER_AFTER.test(text.slice(last.end, last.end + AFTER_WINDOW))) this.bandsNamed.add(named);
      }
    }
    for (const { run, text, shouting } of runs) this.classify(run.tokens, run.paragraph, text, shouting);
    return this.assemble(this.resolveAll());
  }

  private add(kind: EntityKind, group: string, tokens: readonly Token[], paragraph: number, text: string, gender?: Gender, guessed = false): void {
    const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
    const surface = text.slice(start, end);
    this.hits.push({ kind, group, surface, paragraph, start, end, ...(gender ? { gender } : {}), ...(guessed ? { guessed } : {}) });
    const surfaces = this.surfacesByGroup.get(group);
    if (surfaces) surfaces.add(surface);
    else this.surfacesByGroup.set(group, new Set([surface]));
    this.groupKinds.set(group, kind);
    if (kind !== "person") {
      this.byKey.set(translitKey(text.slice(start, end).replace(GEOGRAPHIC_SUFFIX, "")), group);
      PARENTHESIS.lastIndex = end;
      const defined = parenthesisAt(text, end) ? PARENTHESIS.exec(text) : null;
      if (defined) {
        for (const part of defined[1]!.replace(PAREN_FILLER, ",").split(/[,/;\s]+/)) {
          if (isAcronym(part)) this.definitions.set(part, group);
        }
      }
      if (kind === "organization" && tokens.length > 1) {
        this.initialsIndex.set(initials(tokens), group);
        const firstWord = tokens.findIndex((t) => t.kind === "cap");
        if (firstWord > 0) this.initialsIndex.set(initials(tokens.slice(firstWord)), group);
      }
    }
  }

  private addAlias(entry: AliasEntry, tokens: readonly Token[], paragraph: number, text: string): void {
    this.add(entry.kind, `alias:${entry.name}`, tokens, paragraph, text);
  }

  private addPerson(tokens: readonly Token[], paragraph: number, text: string, gender?: Gender): void {
    const first = tokens[0]!, last = tokens[tokens.length - 1]!;
    const group = personGroup(tokens);
    const g = gender ?? firstNameGender(first.lower);
    this.add("person", group, tokens, paragraph, text, gender);
    const at = position(paragraph, first.start);
    const known = this.people.get(group);
    if (known) {
      known.positions.push(at);
      known.gender ??= g;
      return;
    }
    const person: PersonName = { group, first: first.lower, last: translitKey(last.text), positions: [at], ...(g ? { gender: g } : {}) };
    this.people.set(group, person);
    for (const [index, key] of [[this.peopleBySurname, person.last], [this.peopleByFirst, person.first]] as const) {
      const list = index.get(key);
      if (list) list.push(person);
      else index.set(key, [person]);
    }
  }

  private defer(token: Token, paragraph: number, text: string, shouting: boolean, title: Pending["title"] = "none", gender?: Gender): void {
    this.pending.push({
      token, paragraph, shouting, title,
      before: wordsBefore(text, token.start, 3),
      after: text.slice(token.end, token.end + AFTER_WINDOW),
      ordinary: token.initial && isOrdinary(token),
      businessBefore: businessBefore(text, token.start, false),
      ...(gender ? { gender } : {}),
    });
  }

  /**
   * A pair of capitalised words that opens sentences more than once is one name ("Snow Patrol were the big
   * winners ... Snow Patrol will support U2").
   */
  private repeatedPair(tokens: readonly Token[], span: string): boolean {
    if (tokens.length !== 2 || (this.initialPairs.get(span) ?? 0) < 2) return false;
    const [first, second] = tokens as [Token, Token];
    // Not "Sir Elton", "Miss Piggy" (a title and a name), nor "Legendary Dutch coach".
    return !isTitle(first) && !isDemonym(second.text);
  }

  /**
   * The one organisation whose name of three words or more ends with a paper's word: "The New York Times" for
   * "Times", not "the Financial Times" or "the Sunday Times", which British papers tell apart from the Times.
   */
  private paperNamed(word: string): string | undefined {
    const groups = [...this.surfacesByGroup].filter(([group, surfaces]) => this.groupKinds.get(group) === "organization"
      && [...surfaces].some((s) => s.endsWith(` ${word}`) && s.split(" ").length > 2));
    return groups.length === 1 ? groups[0]![0] : undefined;
  }

  /** First pass: a run of capitalised words. */
  private classify(run: readonly Token[], paragraph: number, text: string, shouting: boolean, qualifier = false): void {
    if (isListedInitialName(run, text)) return this.addPerson(run, paragraph, text);
    let tokens = run;
    // Sentence-initial words, function words and dates in front of a name are not part of it,
    // unless the whole run is a known place or organisation ("(West Brom)"), the article names it
    // mid-sentence too ("Snow Patrol were … support from Snow Patrol"), the word leads an airline's
    // or a station's name ("Air China picked", "Channel 4 showed") or is a peer's title before the
    // name ("Lord Dubs agreed", not "The Lord Of the Rings").
    while (tokens.length > 1) {
      const t = tokens[0]!;
      const span = spanOf(text, tokens);
      const droppable = (t.kind === "cap" && FUNCTION_WORDS.has(t.lower)) || this.beforeKnownSurname(t, tokens)
        || (t.initial && isOrdinary(t, tokens, 0) && !isPeerage(t) && !this.known(span) && !isKnownOrganization(span) && !(t.text.length > 1 && this.midSentenceRuns.has(span)) && !this.repeatedPair(tokens, span) && !leadsServiceName(tokens)
          && !this.knownPrefix(text, tokens) && !this.titledFullName(tokens));
      if (!droppable) break;
      tokens = tokens.slice(1);
      while (tokens.length > 0 && tokens[0]!.kind !== "cap" && tokens[0]!.kind !== "acronym") tokens = tokens.slice(1);
    }
    if (tokens.length === 0) return;
    if (tokens.length === 1) {
      const t = tokens[0]!;
      if (t.kind === "acronym" || !FUNCTION_WORDS.has(t.lower)) this.defer(t, paragraph, text, shouting);
      return;
    }
    const surface = spanOf(text, tokens);
    const alias = lookupAlias(surface);
    if (alias) return this.addAlias(alias, tokens, paragraph, text);
    const before = wordsBefore(text, tokens[0]!.start, 3);
    const after = text.slice(tokens[tokens.length - 1]!.end, tokens[tokens.length - 1]!.end + AFTER_WINDOW);
    if (isKnownOrganization(surface) || this.namesClub(surface, before, after)) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    const firstName = isFirstNameAt(tokens, 0);
    const place = lookupPlace(surface.replace(GEOGRAPHIC_SUFFIX, ""));
    // "Ed Balls" is not Balş: the key drops an Arabic article, which here is a given name the place's own lacks.
    const articleAsName = place && firstName && !place.name.toLowerCase().startsWith(tokens[0]!.lower);
    if (place && !place.ambiguous && !articleAsName) return this.add("place", `place:${place.name}`, tokens, paragraph, text);
    // Not where the run only qualifies a title or a role ("EU Trade Commissioner", "the SNP Holyrood leader").
    const compound = tokens[0]!.kind === "acronym" && !qualifier && !isRole(wordAfter(text, tokens[tokens.length - 1]!.end));
    const initialled = compound && this.initialledName(tokens[0]!, tokens.slice(1));
    // Initials and a surname are left for later ("JRR Tolkien … Tolkien's books"), after what a business says.
    if (compound && !initialled && isAcronymCompound(tokens[0]!, tokens.slice(1))) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    // "Richard Hill" is a man, "Notting Hill", "George Street" and "Ellis Island" places.
    const personFirst = tokens.length === 2 && firstName && !isPlaceOnlyHead(tokens[1]!.lower);
    // A plural possessive inside: "The Producers' Nathan Lane", "Mike Nichols' Closer", "St James' Park".
    const owner = tokens.findIndex((t, i) => i < tokens.length - 1 && POSSESSIVE_END.test(t.text));
    // Not a place after a title ("Mr Hill", "Mrs Park"; "St James' Park" is a saint's), nor across an owner's
    // plural ("the Producers' Nathan Lane", "Leeds' Elland Road"; "James'" is a name's).
    const titledOrOwned = (isTitle(tokens[0]!) && tokens[0]!.lower !== "st" && tokens[0]!.lower !== "saint")
      || (owner >= 0 && !isFirstName(tokens[owner]!.lower.slice(0, -1)));
    if (hasPlaceShape(tokens) && !personFirst && !titledOrOwned) return this.add("place", `place:${translitKey(surface.replace(GEOGRAPHIC_SUFFIX, ""))}`, tokens, paragraph, text);
    if (hasOrgShape(tokens)) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    // "Nintendo Europe", "Sony Asia": a firm's arm on a continent, where "Eastern Europe" is a place.
    if (isContinent(tokens[tokens.length - 1]!.text) && !personFirst) {
      const leading = tokens.slice(0, -1);
      if (leading.every((t) => isCompassWord(t.lower))) return this.add("place", `place:${translitKey(surface)}`, tokens, paragraph, text);
      // Words alone make a firm only where it is called one ("carrier Air Europe"): "Team America", "Black America" are none.
      if (leading.some((t) => t.kind === "acronym" || !isWord(t.lower)) || orgContext(before, after)) {
        this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
        this.firmNames.add(translitKey(spanOf(text, leading)));
      }
      return;
    }
    // What only a business has or does outweighs a title ("Royal Ahold said its sales fell", "Dr Martens' profits").
    if (businessContext(before, after, firstName) || COMPANY_DOINGS.test(after) || businessBefore(text, tokens[0]!.start, firstName)) {
      return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    }
    // A title names a person over the weaker cues: "Prime Minister Tony Blair said it was" is no business.
    if (this.titledPerson(tokens, paragraph, text, shouting)) return;
    // "IT firm Dimension Data", "Yukos, the oil giant"; but a first name and surnames are a person's
    // ("Jose Luis Zapatero said it"), unlike "Morgan Stanley Dean Witter said it".
    const personName = personFirst || (firstName && tokens.slice(1).every((t) => !isWord(t.lower)));
    if (!personName && orgContext(before, after)) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    // "Franz Ferdinand frontman Alex Kapranos ... Though I really like Franz Ferdinand": a band named like a man.
    if (personName && (BAND_MEMBER_AFTER.test(after) || this.bandsNamed.has(surface))) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    // "Athens Olympics", "Davis Cup", "FA Cup": an event names no one; a place or an acronym before it is still itself.
    if (isEventHead(tokens[tokens.length - 1]!.lower)) {
      const qualifiers = tokens.slice(0, -1);
      if (qualifiers.length > 0 && this.known(spanOf(text, qualifiers))) return this.classify(qualifiers, paragraph, text, shouting);
      // "The Steve Harvey Morning Show", "the Jerry Springer Show": the person it is named after is named too
      // (not "Flora London Marathon", a sponsor and a place, nor "North American International Auto Show").
      const first = qualifiers.findIndex((t, i) => isCommonFirstName(t.lower) && qualifiers[i + 1]?.kind === "cap"
        && !isWord(qualifiers[i + 1]!.lower) && !this.known(qualifiers[i + 1]!.text) && !isDemonym(qualifiers[i + 1]!.text));
      if (first >= 0) {
        let end = first + 2;
        while (end < qualifiers.length && qualifiers[end]!.kind === "cap" && !isWord(qualifiers[end]!.lower)) end++;
        return this.addPerson(qualifiers.slice(first, end), paragraph, text);
      }
      // "FIFA World Cup", "Flora London Marathon": its organiser's acronym and its place are named too.
      for (const t of qualifiers) if (t.kind === "acronym" || this.known(t.text)) this.defer(t, paragraph, text, shouting);
      return;
    }
    if (!personName && pluralSubjectRun(tokens, before, after)) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    // A leading acronym or demonym is a thing of its own: "SDF Mustafa Bali" is rare, "Syrian Kurds" common.
    const head = tokens[0]!;
    // "Christian Olsson": a first name spelt like a group's adjective, before a surname that is no word.
    const namedPerson = tokens.length === 2 && isDemonym(head.text) && isCommonFirstName(head.lower) && !isWord(tokens[1]!.lower) && this.looksLikePersonName(tokens.slice(1));
    if (initialled) return this.addPerson(tokens, paragraph, text);
    // "a Sri Lankan woman", "Sri Lankan Airlines": a people's adjective of two words is a group's too.
    if (tokens.length > 1 && isDemonym(spanOf(text, tokens.slice(0, 2)))) return this.classify(tokens.slice(2), paragraph, text, shouting);
    if (!namedPerson && (head.kind === "acronym" || isDemonym(head.text))) {
      if (head.kind === "acronym") this.defer(head, paragraph, text, shouting);
      // "Christian Aid said": what a group's adjective qualifies is no one, if it is a word the article does not otherwise know.
      else if (tokens.length === 2 && tokens[1]!.kind === "cap" && isWord(tokens[1]!.lower) && !this.known(tokens[1]!.text)) return;
      return this.classify(tokens.slice(1), paragraph, text, shouting);
    }
    // Such a name is a company or a club, unless an event ("Dubai Sevens", "London Marathons") or a place ("Baltic States").
    if (this.isPlaceAndPlural(tokens)) {
      const last = tokens[tokens.length - 1]!.lower;
      if (!isEventHead(last) && !isEventHead(last.slice(0, -1)) && !PLACE_PLURALS.has(last)) this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
      return;
    }
    // "Mike Nichols' Closer", "Reuters' Luciana Lopez": a plural possessive ends a name that is not shaped like a
    // firm's or a place's ("Bankers' Association", "St James' Park"); what it owns is named apart.
    if (owner >= 0) {
      this.classify([...tokens.slice(0, owner), withoutPossessive(tokens[owner]!)], paragraph, text, shouting, qualifier);
      return this.classify(tokens.slice(owner + 1), paragraph, text, shouting, qualifier);
    }
    // What stands before a title is its office's place or body ("Washington Political Editor"), never a person.
    if (qualifier) return;
    // "Boro face Sporting Lisbon", "Dynamo Kiev v Arsenal": a name with a town in it that plays is a club.
    const townsSide = tokens.some((t) => this.known(t.text)) && !firstName && !tokens.some((t) => isCompassWord(t.lower));
    if (townsSide && this.playsAsSide(text, tokens)) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    // "Asia Pacific": a continent's name before a place's is a region, however many women are called Asia.
    if (tokens.length === 2 && isContinent(tokens[0]!.text) && isUnambiguousPlace(tokens[1]!.text)) return this.add("place", `place:${translitKey(surface)}`, tokens, paragraph, text);
    // "the Bolton West MP", "The Glasgow Kelvin MP": a town's name before a seat's letters names the seat, no one.
    if (isSeatLetters(wordAfter(text, tokens[tokens.length - 1]!.end)) && isUnambiguousPlace(head.text)) return;
    // "rapper Snoop Dogg", "drummer Jonny Quinn": a role names a person, even one whose name is a word.
    if (!this.looksLikePersonName(tokens, personRoleBefore(before))) return;
    // "the film Vera Drake": a work named like a person, here and wherever else the article names it.
    if (namesWork(wordsBefore(text, tokens[0]!.start, 4))) {
      this.works.add(personGroup(tokens));
      return;
    }
    // "Cadbury Schweppes", "Bayer Leverkusen": a well-known firm's name leads no one's name; nor does one the lists
    // also give as a first name before another firm's ("Sony Ericsson").
    if (isKnownOrganization(tokens[0]!.text) && (!firstName || tokens.every((t) => isKnownOrganization(t.text)))) return this.add("organization", `org:${translitKey(surface)}`, tokens, paragraph, text);
    this.addPerson(tokens, paragraph, text);
  }

  /**
   * "JK Rowling", "PJ Harvey", "JRR Tolkien": initials and a surname. Two letters before a
   * name that is no word are initials; three only when the article names the surname alone
   * too ("Tolkien's books"), since "BHP Billiton" and "ABN Amro" are named in full. Never
   * letters the article uses alone ("BT Openzone" where "BT" stands for the firm).
   */
  private initialledName(initials: Token, rest: readonly Token[]): boolean {
    if (rest.length !== 1 || !INITIALS.test(initials.text) || !mayBeOrgAcronym(initials.text) || lookupAlias(initials.text) || this.standalone.has(initials.text)) return false;
    const surname = rest[0]!;
    if (!SURNAME.test(surname.text) || isWord(surname.lower) || isOrgHead(surname.lower) || this.known(surname.text) || isDemonym(surname.text)) return false;
    return initials.text.length === 2 || this.standalone.has(surname.text);
  }

  /**
   * "Texas Instruments", "Chicago Cubs", "New York Yankees", "London Marathons": a place and a
   * plural, never a person (but "Sydney Chambers": a first name) nor a place ("Blue Mountains").
   */
  private isPlaceAndPlural(tokens: readonly Token[]): boolean {
    const last = tokens[tokens.length - 1]!;
    if (tokens.length < 2 || !last.lower.endsWith("s") || !isWord(last.lower.slice(0, -1)) || isCommonFirstName(tokens[0]!.lower) || isPlaceHead(last.lower)) return false;
    return isUnambiguousPlace(tokens.slice(0, -1).map((t) => t.text).join(" "));
  }

  /**
   * "Matchwinner Keane was another full of praise", "Winger Nitoglia": a word made of English
   * words, opening a sentence before the surname of someone the article has named in full, says
   * what they are; it is no first name of another ("Azmat Begg" is not Moazzam Begg).
   */
  private beforeKnownSurname(t: Token, tokens: readonly Token[]): boolean {
    const surname = tokens[1]!;
    return t.initial && t.kind === "cap" && tokens.length === 2 && surname.kind === "cap" && !isFirstName(t.lower)
      && this.peopleBySurname.has(translitKey(surname.text)) && madeOfWords(t.lower);
  }

  /** "New Jersey Gov. Chris Christie", "South Korea's president": the run starts with a known name of two or three words. */
  private knownPrefix(text: string, tokens: readonly Token[]): boolean {
    for (let n = 2; n <= Math.min(3, tokens.length - 1); n++) if (this.known(spanOf(text, tokens.slice(0, n)))) return true;
    return false;
  }

  /** Whether a surface is known by itself: a table alias or an unambiguous place. */
  private known(surface: string): boolean {
    return lookupAlias(surface) !== undefined || isUnambiguousPlace(surface);
  }

  /** "Prime Minister Justin Trudeau", "US Secretary of State John Kerry", "Mrs. Clinton". */
  private titledPerson(tokens: readonly Token[], paragraph: number, text: string, shouting: boolean): boolean {
    // A capitalised role counts as a title before a first name ("Washington Political Editor Matthew Boyle").
    const titleAt = (i: number) => isTitle(tokens[i]!) || (isRole(tokens[i]!.lower) && isFirstNameAt(tokens, i + 1));
    let lastTitle = -1;
    for (let i = 0; i < tokens.length - 1; i++) if (titleAt(i)) lastTitle = i;
    if (lastTitle < 0) return false;
    let name = tokens.slice(lastTitle + 1);
    // After "Secretary of State" or "Chancellor of the Exchequer" the name starts at its first name.
    if (name[0]!.kind === "connector") {
      // A first name starts a full name only with a surname after it ("Sony" is a first name too).
      const firstName = name.findIndex((_, i) => i < name.length - 1 && isFirstNameAt(name, i));
      const body = name.slice(name.findIndex((t) => t.kind !== "connector"));
      // "Chief Operating Officer of Sony", "Democrat of Indiana", "Republican of West Virginia", "Director General
      // of the British Chambers of Commerce": one name, a known place, or a name with "of" inside, after "of" is
      // the office's body or place.
      const found = lookupPlace(spanOf(text, body));
      const place = found && (body.length === 1 || !found.ambiguous) ? found : undefined;
      if (firstName < 0 && (body.length === 1 || place || body.some((t) => t.kind === "connector"))) {
        if (place) this.add("place", `place:${place.name}`, body, paragraph, text);
        else this.classify(body, paragraph, text, shouting);
        return true;
      }
      // "Chancellor of the Exchequer Brown": the surname after the office.
      name = firstName >= 0 ? name.slice(firstName) : name.slice(-1);
    }
    if (name.length > 4 || !name.every(nameLike) || name[0]!.kind !== "cap" || this.peopleWord(name[0]!)) return false;
    // "General Election", "Home Office": a title before a common word names no one; "Mr Jobs" and "President Bush" do.
    const office = isOfficeTitle(tokens[lastTitle]!) && name[0] === tokens[lastTitle + 1];
    if (name.length === 1 && isCoreWord(name[0]!.lower) && (!isSurnameTitle(tokens[lastTitle]!) || FUNCTION_WORDS.has(name[0]!.lower)) && !office) return false;
    const surface = spanOf(text, name);
    // A title makes a person even of a place's name ("Mrs. Clinton"), not of an alias ("President Obama" stays),
    // a firm or an event ("Solid State Circuits Conference").
    if (lookupAlias(surface) || hasOrgShape(name) || isEventHead(name[name.length - 1]!.lower)) return false;
    const firstTitle = tokens.findIndex((_, i) => titleAt(i));
    const titles = tokens.slice(firstTitle, lastTitle + 1);
    const gender = titleGender(titles);
    // "US President", "White House Press Secretary": what stands before the title is named too,
    // and so is a party the title names ("Labour MP Barry Sheerman", "Conservative MP Tim Yeo").
    if (firstTitle > 0) this.classify(tokens.slice(0, firstTitle), paragraph, text, shouting, true);
    for (const t of titles) {
      // Not a given name right before the name: "Tory Mazzola".
      const party = t.kind === "cap" && !(t === tokens[lastTitle] && isFirstName(t.lower)) ? lookupAlias(t.text) : undefined;
      if (party?.kind === "organization") this.addAlias(party, [t], paragraph, text);
    }
    if (name.length === 1) this.defer(name[0]!, paragraph, text, shouting, isSurnameTitle(tokens[lastTitle]!) ? "honorific" : "title", gender);
    else this.addPerson(name, paragraph, text, gender);
    return true;
  }

  /** A people's name ("Irish"), unless the article gives it as a surname after a title ("Oliver Irish ... said Mr Irish"). */
  private peopleWord(t: Token): boolean {
    return isDemonym(t.text) && !this.titledSurnames.has(t.text);
  }

  /**
   * "Bill Gates ... Mr Gates": a given name that is a common word too, before a surname that is one,
   * names a person where the article puts a title before that surname somewhere.
   */
  private titledFullName(tokens: readonly Token[]): boolean {
    return isCommonFirstName(tokens[0]!.lower) && tokens.length > 1 && this.titledSurnames.has(tokens[1]!.text);
  }

  /** "Jens Laerke" (a first name), "Sefqan Kobani" (nothing but names), "rapper Snoop Dogg" (after a role). */
  private looksLikePersonName(tokens: readonly Token[], afterRole = false): boolean {
    if (tokens.length > 5 || !tokens.every(nameLike) || tokens[0]!.kind !== "cap") return false;
    const last = tokens[tokens.length - 1]!;
    // "Theresa May" is a person; "Sheffield Wednesday", which endsRun keeps whole too, is not.
    const when = isCalendarWord(last.lower) && !(tokens.length === 2 && isCalendarSurname(last.lower, tokens[0]!.lower));
    // "Louise Christian", a given name that is no word before a people's name, is a full name as "Mr Irish" is a
    // surname; not a place's ("Florida Republican", "Orlando Democrat").
    const givenFirst = tokens.length === 2 && isFirstNameAt(tokens, 0) && !isWord(tokens[0]!.lower) && !isUnambiguousPlace(tokens[0]!.text);
    if ((this.peopleWord(last) && !givenFirst) || when || isOrgHead(last.lower) || isJobTitle(last.lower)) return false;
    if (tokens.some((t) => isCountryName(t.text) || lookupAlias(t.text))) return false;
    // "Meet The Fockers": a capitalised small word inside makes a title of a work, not a name.
    if (tokens.some((t, i) => i > 0 && FUNCTION_WORDS.has(t.lower))) return false;
    if (this.isPlaceAndPlural(tokens)) return false;
    if (isFirstNameAt(tokens, 0) || this.titledFullName(tokens)) return true;
    return !isPlaceHead(last.lower) && (afterRole || tokens.every((t) => t.kind !== "cap" || !isWord(t.lower)));
  }

  /** Second pass: single words, settled by what the article names elsewhere, or else by their contexts taken together. */
  private resolveAll(): Untyped {
    for (const p of this.pending) {
      if (p.token.kind === "acronym") continue;
      const othersOnly = businessContext(p.before, p.after) || p.businessBefore
        || ((TEAM_AFTER.test(p.after) || pluralSubject(p) || personRoleBefore(p.before)) && lookupPlace(p.token.text));
      if (othersOnly) this.notPlaceKeys.add(translitKey(p.token.text));
    }
    const unknown = new Map<string, Pending[]>();
    for (const p of this.pending) {
      if (this.resolve(p)) continue;
      const key = translitKey(p.token.text);
      const list = unknown.get(key);
      if (list) list.push(p);
      else unknown.set(key, [p]);
    }
    // "Yukos claims its downfall" in one sentence makes every "Yukos" an organisation.
    const unsettled: [string, Pending[]][] = [];
    for (const [key, mentions] of unknown) {
      let person = 0, org = 0, place = 0;
      for (const p of mentions) {
        if (p.title !== "none") person++;
        else if (orgContext(p.before, p.after) || pluralSubject(p) || p.businessBefore || this.sideCue(p)) org++;
        else if (personContext(p.before, p.after) || firstNameBeforeWho(p)) person++;
        else if (placeNounContext(p.before, p.after)) place++;
      }
      if (org === 0 && person === 0 && place === 0) {
        unsettled.push([key, mentions]);
        continue;
      }
      const kind: EntityKind = org >= person && org > 0 ? "organization" : person > 0 ? "person" : "place";
      this.settle(kind, key, mentions);
    }
    return this.settleLocated(this.settleListedOrganizations(this.settleListedPlaces(unsettled)));
  }

  /**
   * "training in Qatar rather than in Crete", "lives near Welshpool": a name no word, first name or
   * people's adjective, that nothing else settles, is a place where "in" or "near" stands before it
   * wherever the article uses it mid-sentence; not a work one stars in ("starred in Chocolat").
   */
  private settleLocated(unsettled: Untyped): Untyped {
    return unsettled.filter(([key, mentions]) => {
      const { lower, text } = mentions[0]!.token;
      if (isWord(lower) || isFirstName(lower) || isDemonym(text) || isCalendarWord(lower) || /[-‐]/.test(text)) return true;
      const used = mentions.filter((p) => !p.ordinary);
      // Not what stands before a possessive ("in Hitler's Germany").
      const located = (p: Pending) => (p.before[0] === "in" || p.before[0] === "near") && !ROLE_IN.has(p.before[1] ?? "") && !POSSESSIVE_AFTER.test(p.after);
      if (used.length === 0 || !used.every(located)) return true;
      this.settle("place", key, mentions);
      return false;
    });
  }

  /** Whether the words around a run show it as a side: by themselves, or by what it does in a sporting report. */
  private playsAsSide(text: string, tokens: readonly Token[]): boolean {
    const cue = teamCue(text, tokens[0]!.start, tokens[tokens.length - 1]!.end);
    return cue === "side" || (cue === "play" && this.sportingReport());
  }

  private sporting: boolean | undefined;
  /** Names the article uses that only clubs have ("Juventus", "Aston Villa"): two of them make a sporting report. */
  private readonly clubsNamed = new Set<string>();
  /** A national team, a result, a player's position or two clubs somewhere in the article; read once, when first asked. */
  private sportingReport(): boolean {
    return (this.sporting ??= this.clubsNamed.size >= 2 || this.units.some((u) => isSportingReport(u.text)));
  }

  /**
   * "chased by Rangers and Fulham", "the derby at Liverpool", "a move from Chelsea": a club's name in a
   * sporting report, unless a preposition of place ("in Liverpool") or a place noun ("Liverpool city centre") says otherwise.
   */
  private namesClub(surface: string, before: readonly string[], after: string): boolean {
    return this.sportingReport() && isClubName(surface) && !inTown(before) && !placeNounContext(before, after);
  }

  /** "Plymouth v Everton", "Everton coach": a name a fixture or a side's people show is a side ("Radcliffe's coach" may be hers). */
  private sideCue(p: Pending): boolean {
    return !POSSESSIVE_AFTER.test(p.after) && teamCue(this.unitText(p.paragraph), p.token.start, p.token.end) === "side";
  }

  private settle(kind: EntityKind, key: string, mentions: readonly Pending[]): void {
    for (const p of mentions) {
      if (p.ordinary && !orgContext(p.before, p.after) && !personContext(p.before, p.after)) continue;
      const unit = this.unitText(p.paragraph);
      // "Liverpool boss Rafael Benitez … in Liverpool city centre": the club, and the city where the words say so.
      const place = kind === "organization" && locativeContext(p.before, p.after) && !orgContext(p.before, p.after) ? lookupPlace(p.token.text) : undefined;
      if (place) { this.add("place", `place:${place.name}`, [p.token], p.paragraph, unit); continue; }
      if (kind === "person") this.addPerson([p.token], p.paragraph, unit, p.gender);
      else if (kind === "place") this.add(kind, `place:${lookupPlace(p.token.text)?.name ?? key}`, [p.token], p.paragraph, unit);
      else this.add(kind, `org:${key}`, [p.token], p.paragraph, unit);
    }
  }

  /**
   * "Sony, IBM and Toshiba": a word nothing else settles, listed beside an organisation, is
   * one too; repeated, so that a list settles from any one member it knows. Common first
   * names, words and contractions are left alone ("IBM and Michael", "the BBC and Arsenal").
   */
  private settleListedOrganizations(unsettled: Untyped): Untyped {
    // "The Japanese, Koreans and Ericsson of Sweden are backing DMB": peoples, whether or not the demonym list has them.
    const left = unsettled.filter(([, mentions]) => {
      const { lower } = mentions[0]!.token;
      return !isCommonFirstName(lower) && !isWord(lower) && !lower.includes("'") && !lower.includes("’") && !PEOPLES.test(lower);
    });
    return this.settleListed("organization", left);
  }

  /**
   * "swing states like Colorado, Florida and Nevada": a town or region the gazetteer also knows as a
   * word or a first name, listed beside a place, is one; the rest go on to the organisations' lists.
   */
  private settleListedPlaces(unsettled: Untyped): Untyped {
    const places = new Set(unsettled.filter(([, mentions]) => lookupPlace(mentions[0]!.token.text) !== undefined));
    const unlisted = new Set(this.settleListed("place", [...places]));
    return unsettled.filter((entry) => unlisted.has(entry) || !places.has(entry));
  }

  /** Settles as `kind` the entries listed beside a hit of that kind, repeatedly; returns the rest. */
  private settleListed(kind: "organization" | "place", entries: Untyped): Untyped {
    const edges = new Set<string>();
    const addEdges = (paragraph: number, start: number, end: number) => edges.add(`${paragraph}<${start}`).add(`${paragraph}>${end}`);
    for (const h of this.hits) if (h.kind === kind) addEdges(h.paragraph, h.start, h.end);
    const listed = (p: Pending): boolean => {
      const unit = this.unitText(p.paragraph);
      const rest = unit.slice(p.token.end, p.token.end + AFTER_WINDOW);
      const before = LIST_BEFORE.exec(unit.slice(Math.max(0, p.token.start - 8), p.token.start));
      const inList = (separator: string) => !separator.startsWith(",") || separator.length > 2 || LIST_GOES_ON.test(rest);
      if (before && inList(before[0]) && edges.has(`${p.paragraph}>${p.token.start - before[0].length}`)) return true;
      const after = LIST_AFTER.exec(rest);
      return after !== null && inList(after[0]) && edges.has(`${p.paragraph}<${p.token.end + after[0].length}`);
    };
    const left = [...entries];
    for (let changed = true; changed;) {
      changed = false;
      for (let i = 0; i < left.length; i++) {
        const [key, mentions] = left[i]!;
        if (!mentions.some((p) => !p.ordinary && listed(p))) continue;
        this.settle(kind, key, mentions);
        for (const p of mentions) if (!p.ordinary) addEdges(p.paragraph, p.token.start, p.token.end);
        left.splice(i--, 1);
        changed = true;
      }
    }
    return left;
  }

  private unitText(paragraph: number): string {
    return this.units[paragraph + 1]!.text;
  }

  /** A single word settled by the alias table, the article's other names or the gazetteer; false if none of them knows it. */
  private resolve(p: Pending): boolean {
    const t = p.token;
    const text = t.text;
    const single = [t];
    const unit = this.unitText(p.paragraph);
    if (t.kind === "acronym") {
      if (p.shouting) return true;
      const alias = lookupAlias(text);
      if (alias) {
        if (!alias.confirm.has(text) || this.confirmed(alias, text)) this.addAlias(alias, single, p.paragraph, unit);
        return true;
      }
      const group = this.definitions.get(text) ?? this.initialsIndex.get(text.replace(/[.&]/g, ""));
      if (group) { this.add(this.groupKinds.get(group)!, group, single, p.paragraph, unit); return true; }
      // "PENCE:" in a transcript is Mike Pence; "BREAKING" is a word, and so are a shouted "ANY" or "THE"; "N.Y." an abbreviation.
      const person = text.length > 3 ? this.personFor(p) : undefined;
      if (person) this.add("person", person.group, single, p.paragraph, unit);
      else if ((mayBeOrgAcronym(text) || isKnownOrganization(text)) && !text.includes(".") && !(text.length > 3 ? isWord(t.lower) : FUNCTION_WORDS.has(t.lower) || SHOUTED_WORDS.has(t.lower))) {
        this.add("organization", `org:${translitKey(text)}`, single, p.paragraph, unit);
      }
      return true;
    }
    const alias = lookupAlias(text);
    if (alias) {
      // "Labour costs rose" opens a sentence with a word; "Labour" elsewhere in the article says it is the party.
      if (!p.ordinary || !isCoreWord(t.lower) || this.usedMidSentence(text)) this.addAlias(alias, single, p.paragraph, unit);
      return true;
    }
    // "MPs", "CEOs", "GPs": the plural of an acronym is a kind of people, not anyone's name.
    if (isPluralAcronym(text)) return true;
    const person = this.personFor(p);
    if (person) { this.add("person", person.group, single, p.paragraph, unit, p.gender); return true; }
    const key = translitKey(text);
    const group = this.byKey.get(key);
    // "the derby at Liverpool … grew up in Liverpool": the club, and the city where a preposition of place says so.
    const town = group && isClubName(text) && inTown(p.before) ? lookupPlace(text) : undefined;
    if (town) { this.add("place", `place:${town.name}`, single, p.paragraph, unit); return true; }
    if (group) { this.add(this.groupKinds.get(group)!, group, single, p.paragraph, unit); return true; }
    if (this.firmNames.has(key)) { this.add("organization", `org:${key}`, single, p.paragraph, unit); return true; }
    // "Mr Gates", "Mrs Rivers": after "Mr" a word or a town is a surname, left to the vote, which the title decides.
    const honorific = p.title === "honorific";
    // "told the Times", "writing in the Observer": a newspaper's one-word name after "the", not after "of"
    // ("Tears of the Sun"). It is the paper the article names in full, if one alone ends so ("The New York Times").
    if (p.before[0] === "the" && p.before[1] !== "of" && NEWSPAPERS.has(text)) {
      this.add("organization", this.paperNamed(text) ?? `org:${key}`, single, p.paragraph, unit);
      return true;
    }
    // "the band Wings": a plural named as what only a group is.
    if (isPluralWord(t.lower) && ORG_NOUN_SET.has(p.before[0] ?? "")) { this.add("organization", `org:${key}`, single, p.paragraph, unit); return true; }
    if (!honorific && this.namesClub(text, p.before, p.after)) { this.add("organization", `org:${key}`, single, p.paragraph, unit); return true; }
    if (!honorific && (isDemonym(text) || isPluralWord(t.lower) || isCalendarWord(t.lower))) return true;
    // A head word alone names nothing, unless the word after it makes it a paper ("The Times newspaper").
    if (isTitle(t) || (!honorific && ((isOrgHead(t.lower) && !PAPER_AFTER.test(p.after)) || isPlaceHead(t.lower) || isEventHead(t.lower)))) return true;
    if (honorific) return false;
    // "Toshiba announced", "Nokia" (a Finnish town too): a well-known firm, unless the article names a person so.
    if (isKnownOrganization(text)) { this.add("organization", `org:${key}`, single, p.paragraph, unit); return true; }
    const place = lookupPlace(text);
    if (place?.country) { this.add("place", `place:${place.name}`, single, p.paragraph, unit); return true; }
    // A capitalised common word at a sentence start is a name only if the words after it say so ("Trump said").
    if (p.ordinary && (isCoreWord(t.lower) || !speechVerbAfter(p.after))) return true;
    // A town's name used of a person ("Obama said") is left to the context vote, unless a preposition of place stands before it.
    // A town's name that the article also uses of a business, a club or a person ("Nokia's profits", "Chelsea boss", "star Aaliyah") is left to the vote.
    // "Subs Not Used: Francis, Kabba, Shaw, Haystead.": an item of a team sheet is a player's surname, not a town.
    if (place && onTeamSheet(unit, t.start)) return true;
    const located = place !== undefined && (locativeContext(p.before, p.after) || locatedByNeighbour(unit, t.start, p.after));
    if (place && !this.notPlaceKeys.has(translitKey(text)) && (located || (!place.ambiguous && !personContext(p.before, p.after)))) {
      this.add("place", `place:${place.name}`, single, p.paragraph, unit, undefined, !located);
      return true;
    }
    return false;
  }

  /** Whether the article uses `surface` as a single word anywhere but at the start of a sentence. */
  private usedMidSentence(surface: string): boolean {
    this.midSentenceWords ??= new Set(this.pending.filter((q) => !q.token.initial).map((q) => q.token.text));
    return this.midSentenceWords.has(surface);
  }

  /** A confirm-only alias ("IS") counts when the article names the entity another way too. */
  private confirmed(alias: AliasEntry, surface: string): boolean {
    const group = `alias:${alias.name}`;
    if ([...this.surfacesByGroup.get(group) ?? []].some((s) => s !== surface)) return true;
    if (!this.pendingAliasSurfaces) {
      this.pendingAliasSurfaces = new Map();
      for (const q of this.pending) {
        const entry = lookupAlias(q.token.text);
        if (entry) this.pendingAliasSurfaces.set(entry, (this.pendingAliasSurfaces.get(entry) ?? new Set()).add(q.token.text));
      }
    }
    return [...this.pendingAliasSurfaces.get(alias) ?? []].some((s) => s !== surface);
  }

  /** The person a single name shortens: by surname, else by a first name only one person has. */
  private personFor(p: Pending): PersonName | undefined {
    const key = translitKey(p.token.text);
    const at = position(p.paragraph, p.token.start);
    let candidates = (this.peopleBySurname.get(key) ?? []).filter((n) => n.first !== p.token.lower);
    // "Hillary" for Hillary Clinton; but "Prince Charles" is not Charles Kennedy.
    if (candidates.length === 0 && p.title === "none") {
      const byFirst = this.peopleByFirst.get(p.token.lower) ?? [];
      if (byFirst.length === 1) candidates = byFirst;
    }
    // "Mr Montieth" after "David Monteith", "said Daveport" after "Lindsay Davenport": the
    // article's own slip in a surname it gave in full, after a title or an inverted speech verb (a
    // lone "Venice" may be no one's), and no given name ("Prince William" is not Rowan Williams).
    if (candidates.length === 0 && (p.title !== "none" || SPEECH_VERBS.has(p.before[0] ?? "")) && !isFirstName(p.token.lower)) {
      const slips = [...this.peopleBySurname].filter(([last]) => oneSlipApart(last, key)).flatMap(([, named]) => named);
      if (slips.length !== 1) return undefined;
      candidates = slips;
    }
    // "Mr. Obama" is not Michelle Obama: a title's gender rules out a namesake of the other; but
    // "Mr Smith" may be Robin Smith, whose name English gives both sexes.
    if (p.gender) {
      const same = candidates.filter((n) => n.gender === p.gender);
      candidates = same.length > 0 ? same : candidates.filter((n) => n.gender === undefined || isEitherSexName(n.first));
    }
    // Several people share the surname: the one named most recently before, else the first named after.
    let best: PersonName | undefined;
    let bestBefore = -1;
    for (const n of candidates) {
      const before = lastAtOrBefore(n.positions, at);
      if (!best || (before >= 0 ? before > bestBefore : bestBefore < 0 && n.positions[0]! < best.positions[0]!)) {
        best = n;
        bestBefore = before;
      }
    }
    return best;
  }

  /** "Parker Bowles" after "Camilla Parker Bowles": a full name that ends another person's name is that person. */
  private personAliases(): Map<string, string> {
    const names = new Map<string, string>();
    for (const h of this.hits) if (h.kind === "person" && h.surface.includes(" ")) names.set(h.surface, h.group);
    const merged = new Map<string, string>();
    for (const [surface, group] of names) {
      for (const [longer, into] of names) {
        if (into !== group && longer.length > surface.length && longer.endsWith(` ${surface}`)) { merged.set(group, into); break; }
      }
    }
    // "D Traille" after "Damien Traille": an initial stands for the one first name of that surname it begins.
    for (const [surface, group] of names) {
      const [initial, surname] = surface.split(" ");
      if (surname === undefined || !INITIAL.test(initial!) || merged.has(group)) continue;
      const into = new Set([...names].filter(([s, g]) => g !== group && s.startsWith(initial![0]!) && s.endsWith(` ${surname}`)).map(([, g]) => g));
      if (into.size === 1) merged.set(group, [...into][0]!);
    }
    return merged;
  }

  /**
   * A place's mentions as a side become its team's ("Italy coach", "Seychelles v South Africa"); what a
   * side does ("when they meet Wales") counts only in a report that shows a side by itself somewhere,
   * or a national team, a result or a player's position.
   */
  private teamsOfPlaces(): void {
    const cues = new Map<Hit, TeamCue>();
    for (const h of this.hits) {
      const cue = h.kind === "person" ? undefined : teamCue(this.unitText(h.paragraph), h.start, h.end);
      if (cue) cues.set(h, cue);
    }
    const showsSide = [...cues.values()].includes("side");
    const sides = new Set<string>();
    const toSide = (h: Hit) => {
      h.kind = "organization";
      h.group = `${TEAM}${h.group}`;
    };
    for (const [h, cue] of cues) {
      if (h.kind !== "place") continue;
      // The whole report is read only when a place does what a side does.
      if (cue === "play" && !showsSide && !this.sportingReport()) continue;
      sides.add(h.group);
      toSide(h);
    }
    // A place the report shows as a side is that side wherever no preposition of place says otherwise
    // ("Plymouth v Everton … Everton visit Plymouth"; "hosted in Namibia" stays the country).
    for (const h of this.hits) {
      if (h.kind !== "place" || !sides.has(h.group)) continue;
      const unit = this.unitText(h.paragraph);
      if (!locativeContext(wordsBefore(unit, h.start, 3), unit.slice(h.end, h.end + AFTER_WINDOW))) toSide(h);
    }
  }

  /**
   * "Deutsche Boerse said ... Frankfurt-based Deutsche Boerse": a name the article also gives an organisation, whose
   * cue a person's shape does not outweigh. Each such person's group, with the organisation's to merge it into.
   */
  private peopleNamedLikeOrganizations(): Map<string, string> {
    const organizations = new Map<string, string>();
    for (const h of this.hits) if (h.kind === "organization") organizations.set(h.surface, h.group);
    const merged = new Map<string, string>();
    for (const h of this.hits) {
      const organization = h.kind === "person" ? organizations.get(h.surface) : undefined;
      if (organization) merged.set(h.group, organization);
    }
    return merged;
  }

  private assemble(untyped: Untyped): EntitySet {
    this.teamsOfPlaces();
    const merged = this.personAliases();
    const namedLikeOrganizations = this.peopleNamedLikeOrganizations();
    const groups = new Map<string, Hit[]>();
    for (const h of this.hits) {
      const organization = namedLikeOrganizations.get(h.group);
      if (organization !== undefined) {
        h.group = organization;
        h.kind = "organization";
        h.retyped = true;
      }
      if (merged.has(h.group)) h.group = merged.get(h.group)!;
      if (this.works.has(h.group)) continue;
      const list = groups.get(h.group);
      if (list) list.push(h);
      else groups.set(h.group, [h]);
    }
    const out: EntitySet = { people: [], places: [], organizations: [], untyped: [] };
    const at = (h: Hit) => position(h.paragraph, h.start);
    for (const hits of groups.values()) hits.sort((a, b) => at(a) - at(b));
    // In order of first mention, as a reader meets them.
    const ordered = [...groups].sort(([, a], [, b]) => at(a[0]!) - at(b[0]!));
    for (const [group, hits] of ordered) {
      const mentions: Mention[] = hits.map(({ surface, paragraph, start, end }) => ({ surface, paragraph, start, end }));
      const kind = hits[0]!.kind;
      const named = hits.filter((h) => !h.retyped);
      const surfaces = (named.length > 0 ? named : hits).map((h) => h.surface);
      const entity: Entity = { name: nameOf(group, kind, surfaces), mentions };
      if (kind === "person") {
        const gender = hits.find((h) => h.gender)?.gender ?? firstNameGender(entity.name.split(" ")[0]!.toLowerCase());
        if (gender) entity.gender = gender;
        out.people.push(entity);
      } else if (kind === "place") {
        if (hits.every((h) => h.guessed)) entity.guessed = true;
        out.places.push(entity);
      }
      else out.organizations.push(entity);
    }
    for (const [, pending] of untyped) {
      const mentions = pending.filter((p) => !p.ordinary).map(({ token, paragraph }): Mention => ({ surface: token.text, paragraph, start: token.start, end: token.end }));
      // Two letters are an abbreviation ("Va") or a stray byte's capital, not a name to look up.
      if (mentions.length > 0 && mentions[0]!.surface.length > 2) out.untyped.push({ name: canonicalName(mentions.map((m) => m.surface)), mentions });
    }
    return out;
  }
}

/** The group of a place's side: its place's, marked. */
const TEAM = "team:";

/** Table aliases and countries keep their table name, and so do their sides; people their fullest name; the rest their best-formed spelling. */
function nameOf(group: string, kind: EntityKind, surfaces: readonly string[]): string {
  if (group.startsWith(TEAM)) return nameOf(group.slice(TEAM.length), "place", surfaces);
  if (group.startsWith("alias:")) return group.slice("alias:".length);
  if (kind === "place") {
    const place = lookupPlace(surfaces[0]!);
    if (place?.country) return place.name;
  }
  if (kind === "person") {
    const full = surfaces.filter((s) => s.includes(" "));
    // "Kelly Holmes", however often a team sheet writes "K Holmes".
    const spelledOut = full.filter((s) => !INITIAL.test(s.slice(0, s.indexOf(" "))));
    if (full.length > 0) return canonicalName(spelledOut.length > 0 ? spelledOut : full);
  }
  // "The New York Times ... the Times": the paper goes by its full name, however often it is called short.
  if (kind === "organization") return canonicalName(surfaces.filter((s) => !surfaces.some((o) => o.endsWith(` ${s}`))));
  return canonicalName(surfaces);
}

/** The people, places and organisations an article names, each once with all its mentions. */
export function findEntities(text: ArticleText): EntitySet {
  const units: Unit[] = [{ text: text.headline, paragraph: -1 }, ...text.paragraphs.map((p, i) => ({ text: p, paragraph: i }))];
  return new ArticleEntities(units).run();
}
