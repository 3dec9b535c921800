import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";

/**
 * Pagefind writes its filter and metadata indexes in hash-map order, so their
 * bytes (and the entry file naming them) differ between identical runs; the
 * maintainers know (Pagefind/pagefind#638, only fragments were made stable).
 * Everything else we and Pagefind write must be identical.
 */
const UPSTREAM_UNSTABLE = /^pagefind\/(filter\/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)$/;

function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(e.parentPath, e.name));
    if (e.isFile() && !UPSTREAM_UNSTABLE.test(path)) files.set(path, readFileSync(join(e.parentPath, e.name)));
  }
  return files;
}

describe("two builds of the same input", () => {
  it("are byte-identical, whatever the time zone and the order files were written in", async () => {
    const work = mkdtempSync(join(tmpdir(), "archive-determinism-"));
    const articles = join(work, "articles");
    mkdirSync(articles);
    const dated = "---\ntitle: Dated in front matter\ndate: 2019-02-15\n---\nThe Syrian Democratic Forces said Baghouz had fallen.\n";
    writeFileSync(join(articles, "dated.md"), dated);
    for (const name of readdirSync("articles").sort()) copyFileSync(join("articles", name), join(articles, name));
    await buildSite({ articlesDir: articles, outputDir: join(work, "one") });

    // The same files written in the opposite order, built in a time zone east of UTC.
    const reversed = join(work, "reversed");
    mkdirSync(reversed);
    for (const name of readdirSync(articles).sort().reverse()) copyFileSync(join(articles, name), join(reversed, name));
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Tokyo";
    try {
      await buildSite({ articlesDir: reversed, outputDir: join(work, "two") });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const one = snapshot(join(work, "one"));
    const two = snapshot(join(work, "two"));
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    const differing = [...one].filter(([path, bytes]) => !bytes.equals(two.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect([...one.keys()]).toEqual(expect.arrayContaining(["archive.json", "index.html", "pagefind/pagefind.js"]));
    expect(one.get("archive.json")!.toString()).toContain('"date":"2019-02-15"');
    // One fragment per indexed page: every article and every topic page.
    const archive = JSON.parse(one.get("archive.json")!.toString()) as { articles: unknown[]; topics: unknown[] };
    expect([...one.keys()].filter((p) => p.startsWith("pagefind/fragment/")).length).toBe(archive.articles.length + archive.topics.length);
  });
});
