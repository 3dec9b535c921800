import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/archive/loadArchive.ts";
import { planPages } from "../../src/site/pagePlan.ts";
import { siteUrls } from "../../src/site/urls.ts";
import { buildSiteData } from "../../src/site/views.ts";

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
});
