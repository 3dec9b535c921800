// Alias merging within an article: the curated alias table (data/aliases.json), and
// the choice of one canonical name among the surface forms an entity was seen under.
import { readDataFile } from "./dataFile.ts";

interface AliasFile { entries: { name: string; type: string; aliases: string[]; confirm?: string[]; namesParts?: boolean }[] }
const table = readDataFile<AliasFile>("aliases.json");

export type EntityKind = "person" | "place" | "organization";

export interface AliasEntry {
  name: string;
  kind: Exclude<EntityKind, "person">;
  aliases: readonly string[];
  /** Forms that count only when the article also uses another form ("IS"). */
  confirm: ReadonlySet<string>;
  /** Names its channels and divisions after its acronym ("BBC One", "BBC Radio Wales"). */
  namesParts: boolean;
}

export const ALIAS_ENTRIES: readonly AliasEntry[] = table.entries.map((e) => ({
  name: e.name,
  kind: e.type === "place" ? "place" : "organization",
  aliases: e.aliases,
  confirm: new Set(e.confirm ?? []),
  namesParts: e.namesParts ?? false,
}));

const BY_SURFACE = new Map<string, AliasEntry>();
for (const entry of ALIAS_ENTRIES) for (const s of [entry.name, ...entry.aliases]) BY_SURFACE.set(s, entry);

/** The table entry a surface form belongs to, matched exactly: "US" is the country, "us" is not. */
export const lookupAlias = (surface: string): AliasEntry | undefined => BY_SURFACE.get(surface);

const ACRONYM_FORM = /^[\p{Lu}\d.&]+$/u;
/** A hyphen followed by a space ("Deir ez- Zor") is a typing slip, not a spelling to show. */
const MALFORMED = /[-‐]\s|\s{2,}/;

/**
 * The name to show for an entity seen under several surface forms: well-formed forms
 * before malformed ones, spelled-out names before acronyms, then the most frequent
 * spelling (case-insensitively), then the longest.
 */
export function canonicalName(surfaces: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of surfaces) counts.set(s.toLowerCase(), (counts.get(s.toLowerCase()) ?? 0) + 1);
  const rank = (s: string) => [
    MALFORMED.test(s) ? 0 : 1,
    ACRONYM_FORM.test(s) ? 0 : 1,
    counts.get(s.toLowerCase())!,
    s.length,
  ];
  let best = surfaces[0]!;
  let bestRank = rank(best);
  for (const s of surfaces) {
    const r = rank(s);
    const i = r.findIndex((x, k) => x !== bestRank[k]);
    if (i >= 0 && r[i]! > bestRank[i]!) { best = s; bestRank = r; }
  }
  return best;
}
