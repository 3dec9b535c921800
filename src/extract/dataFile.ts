// Reads a data file of src/extract/data/. JSON.parse of the file is five times quicker
// than a JSON module import under tsx, and the lexicons are loaded on every run.
import { readFileSync } from "node:fs";

export function readDataFile<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8")) as T;
}
