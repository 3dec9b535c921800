// What makes a capitalised run a place besides the gazetteer: a geographic head
// ("Times Square", "Euphrates Valley", "Gulf of Aden"), or the words around it
// ("the village of Baghouz", "Deir al-Zor province", "in Regina").
import type { Token } from "./names.ts";
import { isDemonym, isWord } from "./lexicon.ts";

/** Nouns that end a place's name. Lower case. */
const PLACE_HEADS = new Set([
  "square", "street", "avenue", "road", "boulevard", "bridge", "river", "valley", "lake", "mountains",
  "mountain", "hills", "hill", "island", "islands", "sea", "ocean", "gulf", "bay", "strait", "straits",
  "desert", "province", "governorate", "region", "county", "district", "peninsula", "plaza", "canal",
  "coast", "heights", "park", "stadium", "arena", "dam", "plain", "plains", "basin", "delta", "forest",
  "border", "crossing", "camp", "highway", "cathedral", "mosque", "palace", "castle", "tower", "prison", "jail", "lane",
]);
/** Nouns that begin a place's name ("Mount Sinjar", "Lake Tana", "Gulf of Aden"). */
const PLACE_LEADS = new Set(["mount", "mt", "lake", "gulf", "sea", "isle", "bay", "strait", "cape", "port", "fort", "ft"]);

export const isPlaceHead = (lower: string): boolean => PLACE_HEADS.has(lower);
/** Of those, the ones no one has for a surname: "George Street" is a street, where "Richard Hill" is a man. */
const PLACE_ONLY_HEADS = new Set(["square", "street", "avenue", "road", "boulevard", "plaza", "stadium", "arena", "highway", "province", "governorate", "district", "island", "islands", "peninsula", "mountains", "canal"]);
export const isPlaceOnlyHead = (lower: string): boolean => PLACE_ONLY_HEADS.has(lower);

/** Words after which "of" carries a place name on ("Gulf of Aden", "United States of America", "Republic of Congo"). */
const PLACE_COMPLEMENT_HEADS = new Set([...PLACE_LEADS, ...PLACE_HEADS, "republic", "kingdom", "states", "emirate"]);
export const opensPlaceComplement = (lower: string): boolean => PLACE_COMPLEMENT_HEADS.has(lower);

/** Whether a run of tokens is shaped like a place name. */
export function hasPlaceShape(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  return PLACE_HEADS.has(tokens[tokens.length - 1]!.lower) || PLACE_LEADS.has(tokens[0]!.lower) || pointedPlace(tokens);
}

/**
 * "West Yorkshire", "North Philadelphia", "North Hykeham": a point of the compass before a name
 * that is no word ("North Face", "Northern Rock" are firms) nor a people's ("South Korean"). A
 * longer run is left to be cut ("South Carolina Saturday", "South Carolina Sen. Lindsey Graham").
 */
function pointedPlace(tokens: readonly Token[]): boolean {
  if (tokens.length !== 2 || !COMPASS_POINTS.has(tokens[0]!.lower)) return false;
  const name = tokens[1]!;
  return name.kind === "cap" && !isWord(name.lower) && !isDemonym(name.text) && !isDemonym(`${tokens[0]!.text} ${name.text}`.replace(/s$/, ""));
}

/** Lower-case nouns that, right after a name, say it is a place ("Deir al-Zor province"). */
const PLACE_NOUNS = [
  "province", "governorate", "region", "city", "town", "village", "district", "county", "valley", "river", "state",
  "countryside", "suburb", "neighbourhood", "neighborhood",
];
const NOUN_AFTER = new RegExp(`^\\s+(?:${PLACE_NOUNS.join("|")})\\b`);
/** "the village of Al-Baghouz", "the outskirts of Raqqa". */
const NOUNS_BEFORE_OF = new Set([...PLACE_NOUNS, "outskirts", "capital"]);
/** Prepositions of place, which also precede times and people, so they only settle a name already known as a place. */
const PREPOSITIONS = new Set(["in", "near", "outside", "across", "from", "into", "toward", "towards", "around", "via"]);
/** "Regina, Saskatchewan": a name followed by a comma and another capitalised name. */
const COMMA_NAME_AFTER = /^,\s+\p{Lu}/u;

/** The words around a name say it is a place: "the village of X", "X province". `before` is nearest first. */
export const placeNounContext = (before: readonly string[], after: string): boolean =>
  NOUN_AFTER.test(after) || (before[0] === "of" && NOUNS_BEFORE_OF.has(before[1] ?? ""));

/** A preposition of place right before a name ("in Chelsea"); `before` is nearest first. */
export const placePrepositionBefore = (before: readonly string[]): boolean => PREPOSITIONS.has(before[0] ?? "");

/** The words around a name allow a place: a preposition of place before, or ", Region" after. */
export const locativeContext = (before: readonly string[], after: string): boolean =>
  placePrepositionBefore(before) || COMMA_NAME_AFTER.test(after) || placeNounContext(before, after);

/** Geographic words that can be dropped for matching: "Euphrates River" is the Euphrates. */
export const GEOGRAPHIC_SUFFIX = /\s+(?:River|Province|Governorate)$/;

const CONTINENTS = new Set(["Africa", "America", "Americas", "Antarctica", "Asia", "Eurasia", "Europe", "Oceania"]);
/** A continent's name, which no one has for a surname. */
export const isContinent = (surface: string): boolean => CONTINENTS.has(surface);

/** The points of the compass and their adjectives: "West", "North-East", "Southern", "Northwestern". */
const COMPASS_POINTS: ReadonlySet<string> = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western",
  "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
  "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern",
]);
/** Words that carve a region out of a continent ("Eastern Europe", "Sub-Saharan Africa", "Latin America"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set([...COMPASS_POINTS, "central", "latin", "sub-saharan", "continental", "mainland"]);
export const isCompassWord = (lower: string): boolean => COMPASS_WORDS.has(lower);
