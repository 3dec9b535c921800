import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import type { Archive } from "../../src/types.ts";
import { snapshot } from "../support/siteFiles.ts";

const work = mkdtempSync(join(tmpdir(), "archive-rebuild-"));
const articles = join(work, "articles");
const site = join(work, "site");
const spare = join(work, ".site.previous");
const cacheDir = join(work, "cache");
const EXTRA = "---\ntitle: Harbour plan approved\n---\nThe council approved the harbour plan.\n\n\"We will start work in the spring,\" said Zebulon Quixley, the harbour master.\n";

const files = (dir: string) => readdirSync(dir);
const pageOf = (dir: string, source: string) => {
  const record = (JSON.parse(readFileSync(join(dir, "archive.json"), "utf8")) as Archive).articles.find((a) => a.source === source)!;
  return join(dir, record.url, "index.html");
};
const LONG_AGO = new Date("2001-01-01T00:00:00Z");
const touchedLongAgo = (file: string) => statSync(file).mtimeMs === LONG_AGO.getTime();
const pagefindEntry = (dir: string) => JSON.parse(readFileSync(join(dir, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: { en: { page_count: number } } };

describe("a rebuild over an earlier site", () => {
  it("writes what a fresh build writes, reusing the site before last and the unchanged search fragments", async () => {
    mkdirSync(articles);
    for (const name of readdirSync("articles")) copyFileSync(join("articles", name), join(articles, name));
    writeFileSync(join(articles, "harbour.md"), EXTRA);
    await buildSite({ articlesDir: articles, outputDir: site, cacheDir });
    expect(existsSync(join(site, "topics", "zebulon-quixley", "index.html"))).toBe(true);
    expect(existsSync(spare)).toBe(false);

    // The second build has no spare: it starts a new folder, given the site's search fragments.
    await buildSite({ articlesDir: articles, outputDir: site, cacheDir });
    expect(existsSync(spare)).toBe(true);
    const fragment = readdirSync(join(site, "pagefind", "fragment"))[0]!;
    expect(statSync(join(site, "pagefind", "fragment", fragment)).nlink).toBe(2);

    // The third reuses the spare: an article gone, another changed, and a stray file in the spare.
    rmSync(join(articles, "harbour.md"));
    const changed = readdirSync(articles).sort()[0]!;
    appendFileSync(join(articles, changed), "\nA sentence added to change the article.\n");
    writeFileSync(join(spare, "stray.html"), "<p>not part of any build</p>");
    const unchanged = readdirSync(join(spare, "pagefind", "fragment")).find((f) => existsSync(join(site, "pagefind", "fragment", f)))!;
    const inode = statSync(join(spare, "pagefind", "fragment", unchanged)).ino;
    // Marked in the spare, to see which pages the build writes again and which it keeps.
    const [other] = readdirSync(articles).sort().filter((f) => f !== changed && f.endsWith(".txt"));
    const keptPages = [pageOf(spare, other!), join(spare, "topics", "mustafa-bali", "index.html"), join(spare, "topics", "mustafa-bali", "feed.xml")];
    for (const file of [...keptPages, pageOf(spare, changed), join(spare, "index.html")]) utimesSync(file, LONG_AGO, LONG_AGO);
    await buildSite({ articlesDir: articles, outputDir: site, cacheDir });
    expect(statSync(join(site, "pagefind", "fragment", unchanged)).ino).toBe(inode);
    expect(keptPages.map((file) => touchedLongAgo(file.replace(spare, site)))).toEqual([true, true, true]);
    expect(touchedLongAgo(pageOf(site, changed))).toBe(false);
    expect(touchedLongAgo(join(site, "index.html"))).toBe(false);
    expect(files(work).filter((f) => f.includes(".building-"))).toEqual([]);

    const fresh = join(work, "fresh");
    await buildSite({ articlesDir: articles, outputDir: fresh });
    const rebuilt = snapshot(site);
    const expected = snapshot(fresh);
    expect([...rebuilt.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...rebuilt].filter(([path, bytes]) => !bytes.equals(expected.get(path)!)).map(([path]) => path)).toEqual([]);
    expect(existsSync(join(site, "topics", "zebulon-quixley"))).toBe(false);
    expect(existsSync(join(site, "stray.html"))).toBe(false);
    expect(readFileSync(join(site, "archive.json"), "utf8")).toContain("A sentence added to change the article.");
    // No stale search file: one fragment per indexed page, one metadata file, as many filter chunks as a fresh build.
    expect(files(join(site, "pagefind", "fragment"))).toHaveLength(pagefindEntry(site).languages.en.page_count);
    expect(files(join(site, "pagefind")).filter((f) => f.endsWith(".pf_meta"))).toHaveLength(1);
    expect(files(join(site, "pagefind", "filter"))).toHaveLength(files(join(fresh, "pagefind", "filter")).length);
  });

  it("deletes its staging folder when it fails after claiming the spare, and leaves the site as it was", async () => {
    const before = snapshot(site);
    // The page of an unchanged article is one file shared by the site and the spare (a hard link): changing the
    // article makes the build write that page, which must not reach the live site through the link.
    const shared = readdirSync(articles).sort().filter((f) => f.endsWith(".txt"))[1]!;
    expect(statSync(pageOf(site, shared)).ino).toBe(statSync(pageOf(spare, shared)).ino);
    appendFileSync(join(articles, shared), "\nAnother sentence, in a build that fails.\n");
    // A folder where archive.json must go, holding no file the sweep would delete: writing into the claimed spare fails.
    rmSync(join(spare, "archive.json"));
    mkdirSync(join(spare, "archive.json", "in-the-way"), { recursive: true });
    await expect(buildSite({ articlesDir: articles, outputDir: site, cacheDir })).rejects.toThrow();
    const after = snapshot(site);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].filter(([path, bytes]) => !bytes.equals(before.get(path)!)).map(([path]) => path)).toEqual([]);
    expect(files(work).filter((f) => f.includes(".building-"))).toEqual([]);
    expect(existsSync(spare)).toBe(false);
  });

  it("renders every page again when a site-wide option changes", async () => {
    // Over the live site (the failed build left no spare), made for the root path: every link must now carry the prefix.
    await buildSite({ articlesDir: articles, outputDir: site, cacheDir, pathPrefix: "/news/" });
    const fresh = join(work, "fresh-news");
    await buildSite({ articlesDir: articles, outputDir: fresh, pathPrefix: "/news/" });
    const rebuilt = snapshot(site);
    const expected = snapshot(fresh);
    expect([...rebuilt.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...rebuilt].filter(([path, bytes]) => !bytes.equals(expected.get(path)!)).map(([path]) => path)).toEqual([]);
  });

  it("links the live site's unchanged pages into a new folder, and writes every other page as a new file", async () => {
    rmSync(spare, { recursive: true, force: true });
    const before = snapshot(site);
    const [first, second] = readdirSync(articles).sort().filter((f) => f.endsWith(".txt"));
    appendFileSync(join(articles, first!), "\nA sentence added while the live site's pages are linked.\n");
    await buildSite({ articlesDir: articles, outputDir: site, cacheDir, pathPrefix: "/news/" });
    // The replaced site is the spare now, and not one byte of it changed.
    const replaced = snapshot(spare);
    expect([...replaced.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...replaced].filter(([path, bytes]) => !bytes.equals(before.get(path)!)).map(([path]) => path)).toEqual([]);
    expect(statSync(pageOf(site, second!)).ino).toBe(statSync(pageOf(spare, second!)).ino);
    expect(statSync(pageOf(site, first!)).ino).not.toBe(statSync(pageOf(spare, first!)).ino);
    expect(readFileSync(pageOf(site, first!), "utf8")).toContain("A sentence added while the live site");
  });
});
