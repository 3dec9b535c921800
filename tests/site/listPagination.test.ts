import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import { generatedHeadline, generatedId, generatedSpeaker, writeGeneratedArticles } from "../support/generatedArticles.ts";
import { brokenLinks, htmlPages, xmlFiles } from "../support/siteFiles.ts";

// 230 dated articles, two quotes each: three pages of articles (100 a page) and two of quotes (250 a page).
const ARTICLES = 230;
const work = mkdtempSync(join(tmpdir(), "archive-pages-"));
const articles = join(work, "articles");
const out = join(work, "site");
const SITE_URL = "https://example.org";

const headlines = (html: string) => [...html.matchAll(/<h2 class="headline"><a href="[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]);
const story = (i: number) => generatedHeadline(i).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

beforeAll(async () => {
  mkdirSync(articles, { recursive: true });
  writeGeneratedArticles(articles, ARTICLES);
  await buildSite({ articlesDir: articles, outputDir: out, siteUrl: SITE_URL });
});

describe("long lists split over pages", () => {
  it("lists 100 articles a home page, newest first, numbered on from the page before", () => {
    const pages = htmlPages(out);
    expect(headlines(pages.get("/")!)).toEqual(Array.from({ length: 100 }, (_, k) => story(229 - k)));
    expect(headlines(pages.get("/page/2/")!)).toEqual(Array.from({ length: 100 }, (_, k) => story(129 - k)));
    expect(headlines(pages.get("/page/3/")!)).toEqual(Array.from({ length: 30 }, (_, k) => story(29 - k)));
    expect(pages.has("/page/4/")).toBe(false);
    expect(pages.get("/page/3/")).toContain('<ol class="article-list" start="201">');
    expect(pages.get("/page/2/")).toContain("<title>Articles, page 2 of 3 · News archive</title>");
  });

  it("links each page to its neighbours, and keeps the map and most-named lists to the first", () => {
    const pages = htmlPages(out);
    const second = pages.get("/page/2/")!;
    expect(second).toContain('<a href="/" rel="prev">Newer</a>');
    expect(second).toContain('<a href="/page/3/" rel="next">Older</a>');
    expect(second).toContain('<span aria-current="page">2</span>');
    expect(pages.get("/")).toContain('<a href="/page/2/" rel="next">Older</a>');
    expect(pages.get("/")).not.toContain('rel="prev"');
    expect(pages.get("/")).toContain('aria-label="Most named"');
    expect(second).not.toContain('aria-label="Most named"');
  });

  it("splits the quotes index between speakers, and says which speakers each page holds", () => {
    const pages = htmlPages(out);
    const first = pages.get("/quotes/")!;
    const second = pages.get("/quotes/page/2/")!;
    expect(pages.has("/quotes/page/3/")).toBe(false);
    const speakers = (html: string) => [...html.matchAll(/<h2 id="speaker-\d+"><a href="[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]);
    const everyone = Array.from({ length: ARTICLES }, (_, i) => [generatedSpeaker(i, 0), generatedSpeaker(i, 1)]).flat().sort((a, b) => a.localeCompare(b, "en"));
    expect(speakers(first)).toEqual(everyone.slice(0, 250));
    expect(speakers(second)).toEqual(everyone.slice(250));
    expect(first).toContain(`<span aria-current="page">${everyone[0]} to ${everyone[249]}</span>`);
    expect(first).toContain(`<a href="/quotes/page/2/">${everyone[250]} to ${everyone.at(-1)}</a>`);
    expect(second).toContain('<a href="/quotes/" rel="prev">Previous</a>');
  });

  it("puts every page in the sitemap, and every link leads somewhere", () => {
    const sitemap = xmlFiles(out).get("/sitemap.xml")!;
    for (const path of ["/", "/page/2/", "/page/3/", "/quotes/", "/quotes/page/2/"]) expect(sitemap).toContain(`<loc>${SITE_URL}${path}</loc>`);
    expect(brokenLinks(out, "/", SITE_URL)).toEqual([]);
  });

  it("drops the pages a smaller archive no longer fills when it is built again", async () => {
    for (let i = 0; i < 40; i++) rmSync(join(articles, `${generatedId(i)}.md`));
    await buildSite({ articlesDir: articles, outputDir: out, siteUrl: SITE_URL });
    const pages = htmlPages(out);
    expect(headlines(pages.get("/page/2/")!)).toHaveLength(90);
    expect(pages.has("/page/3/")).toBe(false);
    expect(pages.has("/quotes/page/2/")).toBe(true);
    expect(xmlFiles(out).get("/sitemap.xml")).not.toContain("/page/3/");
    expect(brokenLinks(out, "/", SITE_URL)).toEqual([]);
  });
});
