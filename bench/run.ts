// `npm run bench -- [--corpus DIR] [--rounds N]`: extraction throughput.
// Times the whole `npm run extract` command (startup, workers, JSON out) and,
// in this process, reading + extraction alone on one core. Prints medians and
// writes them to bench/last-run.json so runs can be compared.
import { spawnSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractFile } from "../src/archive/extractFiles.ts";
import { listArticleFiles } from "../src/read/articleFiles.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: "../shared/corpora/bbc" },
    rounds: { type: "string", default: "5" },
  },
});
const corpus = values.corpus;
const rounds = Number(values.rounds);
if (!existsSync(corpus)) {
  console.log(`bench: no corpus at ${corpus}; pass --corpus DIR (a folder of articles) to measure.`);
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const files = listArticleFiles(corpus).articles;
const megabytes = files.reduce((n, f) => n + statSync(join(corpus, f)).size, 0) / 1e6;

const commandSeconds: number[] = [];
const inProcessSeconds: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternate the two measurements so machine noise falls on both alike.
  let started = performance.now();
  const run = spawnSync("npm", ["run", "-s", "extract", "--", corpus], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (run.status !== 0) throw new Error(`npm run extract failed:\n${run.stderr}`);
  commandSeconds.push((performance.now() - started) / 1000);

  started = performance.now();
  for (const f of files) extractFile({ root: corpus, source: f });
  inProcessSeconds.push((performance.now() - started) / 1000);
}

const result = {
  corpus,
  articles: files.length,
  megabytes: Number(megabytes.toFixed(2)),
  rounds,
  command: { medianSeconds: median(commandSeconds), mbPerSecond: megabytes / median(commandSeconds) },
  oneCore: { medianSeconds: median(inProcessSeconds), mbPerSecond: megabytes / median(inProcessSeconds) },
};
console.log(`corpus ${corpus}: ${files.length} articles, ${result.megabytes} MB, ${rounds} rounds (medians)`);
console.log(`npm run extract (whole command): ${result.command.medianSeconds.toFixed(2)} s, ${result.command.mbPerSecond.toFixed(2)} MB/s`);
console.log(`read + extract on one core:      ${result.oneCore.medianSeconds.toFixed(2)} s, ${result.oneCore.mbPerSecond.toFixed(2)} MB/s`);
writeFileSync("bench/last-run.json", `${JSON.stringify(result, null, 2)}\n`);
