// A country or a town that plays is its side: "Italy coach John Kirwan", "Seychelles v
// South Africa", "when they meet Wales". Such a mention names the team, an organisation,
// while "hosted in Namibia" in the same report still names the country.
import { wordsBefore } from "./context.ts";

/** A side's people and its squad, whose names no firm or festival has after it: "the Wales squad". */
export const SIDE_ROLES = "coach|striker|midfielder|defender|goalkeeper|keeper|winger|squad";
/** What only a side has after its name: its staff, its players, its fixtures ("Wales v England"; "Fisher v. Texas" is a court case). */
const SIDE_AFTER = new RegExp(`^(?:['’]s?)?\\s+(?:${SIDE_ROLES}|captain|skipper|strikers|fly-half|scrum-half|half-backs|forwards|v(?!\\.)|vs|versus)\\b`);
/** What only a side is called before its name. */
const SIDE_BEFORE = new Set(["v", "vs", "versus", "seeds", "minnows", "champions", "holders", "underdogs"]);

/**
 * What a side has or does, and others too ("Japan boss" of a firm, "Glastonbury fans", "talks against
 * France", "Blair will meet Chirac"): a cue only in a report that shows a side by itself somewhere.
 */
const PLAYS_AFTER = /^(?:['’]s?)?\s+(?:\d{1,2}-\d{1,2}(?![\d%])|boss|manager|team|side|fans|supporters|beat|won|lost|drew|draw|face|faced|play|played|meet|met|host|hosted|led|trailed|thrashed|defeated|edged|qualified)\b/;
const PLAYS_BEFORE = new Set(["against", "beat", "beating", "face", "faces", "facing", "meet", "meets", "meeting", "play", "plays", "playing", "join", "joined", "joining", "defeated", "hosts", "opponents"]);

/** How the words around a name show it as a side: "side" by themselves, "play" in a report that names a side elsewhere. */
export type TeamCue = "side" | "play";

export function teamCue(text: string, start: number, end: number): TeamCue | undefined {
  const after = text.slice(end, end + 24);
  const before = wordsBefore(text, start, 1)[0] ?? "";
  if (SIDE_AFTER.test(after) || SIDE_BEFORE.has(before)) return "side";
  if (PLAYS_AFTER.test(after) || PLAYS_BEFORE.has(before)) return "play";
  return undefined;
}
