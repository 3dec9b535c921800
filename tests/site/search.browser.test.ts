import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import { servedSite } from "../support/servedSite.ts";

const out = join(mkdtempSync(join(tmpdir(), "archive-search-")), "site");
const site = servedSite(out, async () => {
  await buildSite({ articlesDir: "articles", outputDir: out });
});

describe("search in the browser", () => {
  it("finds exactly the two articles that name Baghouz, and opens one", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}search/`);
    await page.locator("form.search[data-ready]").waitFor();
    await page.getByLabel("Search the archive").fill("Baghouz");
    // Topic pages are searched too but listed apart: exactly two article results.
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/^2 articles, \d+ topics?$/);
    const hrefs = await page.locator("#search-results a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const naming = site.archive.articles.filter((a) => a.paragraphs.some((p) => p.includes("Baghouz")));
    expect(naming.map((a) => a.id)).toEqual(["000_ab21298c3eb94b88", "002_760ff4f447e4dcaf"]);
    expect(hrefs.sort()).toEqual(naming.map((a) => a.url).sort());

    await page.locator("#search-results a").first().click();
    await page.waitForURL((url) => url.pathname !== "/search/");
    const opened = site.archive.articles.find((a) => page.url().endsWith(a.url))!;
    expect(naming).toContain(opened);
    expect(await page.locator("h1").textContent()).toBe(opened.headline);
    await page.close();
  });

  it("marks the hits in result excerpts and filters by person", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}search/?q=Baghouz`);
    await expect.poll(() => page.locator("#search-results mark").count()).toBeGreaterThan(0);
    expect((await page.locator("#search-results mark").first().textContent())?.toLowerCase()).toBe("baghouz");

    await page.getByLabel("Person").selectOption("Mustafa Bali");
    await expect.poll(() => page.locator("#search-status").textContent()).toBe("1 article");
    const bali = site.archive.articles.filter((a) => a.people.some((p) => p.name === "Mustafa Bali") && a.paragraphs.some((p) => p.includes("Baghouz")));
    expect(await page.locator("#search-results a").getAttribute("href")).toBe(bali[0]!.url);
    await page.close();
  });

  const search = async (query: string) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}search/`);
    await page.locator("form.search[data-ready]").waitFor();
    await page.getByLabel("Search the archive").fill(query);
    await expect.poll(() => page.locator("#search-status").textContent()).toMatch(/topic/);
    const paths = (list: string) => page.locator(`${list} a`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { page, articles: await paths("#search-results"), topics: await paths("#topic-results") };
  };

  it("finds a quote by its words: the article and the speaker's page", async () => {
    const { page, articles, topics } = await search("tunnels that they dug");
    const article = site.archive.articles.find((a) => a.quotes.some((q) => q.text.includes("tunnels that they dug")))!;
    const speaker = site.archive.topics.find((t) => t.name === "Sefqan")!;
    expect(articles.map((p) => p.replace(/^\//, "/"))).toContain(article.url);
    expect(topics).toContain(speaker.url);
    expect(await page.locator("#topic-results mark").first().textContent()).toMatch(/tunnels/i);
    await page.close();
  });

  it("finds a quote by its speaker", async () => {
    const { page, topics, articles } = await search("Jens Laerke");
    expect(topics[0]).toBe("/topics/jens-laerke/");
    expect(await page.locator("#topic-results li").first().textContent()).toContain("Many of the arrivals are exhausted");
    expect(articles).toContain(site.archive.articles.find((a) => a.quotes.some((q) => q.speaker === "Jens Laerke"))!.url);
    await page.close();
  });

  it("finds a topic by an alias: Daesh finds Islamic State", async () => {
    const { page, topics } = await search("Daesh");
    expect(topics[0]).toBe(site.archive.topics.find((t) => t.name === "Islamic State")!.url);
    expect(await page.locator("#topic-results h3").first().textContent()).toContain("Islamic State");
    await page.close();
  });
});
