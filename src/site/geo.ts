// Where a place topic is on the map. Boundaries come from world-atlas (Natural
// Earth 1:110m, bundled on npm): a country is located by its shape. A city is
// located by the gazetteer's coordinates; regions, rivers and landmarks have
// none there yet, so they are not drawn.
import { createRequire } from "node:module";
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { readDataFile } from "../extract/dataFile.ts";
import { placeCoordinates } from "../extract/gazetteer.ts";
import type { TopicRecord } from "../types.ts";

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

const require = createRequire(import.meta.url);
const world = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countryGeometries = world.objects.countries.geometries;

/** Land without Antarctica, which would take a third of a world map showing news. */
export const LAND = merge(world, countryGeometries.filter((g) => (g.properties as { name?: string } | undefined)?.name !== "Antarctica") as never) as MultiPolygon;
export const BORDERS = mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString;
const COUNTRIES = (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features as CountryFeature[];

/** world-atlas abbreviates some names ("Dem. Rep. Congo"); these spell them as the gazetteer does. */
const ATLAS_NAMES: Record<string, string> = { "Dem. Rep. Congo": "Democratic Republic of Congo", Macedonia: "North Macedonia" };
const expandAbbreviations = (name: string) =>
  ATLAS_NAMES[name] ??
  name
    .replace(/\bRep\./, "Republic").replace(/\bIs\./, "Islands").replace(/\bHerz\./, "Herzegovina")
    .replace(/^S\. /, "South ").replace(/^N\. /, "North ").replace(/^Eq\. /, "Equatorial ").replace(/^Fr\. /, "French ").replace(/^W\. /, "Western ");

/** Country shapes by every name the gazetteer knows for the country, lower-cased. */
const COUNTRY_BY_NAME: Map<string, CountryFeature> = (() => {
  const gazetteer = readDataFile<Record<string, string[]>>("countries.json");
  const namesOf = new Map<string, string[]>();
  for (const [name, others] of Object.entries(gazetteer)) for (const n of [name, ...others]) namesOf.set(n.toLowerCase(), [name, ...others]);
  const byName = new Map<string, CountryFeature>();
  for (const country of COUNTRIES) {
    const atlasName = country.properties.name;
    for (const n of [atlasName, ...(namesOf.get(expandAbbreviations(atlasName).toLowerCase()) ?? [])]) byName.set(n.toLowerCase(), country);
  }
  return byName;
})();

export interface Located {
  /** [longitude, latitude] of the marker. */
  point: [number, number];
  /** The country's shape, when the place is a country. */
  shape?: CountryFeature;
  /** The part the map frames: a country's largest polygon (France without French Guiana). */
  frame?: Polygon;
}

function mainPolygon(shape: CountryFeature): Polygon {
  if (shape.geometry.type === "Polygon") return shape.geometry;
  const polygons = shape.geometry.coordinates.map((coordinates): Polygon => ({ type: "Polygon", coordinates }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** A place topic's location by its name or any alias, or undefined when the data has none. */
export function locate(topic: TopicRecord): Located | undefined {
  if (topic.kind !== "place") return undefined;
  const names = [topic.name, ...topic.aliases];
  for (const name of names) {
    const shape = COUNTRY_BY_NAME.get(name.toLowerCase());
    if (!shape) continue;
    const frame = mainPolygon(shape);
    return { point: geoCentroid(frame) as [number, number], shape, frame };
  }
  for (const name of names) {
    const point = placeCoordinates(name);
    if (point) return { point };
  }
  return undefined;
}
