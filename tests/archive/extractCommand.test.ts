import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleArchive, type ExtractedArticle } from "../../src/archive/assembleArchive.ts";
import { extractFile } from "../../src/archive/extractFiles.ts";
import { listArticleFiles } from "../../src/read/articleFiles.ts";

const FILES = 450;

describe("npm run extract", () => {
  it("prints the same records from worker threads (--threads 3) as one thread computes, in file order", () => {
    const dir = mkdtempSync(join(tmpdir(), "archive-extract-"));
    for (let i = 0; i < FILES; i++) {
      const folder = join(dir, `batch-${Math.floor(i / 100)}`);
      mkdirSync(folder, { recursive: true });
      const speaker = i % 2 ? "Mustafa Bali" : "Jens Laerke";
      writeFileSync(join(folder, `${String(i).padStart(3, "0")}.txt`), `Report number ${i} from Raqqa\n\n“We counted ${i} families in the camp today,” ${speaker} said in Geneva.\n`);
    }
    const printed = execFileSync("node_modules/.bin/tsx", ["src/cli/extract.ts", "--threads", "3", dir], { encoding: "utf8", maxBuffer: 64 << 20 });
    const { articles } = JSON.parse(printed) as { articles: { id: string; quotes: { speaker: string }[] }[] };

    const sources = listArticleFiles(dir).articles;
    const expected = assembleArchive(sources.map((source) => (extractFile({ root: dir, source }) as { article: ExtractedArticle }).article));
    expect(articles).toHaveLength(FILES);
    expect(articles.map((a) => a.id)).toEqual(sources.map((s) => s.replace(/\.txt$/, "")));
    expect(articles[301]!.quotes[0]!.speaker).toBe("Mustafa Bali");
    expect(articles).toEqual(expected.articles);
  });
});
