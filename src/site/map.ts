// Small static SVG maps, drawn at build time: no tiles, no script, no network.
// Colours come from site.css classes, so the maps follow dark mode and print.
import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoDistance, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { GeoJSON, MultiLineString, MultiPolygon, Position } from "geojson";
import { BORDERS, LAND, type Located } from "./geo.ts";
import { xmlText } from "./xml.ts";

export interface MapPoint {
  name: string;
  point: [number, number];
  /** Articles naming the place; the marker's area grows with it. */
  count: number;
}

const WIDTH = 640;
const PLACE_HEIGHT = 360;
/** A place map shows at least this many degrees around the place, so a small country is not all the map shows. */
const MIN_RADIUS_DEGREES = 6;

/** A part of the base map (one land polygon, one border line) with the smallest circle around it that is centred on its centroid. */
interface Part<T> {
  coordinates: T;
  centre: [number, number];
  /** Radians. */
  radius: number;
}

function parts<T>(all: T[], geometry: (coordinates: T) => GeoJSON, points: (coordinates: T) => Position[]): Part<T>[] {
  return all.map((coordinates) => {
    const centre = geoCentroid(geometry(coordinates) as never);
    return { coordinates, centre, radius: Math.max(0, ...points(coordinates).map((p) => geoDistance(centre, p as [number, number]))) };
  });
}

const LAND_PARTS = parts(LAND.coordinates, (c) => ({ type: "Polygon", coordinates: c }), (c) => c.flat());
const BORDER_PARTS = parts(BORDERS.coordinates, (c) => ({ type: "LineString", coordinates: c }), (c) => c);

/**
 * The base map a place map needs: only the land and borders within reach of
 * what the map shows. Drawing a place map projected the whole world, and the
 * parts outside the frame came out empty after clipping anyway; this is the
 * same drawing, skipping them (the maps took 3.9 s of a 4-copy build).
 */
function withinView(projection: GeoProjection, centre: [number, number], height: number): { land: MultiPolygon; borders: MultiLineString } {
  const corners = ([[0, 0], [WIDTH, 0], [0, height], [WIDTH, height]] as [number, number][]).map((c) => projection.invert?.(c));
  const reach = corners.every((c) => c && Number.isFinite(c[0]) && Number.isFinite(c[1])) ? Math.max(...corners.map((c) => geoDistance(centre, c!))) : Math.PI;
  // 0.01 radians (60 km) of slack for rounding at the frame's edge.
  const near = <T>(part: Part<T>) => geoDistance(centre, part.centre) - part.radius <= reach + 0.01;
  return {
    land: { type: "MultiPolygon", coordinates: LAND_PARTS.filter(near).map((p) => p.coordinates) },
    borders: { type: "MultiLineString", coordinates: BORDER_PARTS.filter(near).map((p) => p.coordinates) },
  };
}

function svg(projection: GeoProjection, height: number, label: string, layers: string[], base: { land: MultiPolygon; borders: MultiLineString } = { land: LAND, borders: BORDERS }): string {
  const path = geoPath(projection).digits(1);
  const land = `<path class="map-land" d="${path(base.land) ?? ""}"/>`;
  const borders = `<path class="map-borders" d="${path(base.borders) ?? ""}"/>`;
  return `<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${xmlText(label)}">`
    + land + borders + layers.join("") + "</svg>";
}

function marker(projection: GeoProjection, point: [number, number], radius: number, title: string): string {
  const [x, y] = projection(point) ?? [NaN, NaN];
  if (!Number.isFinite(x) || !Number.isFinite(y)) return "";
  return `<circle class="map-point" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius.toFixed(1)}"><title>${xmlText(title)}</title></circle>`;
}

/** The world, each place a circle whose area is proportional to its article count; largest drawn first so small ones stay visible. */
export function worldMap(points: MapPoint[], label: string): string {
  const projection = geoEqualEarth().fitWidth(WIDTH, LAND);
  const height = Math.ceil(geoPath(projection).bounds(LAND)[1][1]);
  const max = Math.max(1, ...points.map((p) => p.count));
  const markers = [...points].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"))
    .map((p) => marker(projection, p.point, 2.5 + 7.5 * Math.sqrt(p.count / max), `${p.name}: ${p.count} article${p.count === 1 ? "" : "s"}`));
  return svg(projection, height, label, markers);
}

/** One place and its surroundings; a country is filled, anything else marked with a dot. */
export function placeMap(name: string, where: Located, label: string): string {
  const around = geoCircle().center(where.point).radius(MIN_RADIUS_DEGREES)();
  const frame: GeoJSON = { type: "GeometryCollection", geometries: where.frame ? [where.frame, around] : [around] };
  const projection = geoAzimuthalEqualArea()
    .rotate([-where.point[0], -where.point[1]])
    .fitExtent([[16, 16], [WIDTH - 16, PLACE_HEIGHT - 16]], frame)
    .clipExtent([[0, 0], [WIDTH, PLACE_HEIGHT]]);
  const highlight = where.shape ? `<path class="map-highlight" d="${geoPath(projection).digits(1)(where.shape) ?? ""}"/>` : "";
  const dot = where.shape ? "" : marker(projection, where.point, 8, name);
  return svg(projection, PLACE_HEIGHT, label, [highlight, dot], withinView(projection, where.point, PLACE_HEIGHT));
}
