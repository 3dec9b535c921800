import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import { servedSite } from "../support/servedSite.ts";

// Twenty-three articles that all name the same harbour: more results than one page shows.
const ARTICLES = 23;
const work = mkdtempSync(join(tmpdir(), "archive-paging-"));
const articles = join(work, "articles");
const out = join(work, "site");
const site = servedSite(out, async () => {
  mkdirSync(articles, { recursive: true });
  for (let i = 0; i < ARTICLES; i++) {
    writeFileSync(join(articles, `report-${String(i).padStart(2, "0")}.txt`), `Harbour report ${i}\n\nThe Quillhaven harbour counted ${i + 3} trawlers on the day of report ${i}.\n`);
  }
  await buildSite({ articlesDir: articles, outputDir: out });
});

describe("search results page by page", () => {
  it("fetches the text of the first ten results only, and shows ten more per click", async () => {
    const page = await site.browser.newPage();
    const fragments: string[] = [];
    page.on("request", (r) => { if (r.url().includes("/pagefind/fragment/")) fragments.push(r.url()); });
    await page.goto(`${site.base}search/`);
    await page.locator("form.search[data-ready]").waitFor();
    await page.getByLabel("Search the archive").fill("Quillhaven");
    await expect.poll(() => page.locator("#search-status").textContent()).toBe(`${ARTICLES} articles, 0 topics`);
    await expect.poll(() => page.locator("#search-results li").count()).toBe(10);
    expect(new Set(fragments).size).toBe(10);

    const more = page.getByRole("button", { name: "Show more articles" });
    await more.click();
    await expect.poll(() => page.locator("#search-results li").count()).toBe(20);
    // Keyboard users land on the first new result, not back at the top.
    expect(await page.evaluate(() => [...document.querySelectorAll("#search-results li")].indexOf(document.activeElement!.closest("li")!))).toBe(10);

    await more.click();
    await expect.poll(() => page.locator("#search-results li").count()).toBe(ARTICLES);
    expect(await more.isHidden()).toBe(true);
    const hrefs = await page.locator("#search-results a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(hrefs)).toEqual(new Set(site.archive.articles.map((a) => a.url)));
    await page.close();
  });
});
