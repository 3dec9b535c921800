// Statistics and printing: medians per measure, ratios against the reference,
// the targets as met / not met, and the scaling table across sizes.
import type { BuildFigures, Mode } from "./buildOnce.ts";
import type { SearchFetch } from "./firstSearch.ts";

/** One build as the parent saw it: the child's figures plus the whole process's wall time. */
export interface Run extends BuildFigures {
  processMs: number;
}

export interface Round {
  cold: Run;
  warm: Run;
  rebuild: Run;
  reference: Run;
  extractCommandSeconds: number;
}

export interface Level {
  copies: number | null;
  articlesDir: string;
  articles: number;
  megabytes: number;
  rounds: Round[];
  search?: { project: SearchFetch; reference: SearchFetch };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const MODES: Mode[] = ["cold", "warm", "rebuild", "reference"];

/**
 * The project's load phase is read + extract in one (workers do both per
 * file), so its read is taken from the reference's read-only pass of the same
 * round, and extract is the rest of load.
 */
function phaseOf(round: Round, mode: Mode, phase: "read" | "extract" | "render" | "xml" | "index"): number {
  const run = round[mode];
  const read = round.reference.phases.read ?? 0;
  if (phase === "read") return read;
  if (phase === "extract") return mode === "reference" ? 0 : (run.phases.load ?? 0) - read;
  return run.phases[phase] ?? 0;
}

export interface Summary {
  /** Medians per measure and mode. */
  rows: { key: string; label: string; unit: "s" | "MB" | "n" | "KB"; values: Record<Mode, number> }[];
  extractCommand: { seconds: number; mbPerSecond: number };
}

export function summarise(level: Level): Summary {
  const m = (f: (r: Round, mode: Mode) => number) => Object.fromEntries(MODES.map((mode) => [mode, median(level.rounds.map((r) => f(r, mode)))])) as Record<Mode, number>;
  const ms = (phase: Parameters<typeof phaseOf>[2]) => m((r, mode) => phaseOf(r, mode, phase) / 1000);
  const seconds = median(level.rounds.map((r) => r.extractCommandSeconds));
  return {
    rows: [
      { key: "read", label: "read (reference read-only pass)", unit: "s", values: ms("read") },
      { key: "extract", label: "extract (project load − read)", unit: "s", values: ms("extract") },
      { key: "eleventy", label: "Eleventy (+ view data, archive.json)", unit: "s", values: ms("render") },
      { key: "xml", label: "feeds + sitemap + stale files", unit: "s", values: ms("xml") },
      { key: "pagefind", label: "Pagefind", unit: "s", values: ms("index") },
      { key: "build", label: "build call (in process)", unit: "s", values: m((r, mode) => r[mode].buildMs / 1000) },
      { key: "total", label: "total (process wall time)", unit: "s", values: m((r, mode) => r[mode].processMs / 1000) },
      { key: "nodePeak", label: "peak memory, Node process", unit: "MB", values: m((r, mode) => r[mode].nodePeakMB) },
      { key: "pagefindPeak", label: "peak memory, Pagefind binary", unit: "MB", values: m((r, mode) => r[mode].pagefindPeakMB) },
      { key: "peak", label: "peak memory, both (upper bound)", unit: "MB", values: m((r, mode) => r[mode].nodePeakMB + r[mode].pagefindPeakMB) },
      { key: "pages", label: "pages in the site (.html)", unit: "n", values: m((r, mode) => r[mode].htmlPages) },
      { key: "renderedPages", label: "pages and feeds rendered", unit: "n", values: m((r, mode) => r[mode].renderedPages) },
      { key: "searchPages", label: "pages in the search index", unit: "n", values: m((r, mode) => r[mode].searchPages) },
      { key: "indexBytes", label: "search index (pagefind/)", unit: "MB", values: m((r, mode) => r[mode].indexBytes / 1e6) },
    ],
    extractCommand: { seconds, mbPerSecond: level.megabytes / seconds },
  };
}

const fmt = (n: number, unit: string) => (unit === "n" ? String(Math.round(n)) : unit === "MB" || unit === "KB" ? n.toFixed(1) : n.toFixed(2));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "—");
const pad = (s: string, n: number) => s.padStart(n);

