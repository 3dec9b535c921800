import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LoadReport } from "../../src/archive/loadArchive.ts";
import { buildSite } from "../../src/site/buildSite.ts";
import type { Archive, ArticleRecord } from "../../src/types.ts";

// Odd but valid input, fed through the real build: everything is published and nothing is lost.
const work = mkdtempSync(join(tmpdir(), "archive-odd-"));
const articles = join(work, "articles");
const out = join(work, "site");
const body = "The Syrian Democratic Forces said the push had begun.\n\n“We are close,” said Mustafa Bali.\n";

const files: Record<string, string | Buffer> = {
  "crlf.txt": "Line endings from Windows\r\n\r\nFirst paragraph here.\r\n\r\nSecond paragraph here.\r\n",
  "lone-cr.txt": "Line endings from old Macs\r\rFirst paragraph here.\r\rSecond paragraph here.\r",
  "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`UTF-8 with a byte-order mark\n\n${body}`)]),
  "utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`UTF-16 little-endian article\n\n${body}`, "utf16le")]),
  "cp1252.txt": Buffer.from("Windows-1252 article\n\nThe caf\xe9 said \x93we are open again today\x94 on Monday.\n", "latin1"),
  "single-newlines.txt": "Single newlines between paragraphs\nThe first paragraph ends here.\nThe second paragraph ends here.\n",
  "headline-only.txt": "Only a headline\n",
  "plain.txt": "Nothing named here\n\nit rained all day and nobody said anything at all.\n",
  "same-a.txt": "Same headline twice\n\nThe first of two.\n",
  "same-b.txt": "Same headline twice\n\nThe second of two.\n",
  "arabic.txt": "سقوط الرقة\n\nThe city fell on Tuesday.\n",
  "emoji.txt": "🔥🔥🔥\n\nA headline of emoji only.\n",
  "with space é.txt": "A file name with a space and an accent\n\nIt is still an article.\n",
  "sub/folder/deep.md": "---\ntitle: In a sub-folder\ndate: 2019-03-01\n---\nNested articles are published too.\n",
  "unclosed.txt": "A quote that never closes\n\nHe said “this goes on and on without an end.\n\nLater, Mustafa Bali said “the second quote is still found here” on Friday.\n",
  "nested.txt": "Nested and mixed quotes\n\n“He told me ‘stay inside’ and then he left the building,” she said.\n\n«Nous restons ici jusqu'à la fin du mois», said Mustafa Bali.\n",
  "traversal ..txt": "../../etc/passwd\n\nA headline that tries to climb out of the output folder.\n",
  ".DS_Store": Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]),
  "photo.jpg": Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  "draft.txt~": "An editor backup\n\nNot an article.\n",
};
const ARTICLE_COUNT = Object.keys(files).filter((f) => /\.(txt|md)$/.test(f)).length + 1; // + the 5 MB article

let report: LoadReport;
let archive: Archive;
const byId = (id: string): ArticleRecord => archive.articles.find((a) => a.id === id) ?? expect.unreachable(`no article ${id}`);

beforeAll(async () => {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(articles, name, ".."), { recursive: true });
    writeFileSync(join(articles, name), content);
  }
  const paragraph = "Officials in Raqqa said the reconstruction would take years, and “nobody knows how long it will really take,” Mustafa Bali said.";
  writeFileSync(join(articles, "huge.txt"), `A five-megabyte article\n\n${Array.from({ length: 40_000 }, () => paragraph).join("\n\n")}\n`);
  ({ report } = await buildSite({ articlesDir: articles, outputDir: out }));
  archive = JSON.parse(readFileSync(join(out, "archive.json"), "utf8"));
}, 300_000);

