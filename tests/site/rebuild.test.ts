import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import { snapshot } from "../support/siteFiles.ts";

const work = mkdtempSync(join(tmpdir(), "archive-rebuild-"));
const articles = join(work, "articles");
const site = join(work, "site");
const spare = join(work, ".site.previous");
const cacheDir = join(work, "cache");
const EXTRA = "---\ntitle: Harbour plan approved\n---\nThe council approved the harbour plan.\n\n\"We will start work in the spring,\" said Zebulon Quixley, the harbour master.\n";

const files = (dir: string) => readdirSync(dir);
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
    await buildSite({ articlesDir: articles, outputDir: site, cacheDir });
    expect(statSync(join(site, "pagefind", "fragment", unchanged)).ino).toBe(inode);
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
    const before = readFileSync(join(site, "index.html"));
    // A file where the article pages' folder must go: rendering into the claimed spare fails.
    rmSync(join(spare, "articles"), { recursive: true });
    writeFileSync(join(spare, "articles"), "in the way");
    await expect(buildSite({ articlesDir: articles, outputDir: site, cacheDir })).rejects.toThrow();
    expect(readFileSync(join(site, "index.html")).equals(before)).toBe(true);
    expect(files(work).filter((f) => f.includes(".building-"))).toEqual([]);
    expect(existsSync(spare)).toBe(false);
  });
});
