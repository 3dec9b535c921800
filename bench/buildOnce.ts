// One build in its own process, so its peak memory is its own and one build's
// heap never slows the next:
//   node --import tsx bench/buildOnce.ts --mode cold|warm|rebuild|reference --articles DIR --output DIR --cache DIR --result FILE
// Writes its figures as JSON to --result (stdout carries Eleventy's chatter).
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../src/site/buildSite.ts";
import { sampleChildPeak } from "./childPeak.ts";
import { buildReference } from "./reference/buildReference.ts";

/** warm: the first rebuild after a cold build; rebuild: the one after that, which has the site before last to write over. */
export type Mode = "cold" | "warm" | "rebuild" | "reference";

export interface BuildFigures {
  mode: Mode;
  /** Wall time per phase in ms. The project reports load (read + extract) as one; the reference reads only. */
  phases: { load?: number; read?: number; render: number; xml?: number; index: number };
  /** The build call alone, in ms (the parent adds process start-up for the total). */
  buildMs: number;
  /** Counting the pages and index files after the build, in ms: the parent leaves it out of the total. */
  countMs: number;
  /** Peak RSS of this Node process (main thread and extraction workers), MB. */
  nodePeakMB: number;
  /** Peak RSS of the Pagefind indexer binary, sampled, MB. */
  pagefindPeakMB: number;
  htmlPages: number;
  /** Article pages, topic pages and feeds this build rendered (the rest it kept from the site before last); the reference renders every page. */
  renderedPages: number;
  searchPages: number;
  indexBytes: number;
  /** process.hrtime at the build's start in µs: the clock of --cpu-prof, to split a profile by phase. */
  startedAtUs: number;
}

function walk(dir: string, visit: (file: string, bytes: number) => void): void {
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const file = join(e.parentPath, e.name);
      visit(file, statSync(file).size);
    }
  }
}

const { values } = parseArgs({
  options: {
    mode: { type: "string" },
    articles: { type: "string" },
    output: { type: "string" },
    cache: { type: "string" },
    result: { type: "string" },
  },
});
const mode = values.mode as Mode;
const { articles, output, cache, result } = values;
if (!["cold", "warm", "rebuild", "reference"].includes(mode) || !articles || !output || !result || (mode !== "reference" && !cache)) {
  console.error("usage: node --import tsx bench/buildOnce.ts --mode cold|warm|rebuild|reference --articles DIR --output DIR [--cache DIR] --result FILE");
  process.exit(2);
}

const stopSampling = sampleChildPeak();
const startedAtUs = Number(process.hrtime.bigint() / 1000n);
const started = performance.now();
const built = mode === "reference" ? await buildReference(articles, output) : await buildSite({ articlesDir: articles, outputDir: output, cacheDir: cache! });
const buildMs = Math.round(performance.now() - started);
const pagefindPeakMB = stopSampling();

const counting = performance.now();
let htmlPages = 0;
let indexBytes = 0;
walk(output, (file) => void (file.endsWith(".html") && htmlPages++));
walk(join(output, "pagefind"), (_, bytes) => void (indexBytes += bytes));
const countMs = performance.now() - counting;

const figures: BuildFigures = {
  mode,
  phases: built.phases,
  buildMs,
  countMs,
  nodePeakMB: process.resourceUsage().maxRSS / 1024,
  pagefindPeakMB,
  htmlPages,
  renderedPages: "pages" in built ? built.pages.written : htmlPages,
  searchPages: built.searchPages,
  indexBytes,
  startedAtUs,
};
writeFileSync(result, JSON.stringify(figures));
