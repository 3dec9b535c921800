import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import type { EntityKind } from "../../src/types.ts";
import { writeGeneratedArticles } from "../support/generatedArticles.ts";
import { servedSite } from "../support/servedSite.ts";

// axe-core in Debian's Chromium, on every kind of page, in light and dark mode and at phone and desktop widths.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

const work = mkdtempSync(join(tmpdir(), "archive-a11y-"));
const out = join(work, "site");
const site = servedSite(out, async () => {
  // The seed articles, and enough more that the home page and the quotes index run over pages.
  const articles = join(work, "articles");
  cpSync("articles", articles, { recursive: true });
  writeGeneratedArticles(articles, 130);
  await buildSite({ articlesDir: articles, outputDir: out });
});

/** Violations as "rule: target" lines, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  // page.evaluate goes through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
    .axe.run(document, { runOnly: { type: "tag", values: tags } }), TAGS);
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

const topicOf = (kind: EntityKind) => site.archive.topics.find((t) => t.kind === kind && t.articles.length > 1 && t.articles.every((id) => !id.startsWith("story-")))!.url;

describe("accessibility (axe-core, WCAG 2.2 A/AA and best practice)", () => {
  const pages = () => ({
    home: "/",
    "home, page 2": "/page/2/",
    article: site.archive.articles[0]!.url,
    person: topicOf("person"),
    place: topicOf("place"),
    organisation: topicOf("organization"),
    topics: "/topics/",
    quotes: "/quotes/",
    "quotes, page 2": "/quotes/page/2/",
    search: "/search/",
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [360, 1280]) {
      it(`finds no violation on any kind of page (${colorScheme}, ${width}px)`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        const found: string[] = [];
        for (const [name, path] of Object.entries(pages())) {
          const response = await page.goto(`${site.base}${path.slice(1)}`);
          expect(response?.status(), path).toBe(200);
          if (name === "search") {
            // With results and filters showing, not just the empty form.
            await page.locator("form.search[data-ready]").waitFor();
            await page.getByLabel("Search the archive").fill("Baghouz");
            await page.locator("#search-results li").first().waitFor();
          }
          found.push(...(await violations(page)).map((v) => `${name}: ${v}`));
        }
        expect(found).toEqual([]);
        await page.close();
      });
    }
  }

  it("has no horizontal scrolling at 360px", async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    for (const path of Object.values(pages())) {
      await page.goto(`${site.base}${path.slice(1)}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await page.close();
  });

  it("shifts no layout while pages load, the search page included", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const path of Object.values(pages())) {
      await page.goto(`${site.base}${path.slice(1)}`);
      if (path === "/search/") await page.locator("form.search[data-ready]").waitFor();
      const shift = await page.evaluate(() => new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((entries) => {
          for (const e of entries.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => done(total), 300);
      }));
      expect(shift, path).toBe(0);
    }
    await page.close();
  });
});
