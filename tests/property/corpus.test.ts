// The one file in the shared BBC corpus that is not UTF-8 is read as
// Windows-1252, with a warning naming it.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/read/readArticle.ts";

/** BBC_CORPUS points the test at another copy of the corpus. */
const CORPUS = process.env.BBC_CORPUS ?? "/work/shared/corpora/bbc";
const FILE = `${CORPUS}/sport/199.txt`;
const present = existsSync(FILE);
if (!present) console.warn(`skipping the Windows-1252 corpus test: ${FILE} is absent (the shared corpora are not on this machine; set BBC_CORPUS to a copy to run it)`);

describe("BBC corpus", () => {
  it.skipIf(!present)("reads sport/199.txt (not UTF-8) as Windows-1252 with a warning", () => {
    const bytes = readFileSync(FILE);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), "the file is really not UTF-8").toThrow();
    const article = parseArticle(bytes, "sport/199.txt");
    expect(article.warnings).toHaveLength(1);
    expect(article.warnings[0]).toMatch(/^sport\/199\.txt: not valid UTF-8; read as Windows-1252/);
    expect(article.headline).not.toBe("");
    expect(article.paragraphs.length).toBeGreaterThan(0);
    const text = [article.headline, ...article.paragraphs].join("\n");
    // Windows-1252 leaves no C1 controls (0x80–0x9F read as ISO-8859-1) and no U+FFFD.
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });
});
