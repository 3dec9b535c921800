import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFilesCached, getExtractorVersion, hashFiles } from "../../src/archive/extractCache.ts";

const headlineOf = (o: { article?: { headline: string } } | object) => ("article" in o ? o.article!.headline : undefined);

describe("the extraction cache", () => {
  it("serves unchanged files from the cache and extracts changed ones", async () => {
    const work = mkdtempSync(join(tmpdir(), "archive-cache-"));
    const cacheDir = join(work, "cache");
    writeFileSync(join(work, "a.txt"), "Raqqa falls\n\n“We are close,” said Mustafa Bali.\n");
    writeFileSync(join(work, "b.txt"), "Mosul retaken\n\nThe city was retaken on Sunday.\n");
    const sources = [{ root: work, source: "a.txt" }, { root: work, source: "b.txt" }];

    const first = await extractFilesCached(sources, cacheDir);
    expect(first.map(headlineOf)).toEqual(["Raqqa falls", "Mosul retaken"]);
    const cacheFile = join(cacheDir, "extract.json");
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as Record<string, { headline: string }>;
    expect(Object.keys(cached)).toHaveLength(2);

    // Mark the cached records, change one file: the other must come from the cache.
    for (const entry of Object.values(cached)) entry.headline = `cached: ${entry.headline}`;
    writeFileSync(cacheFile, JSON.stringify(cached));
    writeFileSync(join(work, "b.txt"), "Mosul retaken again\n\nThe city was retaken on Monday.\n");
    const second = await extractFilesCached(sources, cacheDir);
    expect(second.map(headlineOf)).toEqual(["cached: Raqqa falls", "Mosul retaken again"]);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, "utf8")))).toHaveLength(2);
  });

  it("keys the cache by the extractor's own files, so changing one invalidates it", () => {
    const code = mkdtempSync(join(tmpdir(), "archive-extractor-"));
    writeFileSync(join(code, "quotes.ts"), "export const MIN_WORDS = 4;\n");
    const before = hashFiles([code]);
    expect(hashFiles([code])).toBe(before);
    writeFileSync(join(code, "quotes.ts"), "export const MIN_WORDS = 3;\n");
    expect(hashFiles([code])).not.toBe(before);
    expect(getExtractorVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it("recovers from a damaged cache by extracting afresh", async () => {
    const work = mkdtempSync(join(tmpdir(), "archive-cache-"));
    writeFileSync(join(work, "a.txt"), "Raqqa falls\n\nThe city fell.\n");
    writeFileSync(join(work, "extract.json"), "{ not json");
    const outcomes = await extractFilesCached([{ root: work, source: "a.txt" }], work);
    expect(outcomes.map(headlineOf)).toEqual(["Raqqa falls"]);
  });
});
