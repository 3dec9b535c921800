// Titles and roles that stand before a person's name ("Prime Minister Justin Trudeau",
// "Rep. Jim Clyburn", "SDF commander Adnan Afrin"). They are stripped from the name,
// mark what follows as a person, and some say the person's gender.
import { genderFromTitle } from "./gender.ts";
import type { Gender } from "./types.ts";
import type { Token } from "./names.ts";

/** Capitalised title words, lower case and without the full stop. */
const TITLES = new Set([
  "president", "vice", "prime", "minister", "secretary", "secretary-general", "chancellor", "senator", "sen",
  "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "mr", "mrs", "ms", "mister",
  "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "baroness", "viscount", "duchess", "countess", "king", "queen", "prince", "princess",
  "pope", "gen", "general", "col", "colonel", "lt", "lieutenant", "capt", "captain", "sgt", "sergeant", "maj",
  "major", "adm", "admiral", "cmdr", "commander", "judge", "justice", "chief", "ambassador", "attorney",
  "speaker", "deputy", "foreign", "defence", "defense", "home", "interior", "finance", "health", "education",
  "treasury", "former", "acting", "leader", "premier", "sheikh", "ayatollah", "imam", "rev", "reverend", "pastor",
  "father", "bishop", "archbishop", "cardinal", "rabbi", "coach", "manager", "chairman", "chairwoman",
  "director", "executive", "officer", "agent", "detective", "inspector", "constable", "commissioner",
  "senior", "first", "crown", "emir", "sultan", "president-elect", "democratic", "republican", "democrat",
  "presidential", "candidate", "nominee", "spokesman", "spokeswoman", "spokesperson", "state", "press",
  "labour", "conservative", "tory", "shadow", "mp", "mep", "ceo", "dj", "saint", "st", "consort", "royal",
  "highness", "majesty",
]);


/** Lower-case roles that put a name after them ("spokesman Heras", "commander Adnan Afrin"). */
const ROLES = new Set([
  "spokesman", "spokeswoman", "spokesperson", "commander", "official", "leader", "minister", "president",
  "chairman", "chairwoman", "director", "chief", "analyst", "resident", "fighter", "activist", "lawyer",
  "researcher", "professor", "colleague", "son", "daughter", "wife", "husband", "brother", "sister", "mother",
  "father", "friend", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "singer",
  "actor", "actress", "star", "player", "boss", "executive", "founder", "secretary", "senator", "governor",
  "mayor", "candidate", "nominee", "adviser", "advisor", "aide", "correspondent", "reporter", "editor",
  "author", "writer", "director", "producer", "rapper", "comedian", "designer", "economist", "envoy",
  "ambassador", "general", "colonel", "soldier", "officer", "survivor", "witness", "teacher", "doctor",
  "chancellor", "champion", "rival", "partner", "owner", "investor", "billionaire", "businessman",
  "businesswoman", "presenter", "host", "journalist", "photographer", "artist", "musician", "guitarist",
  "drummer", "frontman", "bassist", "veteran", "widow", "mp", "lawmaker", "congressman", "congresswoman", "judge", "prosecutor",
]);

/**
 * Titles of an office that are no adjective, so a common word after them is still a surname
 * ("President Bush", "Chancellor Brown", "Senator Rice"); unlike "General", "Home" or "Foreign".
 */
const OFFICE_TITLES = new Set([
  "president", "senator", "sen", "governor", "gov", "mayor", "chancellor", "minister", "premier", "congressman",
  "congresswoman", "rep", "ambassador", "judge", "commissioner", "pope", "sheikh", "ayatollah", "emir", "sultan",
]);
export const isOfficeTitle = (t: Token): boolean => t.kind === "cap" && OFFICE_TITLES.has(t.lower);
export const isOffice = (lower: string): boolean => OFFICE_TITLES.has(lower);

/** Jobs that end a title but no one's name ("Washington Political Editor"); not "Major" or "Player", which are surnames too. */
const JOB_TITLES = new Set([
  "editor", "correspondent", "reporter", "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman",
  "executive", "adviser", "advisor", "analyst", "secretary", "president", "minister", "manager", "officer", "commissioner",
  "presenter", "columnist", "chief",
]);
export const isJobTitle = (lower: string): boolean => JOB_TITLES.has(lower);

/** Honours and ranks written after a name ("Guy Mansfield QC", "Diane Abbott OBE"): they end it. */
const HONOURS_AFTER_NAME = new Set(["qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe"]);
export const isHonourAfterName = (lower: string): boolean => HONOURS_AFTER_NAME.has(lower);
/** A seat's letters, which before a name are a title ("Labour MP Barry Sheerman") but after one end it ("Andrew Tyrie MP"). */
const SEAT_LETTERS = new Set(["mp", "mep", "msp"]);
export const isSeatLetters = (lower: string): boolean => SEAT_LETTERS.has(lower);
/** An honour's letters or a seat's, after a name. */
export const isLettersAfterName = (lower: string): boolean => HONOURS_AFTER_NAME.has(lower) || isSeatLetters(lower);

/** Honorifics stand only before a surname, even one that is a word ("Mr Jobs", "Mrs Hope"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mister", "dr"]);

/** A word of `titles`, or one made from it with a prefix: "Under-Secretary", "Vice-President", "co-chairman". */
export const isPrefixedTitle = (lower: string, titles: ReadonlySet<string>): boolean =>
  titles.has(lower) || (lower.includes("-") && titles.has(lower.slice(lower.lastIndexOf("-") + 1)));
export const isTitle = (t: Token): boolean => isPrefixedTitle(t.lower, TITLES);
const isHonorific = (t: Token): boolean => t.kind === "cap" && HONORIFICS.has(t.lower);
/** Peerages stand before a surname or a seat, even a plural word's ("Lord Dubs", "Lord Young", "Baroness Scotland"). */
const PEERAGES = new Set(["lord", "baroness", "baron", "viscount", "viscountess"]);
export const isPeerage = (t: Token): boolean => t.kind === "cap" && PEERAGES.has(t.lower);
/** A title after which one capitalised word is a surname whatever else it may be. */
export const isSurnameTitle = (t: Token): boolean => isHonorific(t) || isPeerage(t);
export const isHonorificWord = (lower: string): boolean => HONORIFICS.has(lower);
export const isRole = (lower: string): boolean => ROLES.has(lower);

export function titleGender(titles: readonly Token[]): Gender | undefined {
  for (const t of titles) {
    const gender = genderFromTitle(t.lower);
    if (gender) return gender;
  }
  return undefined;
}
