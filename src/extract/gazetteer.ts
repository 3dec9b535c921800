// Place names by transliteration key: generated cities and regions, countries, and the
// hand-kept regions, rivers and landmarks. Built once at module load from compact
// parallel lists (see scripts/build-gazetteer.ts).
import { translitKey } from "./transliteration.ts";
import { isCommonFirstName, isWord } from "./lexicon.ts";
import { readDataFile } from "./dataFile.ts";

const placeData = readDataFile<{ keys: string; names: string; ambiguous: string }>("places.json");
const countryData = readDataFile<Record<string, string[]>>("countries.json");
const extraData = readDataFile<{ names: string[] }>("places-extra.json");

export interface Place {
  name: string;
  /** Also an ordinary word or a common first name ("Regina", "Bath"): a place only where the context says so. */
  ambiguous: boolean;
  country: boolean;
}

const PLACES = new Map<string, Place>();
/** Index of each generated place in places.json, whose order place-coordinates.json follows. */
const GENERATED_INDEX = new Map<string, number>();
const COUNTRY_NAMES = new Set<string>();
{
  const keys = placeData.keys.split("|");
  const names = placeData.names.split("|");
  const ambiguous = new Set(placeData.ambiguous.split("|"));
  keys.forEach((key, i) => {
    PLACES.set(key, { name: names[i]!, ambiguous: ambiguous.has(key), country: false });
    GENERATED_INDEX.set(key, i);
  });
  const add = (alias: string, place: Place) => PLACES.set(translitKey(alias), place);
  for (const name of extraData.names) add(name, { name, ambiguous: false, country: false });
  for (const [name, others] of Object.entries(countryData)) {
    const country: Place = { name, ambiguous: false, country: true };
    for (const n of [name, ...others]) {
      add(n, country);
      COUNTRY_NAMES.add(n);
    }
  }
}

/**
 * The gazetteer entry for a surface form, by transliteration key ("Deir Ezzor" finds
 * "Deir ez-Zor"). A word or first name that only matches by key ("Way" and the town of
 * Wai), or a name that opens with a first name ("Glen Wood"), is ambiguous whatever the entry says.
 */
export function lookupPlace(surface: string): Place | undefined {
  const place = PLACES.get(translitKey(surface));
  if (!place || place.ambiguous || place.country) return place;
  const lower = surface.toLowerCase();
  // "Glen Wood" is Glenwood's key, split into a given name and a surname ("North East" is North-East's).
  const given = lower.includes(" ") && !/[\s-]/.test(place.name) && isCommonFirstName(lower.slice(0, lower.indexOf(" ")));
  if ((isWord(lower) || isCommonFirstName(lower) || given) && lower !== place.name.toLowerCase()) return { ...place, ambiguous: true };
  return place;
}

/** A place the gazetteer knows, and not also a word or a first name ("Bath", "Regina"). */
export function isUnambiguousPlace(surface: string): boolean {
  const place = lookupPlace(surface);
  return place !== undefined && !place.ambiguous;
}

/** A country's name exactly as written ("France", "Czechia"). */
export const isCountryName = (surface: string): boolean => COUNTRY_NAMES.has(surface);

let coordinates: string[] | undefined;

/**
 * Where a city is, as [longitude, latitude], for maps. Loaded on first use:
 * extraction never needs it. Regions, landmarks and countries have none here.
 */
export function placeCoordinates(name: string): [number, number] | undefined {
  const index = GENERATED_INDEX.get(translitKey(name));
  if (index === undefined) return undefined;
  coordinates ??= readDataFile<string>("place-coordinates.json").split("|");
  const [lon, lat] = (coordinates[index] ?? "").split(",").map(Number);
  return lon !== undefined && lat !== undefined && !Number.isNaN(lon) && !Number.isNaN(lat) ? [lon, lat] : undefined;
}
