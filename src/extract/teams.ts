// A country or a town that plays is its side: "Italy coach John Kirwan", "Seychelles v
// South Africa", "when they meet Wales". Such a mention names the team, an organisation,
// while "hosted in Namibia" in the same report still names the country.
import { wordsBefore } from "./context.ts";

/** A side's people and its squad, whose names no firm or festival has after it: "the Wales squad". */
export const SIDE_ROLES = "coach|striker|midfielder|defender|goalkeeper|keeper|winger|squad";
/** What only a side has after its name: its staff, its players, its fixtures ("Wales v England"; "Fisher v. Texas" is a court case). */
const SIDE_AFTER = new RegExp(`^(?:['’]s?)?\\s+(?:${SIDE_ROLES}|captain|skipper|strikers|fly-half|scrum-half|half-backs|forwards|v(?!\\.)|vs|versus)\\b`);
/** What only a side is called before its name. */
const SIDE_BEFORE = new Set(["v", "vs", "versus", "seeds", "minnows", "champions", "holders", "underdogs", "club", "clubs"]);

/**
 * What a side has or does, and others too ("Japan boss" of a firm, "Glastonbury fans", "talks against
 * France", "Blair will meet Chirac"): a cue only in a report that shows a side by itself somewhere.
 */
const PLAYS_AFTER = /^(?:['’]s?)?\s+(?:\d{1,2}-\d{1,2}(?![\d%])|boss|manager|team|side|fans|supporters|beat|won|lost|drew|draw|face|faced|play|played|meet|met|host|hosted|led|trailed|thrashed|defeated|edged|qualified)\b/;
const PLAYS_BEFORE = new Set(["against", "beat", "beating", "face", "faces", "facing", "meet", "meets", "meeting", "play", "plays", "playing", "join", "joined", "joining", "defeated", "hosts", "opponents"]);
/** Two words before a side: "win over Aston Villa", "at home to Cameroon", "lost to Wales". */
const PLAYS_BEFORE_PAIR = /^(?:(?:win|victory|wins) (?:over|against)|(?:defeat|defeats|loss|losses|lost|draw|drew) (?:by|to|with|against)|home to|away to)$/;
/** A report with a side by itself: a national team, a result, a player's position, a round of a cup, the Six Nations. */
const SPORTING_REPORT = /\b(?:national (?:team|side|squad)|\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss)|midfielder|goalkeeper|striker|[Cc]up final|semi-finals?|quarter-finals?|[Ss]ix [Nn]ations|fly-half|scrum-half)\b/;
export const isSportingReport = (text: string): boolean => SPORTING_REPORT.test(text);

/** A tennis score of two sets or more: "7-5 6-4", "7-6 (8-6) 6-2". */
const SETS_AFTER = /^\s+\d-\d(?:\s+\(\d+-\d+\))?\s+\d-\d\b/;
/** A possessive before a capitalised name, or a name going on: "France's Olivier Patience", "US Open champion". */
const BEFORE_A_NAME = /^(?:['’]s)?\s+\p{Lu}/u;

/** How the words around a name show it as a side: "side" by themselves, "play" in a report that names a side elsewhere. */
export type TeamCue = "side" | "play";

export function teamCue(text: string, start: number, end: number): TeamCue | undefined {
  const after = text.slice(end, end + 24);
  const [before = "", second = ""] = wordsBefore(text, start, 2);
  if (SIDE_AFTER.test(after) || SIDE_BEFORE.has(before)) return "side";
  // "beating Elene Likhotseva of Russia 7-5 6-4": the sets are the player's, and the country only hers.
  const player = (before === "of" || (before === "the" && second === "of")) && SETS_AFTER.test(text.slice(end, end + 40));
  if (PLAYS_AFTER.test(after) && !player) return "play";
  // "will play France's Olivier Patience": who is played is the player, and the country is his;
  // "will face US Open champion Svetlana Kuznetsova": a country in a name.
  if (!BEFORE_A_NAME.test(after) && (PLAYS_BEFORE.has(before) || PLAYS_BEFORE_PAIR.test(`${second} ${before}`))) return "play";
  return undefined;
}