describe("odd but valid input", () => {
  it("publishes every article file and lists what it ignored", () => {
    expect(report.filesRead).toBe(ARTICLE_COUNT);
    expect(report.published).toBe(ARTICLE_COUNT);
    expect(archive.articles).toHaveLength(ARTICLE_COUNT);
    expect(report.ignored).toEqual([".DS_Store", "draft.txt~", "photo.jpg"]);
    expect(report.warnings).toEqual(["cp1252.txt: not valid UTF-8; read as Windows-1252. Save it as UTF-8 to silence this warning."]);
  });

  it("reads CRLF, lone CR, BOMs, UTF-16 and Windows-1252 like plain UTF-8", () => {
    expect(byId("crlf").paragraphs).toEqual(["First paragraph here.", "Second paragraph here."]);
    expect(byId("lone-cr").paragraphs).toEqual(["First paragraph here.", "Second paragraph here."]);
    expect(byId("bom").headline).toBe("UTF-8 with a byte-order mark");
    expect(byId("utf16").headline).toBe("UTF-16 little-endian article");
    expect(byId("utf16").quotes.map((q) => q.text)).toEqual(["We are close,"]);
    expect(byId("cp1252").paragraphs).toEqual(["The café said “we are open again today” on Monday."]);
  });

  it("splits paragraphs at single newlines", () => {
    expect(byId("single-newlines").paragraphs).toEqual(["The first paragraph ends here.", "The second paragraph ends here."]);
  });

  it("publishes a headline-only article and one without quotes or entities", () => {
    expect(byId("headline-only")).toMatchObject({ headline: "Only a headline", paragraphs: [], quotes: [] });
    expect(byId("plain")).toMatchObject({ quotes: [], people: [], places: [], organizations: [] });
  });

  it("gives two articles with one headline two stable slugs", () => {
    const a = byId("same-a").slug;
    const b = byId("same-b").slug;
    expect(a).toBe("same-headline-twice");
    expect(b).toMatch(/^same-headline-twice-[0-9a-f]{6}$/);
  });

  it("gives headlines without Latin letters valid, non-empty slugs", () => {
    expect(byId("arabic").slug).toBe("سقوط-الرقة");
    expect(byId("emoji").slug).toMatch(/^article-[0-9a-f]{6}$/);
    expect(readdirSync(join(out, "articles"))).toContain("سقوط-الرقة");
  });

  it("reads file names with spaces and accents, and sub-folders", () => {
    expect(byId("with space é").source).toBe("with space é.txt");
    expect(byId("sub/folder/deep")).toMatchObject({ headline: "In a sub-folder", date: "2019-03-01" });
  });

  it("keeps an unclosed quotation mark from swallowing the article", () => {
    const quotes = byId("unclosed").quotes;
    expect(quotes.every((q) => q.paragraph <= 1 && !q.text.includes("\n"))).toBe(true);
    expect(quotes.map((q) => q.text)).toContain("the second quote is still found here");
  });

  it("keeps a nested quote inside its outer quote, and reads guillemets", () => {
    expect(byId("nested").quotes.map((q) => q.text)).toEqual([
      "He told me ‘stay inside’ and then he left the building,",
      "Nous restons ici jusqu'à la fin du mois",
    ]);
  });

  it("keeps slugs inside the output folder", () => {
    expect(byId("traversal .").slug).toBe("etc-passwd");
    for (const a of archive.articles) expect(a.slug).not.toMatch(/[/\\]|\.\./);
  });

  it("extracts a five-megabyte article", () => {
    const huge = byId("huge");
    expect(huge.paragraphs).toHaveLength(40_000);
    expect(huge.quotes).toHaveLength(40_000);
    expect(huge.quotes[39_999]).toEqual({ text: "nobody knows how long it will really take,", speaker: "Mustafa Bali", paragraph: 39_999 });
  });
});

describe("files that cannot be published", () => {
  it("fail the build naming each file, or are skipped with --keep-going", async () => {
    const bad = join(work, "bad");
    mkdirSync(bad);
    writeFileSync(join(bad, "good.txt"), "A good article\n\nIt is fine.\n");
    writeFileSync(join(bad, "empty.txt"), "");
    writeFileSync(join(bad, "binary.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    symlinkSync(join(bad, "missing-target.txt"), join(bad, "dangling.txt"));
    writeFileSync(join(bad, "good.md"), "# Another good article\n\nWith the same id as good.txt.\n");
    const failed = buildSite({ articlesDir: bad, outputDir: join(work, "bad-site") });
    await expect(failed).rejects.toThrow(/binary\.md: looks like a binary file/);
    await expect(failed).rejects.toThrow(/dangling\.txt: cannot be read \(ENOENT\)/);
    await expect(failed).rejects.toThrow(/empty\.txt: has no headline/);
    await expect(failed).rejects.toThrow(/good\.txt: has the same article id "good" as good\.md\. Rename one of the two files/);

    const kept = await buildSite({ articlesDir: bad, outputDir: join(work, "bad-site"), keepGoing: true });
    expect(kept.report).toMatchObject({ filesRead: 5, published: 1, skipped: ["binary.md", "dangling.txt", "empty.txt", "good.txt"] });
  });
});
