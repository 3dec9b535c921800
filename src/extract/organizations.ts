// What makes a capitalised run an organisation: a head noun ("Syrian Democratic
// Forces", "Wall Street Journal", "Office for the Coordination of Humanitarian
// Affairs"), or an acronym, with the acronyms that name no organisation left out.
import type { Token } from "./names.ts";
import { isTitle } from "./titles.ts";
import { readDataFile } from "./dataFile.ts";

/** How a name is looked up among the well-known organisations: lower case, no apostrophes, one space for a hyphen ("Coca-Cola", "Sainsbury's"). */
export const organizationKey = (name: string): string => name.toLowerCase().replace(/['’]/g, "").replace(/[-‐\s]+/g, " ").trim();
let knownOrganizations: ReadonlySet<string> | undefined;
/** What organizationKey would change besides the case. */
const KEY_PUNCTUATION = /['’\-‐]|\s\s/;
const lookupKey = (surface: string): string => (KEY_PUNCTUATION.test(surface) ? organizationKey(surface) : surface.toLowerCase());
let clubs: { only: ReadonlySet<string>; all: ReadonlySet<string> } | undefined;
/** The hand-kept sports clubs by lookup key: those no place, word or people shares a name with, and all. */
function clubKeys(): { only: ReadonlySet<string>; all: ReadonlySet<string> } {
  if (!clubs) {
    const data = readDataFile<{ clubs: string[]; shared: string[] }>("clubs.json");
    const only = new Set(data.clubs.map(organizationKey));
    clubs = { only, all: new Set([...only, ...data.shared.map(organizationKey)]) };
  }
  return clubs;
}

/**
 * Well-known companies, bodies and bands ("Sony", "Goldman Sachs", "Bee Gees"), which need no cue in the text,
 * and clubs nothing else is called ("Juventus", "Aston Villa").
 */
export function isKnownOrganization(surface: string): boolean {
  knownOrganizations ??= new Set([...readDataFile<string>("organizations.json").split("|"), ...clubKeys().only]);
  const key = lookupKey(surface);
  // Written apart or together: "JP Morgan" is "JPMorgan", "Wal-Mart" "Walmart"; not "U-2", the plane, for "U2".
  return knownOrganizations.has(key) || (SPLIT_WORDS.test(key) && knownOrganizations.has(key.replace(/ /g, "")));
}
const SPLIT_WORDS = /^\p{L}{2,}(?: \p{L}{2,})+$/u;

/** A club nothing else is called: two of them make a sporting report. */
export const isClubOnlyName = (surface: string): boolean => clubKeys().only.has(lookupKey(surface));
/** A sports club's name, which a town, a word or a district may share ("Chelsea", "Wolves", "West Ham"): the club in a sporting report. */
export const isClubName = (surface: string): boolean => clubKeys().all.has(lookupKey(surface));

/** Nouns that end (or, before "of"/"for", lead) an organisation's name. Lower case. */
const ORG_HEADS = new Set([
  "forces", "force", "party", "office", "agency", "ministry", "department", "council", "committee",
  "commission", "organisation", "organization", "association", "union", "bank", "corporation", "corp",
  "inc", "ltd", "plc", "llc", "group", "company", "co", "institute", "university", "college", "academy",
  "school", "foundation", "fund", "trust", "society", "observatory", "network", "news", "journal", "times",
  "post", "press", "herald", "telegraph", "tribune", "gazette", "chronicle", "radio", "television", "tv",
  "airlines", "airways", "authority", "board", "court", "parliament", "assembly", "congress", "senate",
  "army", "navy", "police", "service", "services", "federation", "league", "alliance", "coalition", "front",
  "movement", "brigade", "brigades", "corps", "guard", "guards", "church", "club", "fc", "united", "city",
  "rovers", "wanderers", "athletic", "records", "studios", "pictures", "entertainment", "motors", "systems",
  "technologies", "labs", "laboratories", "software", "holdings", "partners", "capital", "exchange", "reserve", "centre",
  "center", "hospital", "museum", "bureau", "administration", "directorate", "command", "watch",
  "international", "nations", "secretariat", "cabinet", "government", "commons", "lords", "institution",
  "industries", "electronics", "communications", "telecom", "pharmaceuticals", "pharma", "securities", "registry",
  "programme", "petroleum", "railways",
  "magazine", "review", "weekly", "daily", "initiative", "campaign", "orchestra", "ballet", "opera", "philharmonic", "mission", "caucus",
  "tribunal", "unit", "team", "laboratory", "brothers", "bros", "airport", "agency", "guardian", "observer",
  "independent", "mirror", "express", "mail", "standard", "post-dispatch", "channel", "media", "broadcasting",
  "house", "gallery", "democrats", "dems", "utd", "villa", "albion", "hotspur", "argyle", "research", "advisors", "advisers", "associates", "consultants", "networks",
]);

/** Words that end the name of an event, a competition or a law ("Davis Cup", "Athens Olympics", "Patriot Act"): a thing, never a person. */
const EVENT_HEADS = new Set([
  "cup", "olympics", "olympiad", "games", "championship", "championships", "open", "trophy", "prix", "marathon",
  "festival", "awards", "award", "prize", "oscars", "grammys", "tournament", "derby", "masters", "bowl", "expo", "summit",
  "tour", "sevens", "indoors", "finals", "conference", "convention", "show", "fair", "exhibition", "week",
  "agreement", "treaty", "accord", "act", "bill",
]);
/** Heads that come first and take "of"/"for" ("Bank of England", "Office for National Statistics"). */
const LEADING_HEADS = new Set([
  "bank", "ministry", "department", "office", "university", "church", "house", "council", "court", "board",
  "institute", "college", "school", "museum", "federation", "union", "league", "association", "society",
  "organisation", "organization", "commission", "committee", "agency", "bureau", "order", "party", "army",
  "observatory", "coalition", "alliance", "movement", "front", "centre", "center", "chamber", "chambers", "academy",
  "fund", "foundation", "trust", "institution", "authority", "secretariat", "administration", "tribunal", "transport",
]);

/** All-caps words that are not organisations: units, titles, media, medicine, grammar. */
const NON_ORG_ACRONYMS = new Set([
  "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "TV", "DVD", "CD", "PC", "IT", "AI", "MP", "MPs", "MEP", "PM",
  "AM", "OK", "HIV", "AIDS", "SARS", "DNA", "GMT", "BST", "EST", "PST", "UTC", "VAT", "HD", "DJ", "MC", "ID",
  "PR", "HR", "UFO", "ATM", "PIN", "SMS", "USB", "PDF", "URL", "FAQ", "VIP", "RIP", "LOL", "CV", "PhD", "MBA",
  "BA", "MA", "QC", "GP", "ICU", "AK", "RPG", "IED", "IEDs", "GPS", "LED", "LCD", "MP3", "PS2", "PS3", "3G",
  "4G", "5G", "I", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "A", "B", "C", "D", "E", "F", "G", "H",
  "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "V", "W", "X", "Y", "Z", "NB", "PS", "AD", "BC", "CE",
  "US", "UK", "EU", "FTSE", "IPO", "ISP", "VoIP", "WiFi", "SUV", "RAM", "CPU", "GPU", "OS", "KM", "KG", "MPH",
  "LGBT", "LGBTQ", "STD", "PTSD", "ADHD", "COVID", "NO", "YES", "ET", "PT", "LNG", "LPG", "HRH", "AC", "DC",
  "CO", "ER", "RBI", "PGA", "MVP", "QB", "NB", "TBA", "ASAP", "FYI", "RSVP", "BTW", "DIY", "OMG", "CGI", "HQ",
  "AKA", "POTUS", "FLOTUS", "HTML", "WWI", "WWII", "AG", "HK",
  // Technologies, formats and standards.
  "ADSL", "DSL", "GPRS", "GSM", "CDMA", "WCDMA", "HSDPA", "MMS", "WAP", "SIM", "VHS", "VCR", "PVR", "DVR", "HDTV",
  "IPTV", "VOD", "DTT", "DAB", "FM", "MW", "LW", "DRM", "RSS", "IP", "TCP", "SSL", "XML", "GUI", "LAN", "WLAN",
  "UWB", "RFID", "PDA", "SD", "UMD", "DOS", "ASCII", "GIF", "JPEG", "MPEG", "ZIP", "WMA", "AAC", "HDMI", "DVI",
  "OFDM", "PAL", "NTSC", "P2P", "MMORPG", "UV", "MRI", "CCTV", "ISBN", "LLU", "XP",
  // Honours, meetings, exams and other things an acronym names.
  "OBE", "MBE", "CBE", "KBE", "AGM", "EGM", "GCSE", "AWOL", "WMD", "FDI", "CPI", "RPI", "QMV", "CFD", "R&D", "Q&A",
  "B&B", "R&B",
]);

export const isOrgHead = (lower: string): boolean => ORG_HEADS.has(lower);
export const isEventHead = (lower: string): boolean => EVENT_HEADS.has(lower);

/** An age group at the end of a side's name: "England Under-21". */
const AGE_GROUP = /^under-\d{2}s?$/;

/** A football club's letters, before or after its town ("FC Barcelona", "AC Milan", "Wimbledon AFC", "Graz AK"). */
const CLUB_LETTERS = new Set(["FC", "AFC", "AC", "CF", "SC", "SV", "FK", "SK", "AK", "BK", "IFK"]);

/**
 * "Air China", "Air Force", "Radio Five Live", "BBC Radio 4", "Channel 4": a word that leads the name of an
 * airline, an air arm, a station or a channel, never a person's or a place's ("Channel Islands" is one),
 * unless a title follows ("Virgin Radio DJ Pete Mitchell").
 */
export const leadsServiceName = (tokens: readonly Token[]): boolean => tokens.length > 1 && !tokens.some(isTitle)
  && (tokens[0]!.text === "Air" || tokens[0]!.text === "Radio" || (tokens[0]!.text === "Channel" && /^\d/.test(tokens[1]!.text)));

/** Whether a run of tokens is shaped like an organisation's name. */
export function hasOrgShape(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]!;
  // "Chicago Sun-Times", "San Diego Union-Tribune": the head after a hyphen.
  const head = last.lower.slice(last.lower.search(/[^-‐]*$/));
  if (tokens.length > 1 && ((ORG_HEADS.has(head) && last.kind !== "acronym") || CLUB_LETTERS.has(tokens[0]!.text) || CLUB_LETTERS.has(last.text))) return true;
  // Partners joined by "&" name a firm: "Procter & Gamble", "Ogilvy & Mather"; an age group a side: "England Under-21".
  if (tokens.some((t) => t.lower === "&") || (tokens.length > 1 && AGE_GROUP.test(last.lower))) return true;
  // A station or a channel inside a name too ("BBC Radio 4"); an airline's "Air" only leads one ("Delta Air Lines' Comair" is two).
  if (tokens.some((t, i) => (i === 0 || t.text !== "Air") && leadsServiceName(tokens.slice(i)))) return true;
  return tokens.some((t, i) => {
    const next = tokens[i + 1];
    return next !== undefined && (next.lower === "of" || next.lower === "for")
      && (ORG_HEADS.has(t.lower) || (i === 0 && LEADING_HEADS.has(t.lower)));
  });
}

/** A connector may join a run that already has a head it can complete ("Observatory for"), not any head ("United on"). */
export const opensComplement = (t: Token): boolean => LEADING_HEADS.has(t.lower);

/** "G8", "G20": a group of nations, the one acronym with digits that names a body. */
const GROUP_OF_NATIONS = /^G-?\d{1,2}$/;
/** An all-caps word that can stand for an organisation by itself. */
export const mayBeOrgAcronym = (text: string): boolean =>
  text.length >= 2 && text.length <= 6 && !NON_ORG_ACRONYMS.has(text) && (!/\d/.test(text) || GROUP_OF_NATIONS.test(text));

/**
 * The initials of a name, as acronyms are made: capitalised words give their first
 * letter, hyphen parts count ("France-Presse" gives F, P), all-caps words give all their
 * letters, and small words give nothing. "Syrian Democratic Forces" gives "SDF".
 */
export function initials(tokens: readonly Token[]): string {
  let out = "";
  for (const t of tokens) {
    if (t.kind === "acronym") out += t.text.replace(/\./g, "");
    else if (t.kind === "cap") for (const part of t.text.split(/[-‐]/)) out += part.charAt(0).toUpperCase();
  }
  return out;
}
