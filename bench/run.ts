// `npm run bench -- [--copies 1,2,4] [--rounds N | --rounds 3,1,1] [--corpus DIR | --articles DIR] [--word WORD]`
// Builds the project cold, rebuilds it warm with one article changed, then
// again with another changed (the first rebuild after a cold build has no
// site before last to write over; later ones do: siteFolder.ts), and
// builds a bare Eleventy + Pagefind reference over the same articles, in
// alternating rounds, each build in its own process; times the whole
// `npm run extract` command too; measures a first search in Chromium. Prints
// medians, ratios against the reference and the targets, and writes every
// figure to bench/results/<timestamp>.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { BuildFigures, Mode } from "./buildOnce.ts";
import { spareFolder } from "../src/site/siteFolder.ts";
import { measureFirstSearch } from "./firstSearch.ts";
import { changeOneArticle, corpusMissing, existingInput, repeatedInput, type Input } from "./input.ts";
import { judgeTargets, printLevel, printScaling, printTargets, summarise, type Level, type Round, type Run } from "./stats.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: "../shared/corpora/bbc" },
    articles: { type: "string" },
    copies: { type: "string", default: "1" },
    rounds: { type: "string", default: "3" },
    word: { type: "string", default: "government" },
  },
});
const copiesList = values.copies.split(",").map(Number);
// One round count for every size, or one per size (`--copies 1,2,4 --rounds 3,1,1`: large sizes take long).
const roundsList = values.rounds.split(",").map(Number);
const roundsFor = (i: number) => roundsList[Math.min(i, roundsList.length - 1)]!;
if (roundsList.some((r) => !Number.isInteger(r) || r < 1) || copiesList.some((c) => !Number.isInteger(c) || c < 1)) {
  console.error("usage: npm run bench -- [--copies 1,2,4] [--rounds N | --rounds 3,1,1] [--corpus DIR | --articles DIR] [--word WORD]");
  process.exit(2);
}
const source = values.articles ?? values.corpus;
if (corpusMissing(source)) {
  console.log(`bench: no articles at ${source}; pass --articles DIR (a folder of articles) or --corpus DIR (one to repeat --copies times) to measure.`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), "bench-work-"));
const resultFile = join("bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
const log = (line: string) => console.error(`bench: ${line}`);

/**
 * One build in a child process (see buildOnce.ts); its wall time includes Node and tsx start-up, as
 * `npm run build` would, but not clearing what an earlier round left nor counting the pages afterwards.
 */
function build(mode: Mode, articles: string): Run {
  const output = join(work, mode === "reference" ? "reference-site" : "project-site");
  const result = join(work, "result.json");
  // A cold build starts from an empty cache and no earlier site; a warm one keeps
  // what the cold build left: the extraction cache, the site and its search index.
  if (mode === "cold") rmSync(join(work, "cache"), { recursive: true, force: true });
  if (mode === "cold" || mode === "reference") for (const dir of [output, spareFolder(output)]) rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", "bench/buildOnce.ts", "--mode", mode, "--articles", articles, "--output", output, "--cache", join(work, "cache"), "--result", result],
    { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  const elapsed = performance.now() - started;
  if (child.status !== 0) throw new Error(`${mode} build failed (exit ${child.status}):\n${child.stderr.slice(-4000)}`);
  const figures = JSON.parse(readFileSync(result, "utf8")) as BuildFigures;
  const processMs = elapsed - figures.countMs;
  log(`  ${mode.padEnd(9)} ${(processMs / 1000).toFixed(1)} s, ${figures.nodePeakMB.toFixed(0)} + ${figures.pagefindPeakMB.toFixed(0)} MB`);
  return { ...figures, processMs };
}

/** `npm run extract` from start to exit, output discarded: what the extraction throughput target is about. */
function extractCommand(articles: string): number {
  const started = performance.now();
  const child = spawnSync("npm", ["run", "-s", "extract", "--", articles], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`npm run extract failed:\n${child.stderr.slice(-4000)}`);
  const seconds = (performance.now() - started) / 1000;
  log(`  extract   ${seconds.toFixed(1)} s`);
  return seconds;
}

function oneRound(input: Input, round: number): Round {
  const changed = (nth: number, mode: Mode) => {
    const restore = changeOneArticle(input.dir, nth);
    try {
      return build(mode, input.dir);
    } finally {
      restore();
    }
  };
  const project = () => {
    const cold = build("cold", input.dir);
    return { cold, warm: changed(0, "warm"), rebuild: changed(1, "rebuild") };
  };
  // Alternate the order so a slow stretch of a noisy machine does not always fall on the same build.
  if (round % 2 === 0) {
    return { ...project(), reference: build("reference", input.dir), extractCommandSeconds: extractCommand(input.dir) };
  }
  const reference = build("reference", input.dir);
  const extractCommandSeconds = extractCommand(input.dir);
  return { ...project(), reference, extractCommandSeconds };
}

async function measureLevel(copies: number | null, rounds: number): Promise<Level> {
  const input = copies === null ? existingInput(source) : repeatedInput(source, copies);
  try {
    log(`${input.articles} articles (${input.megabytes.toFixed(1)} MB) in ${input.dir}`);
    const level: Level = { copies, articlesDir: copies === null ? source : input.dir, articles: input.articles, megabytes: input.megabytes, rounds: [] };
    for (let r = 0; r < rounds; r++) {
      log(`round ${r + 1}/${rounds}`);
      level.rounds.push(oneRound(input, r));
    }
    // The sites of the last round are still in place: search them.
    try {
      level.search = {
        project: await measureFirstSearch(join(work, "project-site"), "project", values.word),
        reference: await measureFirstSearch(join(work, "reference-site"), "reference", values.word),
      };
    } catch (err) {
      log(`first-search measurement failed: ${(err as Error).message}`);
    }
    return level;
  } finally {
    input.dispose();
  }
}

const levels: Level[] = [];
const record = () => {
  const summaries = levels.map(summarise);
  const targets = judgeTargets(levels, summaries);
  mkdirSync(join("bench", "results"), { recursive: true });
  const machine = { cpus: cpus().length, availableParallelism: availableParallelism(), cpuModel: cpus()[0]?.model, totalMemMB: Math.round(totalmem() / 2 ** 20), node: process.version };
  writeFileSync(resultFile, `${JSON.stringify({ date: new Date().toISOString(), machine, options: values, levels: levels.map((l, i) => ({ ...l, summary: summaries[i] })), targets }, null, 2)}\n`);
  return { summaries, targets };
};
try {
  for (const [i, copies] of (values.articles ? [null] : copiesList).entries()) {
    levels.push(await measureLevel(copies, roundsFor(i)));
    const { summaries } = record(); // after every size, so a long run that fails late keeps what it measured
    printLevel(levels.at(-1)!, summaries.at(-1)!);
  }
  const { summaries, targets } = record();
  printScaling(levels, summaries);
  printTargets(targets);
  console.log(`\nwrote ${resultFile}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