export function printLevel(level: Level, summary: Summary): void {
  const name = level.copies === null ? level.articlesDir : `${level.copies} cop${level.copies === 1 ? "y" : "ies"} of the corpus`;
  console.log(`\n== ${name}: ${level.articles} articles, ${level.megabytes.toFixed(1)} MB, ${level.rounds.length} round(s), medians; ratio = project / reference`);
  console.log("(warm: the first rebuild after the cold build, one article changed; rebuild: the next, another article changed, over the site before last)");
  console.log(`${"".padEnd(38)}${pad("cold", 10)}${pad("ratio", 8)}${pad("warm", 10)}${pad("ratio", 8)}${pad("rebuild", 10)}${pad("ratio", 8)}${pad("reference", 11)}  unit`);
  for (const row of summary.rows) {
    const { cold, warm, rebuild, reference } = row.values;
    const cells = [cold, warm, rebuild].map((x) => `${pad(fmt(x, row.unit), 10)}${pad(ratio(x, reference), 8)}`).join("");
    console.log(`${row.label.padEnd(38)}${cells}${pad(fmt(reference, row.unit), 11)}  ${row.unit === "n" ? "" : row.unit}`);
  }
  if (level.search) {
    const { project: p, reference: r } = level.search;
    console.log(`first search for "${p.word}" (fresh browser, bytes of every response body):`);
    console.log(`${"  total fetched".padEnd(38)}${pad((p.totalBytes / 1024).toFixed(1), 10)}${pad(ratio(p.totalBytes, r.totalBytes), 8)}${"".padEnd(18)}${pad((r.totalBytes / 1024).toFixed(1), 11)}  KB  (${p.requests} vs ${r.requests} requests)`);
    console.log(`${"  gzipped as a host would send it".padEnd(38)}${pad((p.compressedBytes / 1024).toFixed(1), 10)}${pad(ratio(p.compressedBytes, r.compressedBytes), 8)}${"".padEnd(18)}${pad((r.compressedBytes / 1024).toFixed(1), 11)}  KB`);
    console.log(`${"  of which pagefind/".padEnd(38)}${pad((p.pagefindBytes / 1024).toFixed(1), 10)}${pad(ratio(p.pagefindBytes, r.pagefindBytes), 8)}${"".padEnd(18)}${pad((r.pagefindBytes / 1024).toFixed(1), 11)}  KB`);
  }
  console.log(`npm run extract (whole command) over this input: ${summary.extractCommand.seconds.toFixed(2)} s, ${summary.extractCommand.mbPerSecond.toFixed(2)} MB/s`);
  console.log("(read is the reference's read-only pass of the same round; the project reads and extracts in one pass, on every core, so its extract = its load phase − that read)");
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

/**
 * The issue's targets, judged at --copies 4 where it was run (else the largest
 * size), extraction at one copy (the 5 MB corpus), linearity across sizes.
 */
export function judgeTargets(levels: Level[], summaries: Summary[]): Target[] {
  if (!levels.length) return [];
  const at = (pick: (l: Level) => boolean, fallback: number) => {
    const i = levels.findIndex(pick);
    return i >= 0 ? i : fallback;
  };
  const big = at((l) => l.copies === 4, levels.length - 1);
  const small = at((l) => l.copies === 1, 0);
  const v = (i: number, key: string) => summaries[i]!.rows.find((r) => r.key === key)!.values;
  const where = (i: number) => (levels[i]!.copies === null ? `${levels[i]!.articles} articles` : `copies ${levels[i]!.copies}`);
  // Each round's build against that round's reference, then the median: the machine's speed
  // drifts between rounds by more than the 10% a target leaves, and a ratio of medians mixes rounds.
  const paired = (mode: Mode) => {
    const ratios = levels[big]!.rounds.map((r) => r[mode].processMs / r.reference.processMs);
    const rounds = ratios.length > 1 ? `, median of rounds ${ratios.map((x) => x.toFixed(2)).join(", ")}` : "";
    return { ratio: median(ratios), measured: `${median(ratios).toFixed(2)}× (${where(big)}${rounds})` };
  };
  const cold = paired("cold"), warm = paired("warm"), rebuild = paired("rebuild");
  const peak = v(big, "peak");
  const peakMB = Math.max(peak.cold, peak.warm, peak.rebuild);
  const targets: Target[] = [
    { name: "cold build", goal: "≤ 1.5× reference", measured: cold.measured, met: cold.ratio <= 1.5 },
    { name: "first rebuild, one article changed", goal: "≤ 1.1× reference", measured: warm.measured, met: warm.ratio <= 1.1 },
    { name: "later rebuilds, one article changed", goal: "≤ 1.1× reference", measured: rebuild.measured, met: rebuild.ratio <= 1.1 },
    { name: "npm run extract throughput", goal: "≥ 5 MB/s", measured: `${summaries[small]!.extractCommand.mbPerSecond.toFixed(2)} MB/s (${where(small)})`, met: summaries[small]!.extractCommand.mbPerSecond >= 5 },
    { name: "peak memory (Node + Pagefind)", goal: "≤ 1536 MB", measured: `${peakMB.toFixed(0)} MB (${where(big)})`, met: peakMB <= 1536 },
  ];
  const search = levels[big]!.search;
  targets.push({ name: "first search fetches", goal: "≤ 150 KB", measured: search ? `${(search.project.totalBytes / 1024).toFixed(1)} KB as served here, ${(search.project.compressedBytes / 1024).toFixed(1)} KB gzipped (${where(big)})` : "not measured", met: search ? search.project.totalBytes <= 150 * 1024 : null });
  // Linear: cost per article at the largest size within 25% of the smallest (start-up makes small sizes dearer, never cheaper).
  const sized = levels.map((l, i) => ({ l, i })).filter(({ l }) => l.copies !== null);
  if (sized.length >= 2) {
    const lo = sized[0]!;
    const hi = sized.at(-1)!;
    const per = (i: number, key: string, mode: Mode) => v(i, key)[mode] / levels[i]!.articles;
    const growth = Math.max(...(["cold", "warm", "rebuild"] as Mode[]).flatMap((mode) => ["total", "peak"].map((key) => per(hi.i, key, mode) / per(lo.i, key, mode))));
    targets.push({ name: "cost grows linearly", goal: "per-article time and memory at the largest size ≤ 1.25× the smallest", measured: `worst growth ${growth.toFixed(2)}× (copies ${lo.l.copies} → ${hi.l.copies})`, met: growth <= 1.25 });
  } else {
    targets.push({ name: "cost grows linearly", goal: "run --copies 1,2,4", measured: "one size only", met: null });
  }
  return targets;
}

export function printTargets(targets: Target[]): void {
  console.log("\n== targets");
  for (const t of targets) console.log(`${(t.met === null ? "n/a" : t.met ? "met" : "NOT MET").padEnd(8)} ${t.name.padEnd(36)} ${t.goal.padEnd(22)} ${t.measured}`);
}

export function printScaling(levels: Level[], summaries: Summary[]): void {
  const sized = levels.map((l, i) => ({ l, s: summaries[i]! })).filter(({ l }) => l.copies !== null);
  if (sized.length < 2) return;
  const base = sized[0]!;
  const val = (s: Summary, key: string, mode: Mode) => s.rows.find((r) => r.key === key)!.values[mode];
  console.log("\n== scaling (medians; ms/article = total process wall time / articles; growth = ms/article ÷ that at the smallest size)");
  console.log(`${"copies".padEnd(7)}${pad("articles", 9)}${pad("cold s", 9)}${pad("ms/art", 8)}${pad("growth", 8)}${pad("warm s", 9)}${pad("ms/art", 8)}${pad("ref s", 8)}${pad("ms/art", 8)}${pad("peak MB", 9)}${pad("index MB", 10)}${pad("pages", 8)}${pad("search KB", 11)}${pad("extract MB/s", 13)}`);
  for (const { l, s } of sized) {
    const per = (mode: Mode) => (val(s, "total", mode) * 1000) / l.articles;
    const growth = per("cold") / ((val(base.s, "total", "cold") * 1000) / base.l.articles);
    console.log(
      `${String(l.copies).padEnd(7)}${pad(String(l.articles), 9)}${pad(val(s, "total", "cold").toFixed(1), 9)}${pad(per("cold").toFixed(2), 8)}${pad(`${growth.toFixed(2)}×`, 8)}` +
        `${pad(val(s, "total", "warm").toFixed(1), 9)}${pad(per("warm").toFixed(2), 8)}${pad(val(s, "total", "reference").toFixed(1), 8)}${pad(per("reference").toFixed(2), 8)}` +
        `${pad(Math.max(val(s, "peak", "cold"), val(s, "peak", "warm"), val(s, "peak", "rebuild")).toFixed(0), 9)}${pad(val(s, "indexBytes", "cold").toFixed(1), 10)}${pad(String(val(s, "pages", "cold")), 8)}` +
        `${pad(l.search ? (l.search.project.totalBytes / 1024).toFixed(1) : "—", 11)}${pad(s.extractCommand.mbPerSecond.toFixed(2), 13)}`,
    );
  }
}
