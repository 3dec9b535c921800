import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleArchive, type ExtractedArticle } from "../../src/archive/assembleArchive.ts";
import { extractFile } from "../../src/archive/extractFiles.ts";
import { listArticleFiles } from "../../src/read/articleFiles.ts";

const FILES = 450;

const COMPILED = "node_modules/.cache/news-archive-cli/extract/";

/** 450 one-quote articles in five folders. */
function writeArticles(): string {
  const dir = mkdtempSync(join(tmpdir(), "archive-extract-"));
  for (let i = 0; i < FILES; i++) {
    const folder = join(dir, `batch-${Math.floor(i / 100)}`);
    mkdirSync(folder, { recursive: true });
    const speaker = i % 2 ? "Mustafa Bali" : "Jens Laerke";
    writeFileSync(join(folder, `${String(i).padStart(3, "0")}.txt`), `Report number ${i} from Raqqa\n\n“We counted ${i} families in the camp today,” ${speaker} said in Geneva.\n`);
  }
  return dir;
}

function expectSameRecords(printed: string, dir: string): void {
  const { articles } = JSON.parse(printed) as { articles: { id: string; quotes: { speaker: string }[] }[] };
  const sources = listArticleFiles(dir).articles;
  const expected = assembleArchive(sources.map((source) => (extractFile({ root: dir, source }) as { article: ExtractedArticle }).article));
  expect(articles).toHaveLength(FILES);
  expect(articles.map((a) => a.id)).toEqual(sources.map((s) => s.replace(/\.txt$/, "")));
  expect(articles[301]!.quotes[0]!.speaker).toBe("Mustafa Bali");
  expect(articles).toEqual(expected.articles);
}

describe("npm run extract", () => {
  const dir = writeArticles();

  it("prints the same records from worker threads (--threads 3) under tsx as one thread computes, in file order", () => {
    expectSameRecords(execFileSync("node_modules/.bin/tsx", ["src/cli/extract.ts", "--threads", "3", dir], { encoding: "utf8", maxBuffer: 64 << 20 }), dir);
  });

  it("prints the same records compiled (what npm run extract runs), with its bundled worker threads and the lexicons", () => {
    expectSameRecords(execFileSync("node", ["src/cli/launch.mjs", "extract", "--threads", "3", dir], { encoding: "utf8", maxBuffer: 64 << 20 }), dir);
    const inputs = Object.keys((JSON.parse(readFileSync(`${COMPILED}meta.json`, "utf8")) as { inputs: object }).inputs);
    expect(inputs).toEqual(expect.arrayContaining(["src/cli/extract.ts", "src/extract/quotes.ts", "src/archive/extractWorker.ts"]));
  });

  it("compiles again only when a source is newer than the bundle", () => {
    const run = () => execFileSync("node", ["src/cli/launch.mjs", "extract", join(dir, "batch-0", "000.txt")], { encoding: "utf8" });
    run();
    const built = statSync(`${COMPILED}extract.mjs`).mtimeMs;
    run();
    expect(statSync(`${COMPILED}extract.mjs`).mtimeMs).toBe(built);
    // Ageing the bundle stands for editing a source after it was built; the old build's chunks go with it.
    utimesSync(`${COMPILED}extract.mjs`, new Date(2000, 0, 1), new Date(2000, 0, 1));
    writeFileSync(`${COMPILED}chunk-OLDBUILD.mjs`, "");
    const printed = run();
    expect(statSync(`${COMPILED}extract.mjs`).mtimeMs).toBeGreaterThan(built - 1);
    expect(existsSync(`${COMPILED}chunk-OLDBUILD.mjs`)).toBe(false);
    expect((JSON.parse(printed) as { articles: { id: string }[] }).articles.map((a) => a.id)).toEqual(["000"]);
  });
});
