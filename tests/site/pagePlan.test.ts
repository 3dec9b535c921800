import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/archive/loadArchive.ts";
import { planPages } from "../../src/site/pagePlan.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { buildSiteData } from "../../src/site/views.ts";
import type { Archive } from "../../src/types.ts";

describe("the page plan", () => {
  it("renders everything when the folder's fingerprints are missing, damaged or of the wrong shape", async () => {
    const { archive } = await loadArchive("articles");
    const urls = siteUrls();
    const site = buildSiteData(archive, urls);
    const dir = mkdtempSync(join(tmpdir(), "archive-plan-"));
    const everything = { articles: site.articles.length, topics: site.topics.length, feeds: site.feeds.length, kept: 0 };
    const counts = async (earlier: string | undefined) => {
      const plan = await planPages(site, urls, earlier, new Set([join(dir, site.articles[0]!.record.url, "index.html")]));
      return { articles: plan.articles.length, topics: plan.topics.length, feeds: plan.feeds.length, kept: plan.kept.length };
    };
    expect(await counts(undefined)).toEqual(everything);
    expect(await counts(dir)).toEqual(everything); // no .pages.json
    for (const damaged of ["{not json", "null", '{"renderer":"x","files":null}', '{"files":{}}']) {
      writeFileSync(join(dir, ".pages.json"), damaged);
      expect(await counts(dir)).toEqual(everything);
    }
    // A fingerprint that matches keeps its page, but only where the file is there.
    const { fingerprints } = await planPages(site, urls, undefined, new Set());
    writeFileSync(join(dir, ".pages.json"), JSON.stringify(fingerprints));
    expect(await counts(dir)).toEqual({ ...everything, articles: everything.articles - 1, kept: 1 });
  });

  it("renders again the pages and feeds that show an article whose headline changed, and keeps the others", async () => {
    const { archive } = await loadArchive("articles");
    const urls = siteUrls();
    const before = await planPages(buildSiteData(archive, urls), urls, undefined, new Set());
    const dir = mkdtempSync(join(tmpdir(), "archive-plan-"));
    writeFileSync(join(dir, ".pages.json"), JSON.stringify(before.fingerprints));
    const found = new Set(Object.keys(before.fingerprints.files).map((file) => join(dir, file)));

    const edited: Archive = structuredClone(archive);
    const record = edited.articles.find((a) => a.id.startsWith("004"))!;
    record.headline += " (updated)";
    const plan = await planPages(buildSiteData(edited, urls), urls, dir, found);
    // Its own page, and the article pages whose related articles list it.
    expect(plan.articles.map((a) => a.record.id.slice(0, 3)).sort()).toEqual(["000", "002", "004"]);
    // Every topic page and feed listing it, and nothing else: the summary they share stands for itself in their fingerprints.
    const listing = edited.topics.filter((t) => t.articles.includes(record.id));
    expect(listing.map((t) => t.name)).toContain("Mustafa Bali");
    expect(plan.topics.map((t) => t.topic.name).sort()).toEqual(listing.map((t) => t.name).sort());
    expect(plan.feeds.map((f) => f.path).sort()).toEqual(["/feed.xml", ...listing.map((t) => `${t.url}feed.xml`)].sort());
    expect(plan.kept).toHaveLength(2 * (edited.topics.length - listing.length)); // the other topics' pages and feeds
  });
});
