import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import { snapshot } from "../support/siteFiles.ts";

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
