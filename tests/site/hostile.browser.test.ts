import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/buildSite.ts";
import { servedSite } from "../support/servedSite.ts";
import { htmlPages, xmlFiles } from "../support/siteFiles.ts";

// Every payload tries to set window.pwned; none may.
const work = mkdtempSync(join(tmpdir(), "archive-hostile-"));
const articles = join(work, "articles");
const out = join(work, "site");
const PAYLOADS = {
  "ampersand.txt": "Zebrafish Q&A\n\nThe zebrafish Q&A covered <b>bold</b> claims & counter-claims about zebrafish.\n",
  "html.txt": "Headline with <script>window.pwned = 'headline'</script>\n\nBody with <img src=x onerror=\"window.pwned='img'\"> and <script>window.pwned = 'body'</script> text.\n\n“<b onmouseover=\"window.pwned='quote'\">A quote with markup in it</b>,” said <i>Mustafa Bali</i>.\n",
  "markdown.md": [
    "---",
    "title: \"Front matter </title><script>window.pwned='title'</script>\"",
    "outlet: \"\\\"><img src=x onerror=window.pwned='outlet'>\"",
    "source_url: \"https://example.org/?q=\\\"><script>window.pwned='url'</script>\"",
    "tags: [\"<script>window.pwned='tag'</script>\"]",
    "---",
    "A [link](javascript:window.pwned='link') and <iframe src=\"javascript:window.pwned='iframe'\"></iframe>.",
    "",
    "<script>window.pwned='md-script'</script>",
    "",
    "<img src=x onerror=\"window.pwned='md-img'\"> <a href=\"#\" onclick=\"window.pwned='click'\">click</a>",
  ].join("\n"),
};

const site = servedSite(out, async () => {
  mkdirSync(articles, { recursive: true });
  for (const [name, text] of Object.entries(PAYLOADS)) writeFileSync(join(articles, name), text);
  await buildSite({ articlesDir: articles, outputDir: out });
});

describe("hostile article text", () => {
  it("reaches no page as markup", () => {
    for (const [url, html] of htmlPages(out)) {
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      // The search module, and JSON-LD data (which runs nothing and cannot be ended early: "<" is escaped in it).
      expect(scripts.every((s) => /^<script type="(?:module" src="\/assets\/search\.js|application\/ld\+json)">$/.test(s)), url).toBe(true);
      for (const json of html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)) {
        expect(json[1], url).not.toMatch(/[<>]/);
        expect(() => JSON.parse(json[1]!), url).not.toThrow();
      }
      // Event-handler attributes: looked for in tags with quoted values removed, since
      // an escaped " onerror=" inside a description's text is only text.
      const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0].replace(/"[^"]*"/g, '""'));
      expect(tags.filter((t) => /\son\w+=/i.test(t)), url).toEqual([]);
      expect(html, url).not.toMatch(/javascript:/i);
      expect(html, url).not.toMatch(/<iframe/i);
    }
  });

  it("shows search excerpts as the article's text: no markup, no doubled escapes", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}search/`);
    await page.locator("form.search[data-ready]").waitFor();
    await page.getByLabel("Search the archive").fill("zebrafish");
    const excerpt = page.locator("#search-results li p").first();
    await expect.poll(() => excerpt.textContent()).toContain("Q&A covered <b>bold</b> claims & counter-claims");
    expect(await excerpt.locator("b").count()).toBe(0);
    expect((await excerpt.locator("mark").first().textContent())?.toLowerCase()).toBe("zebrafish");
    await page.close();
  });

  it("shows HTML in a .txt article as text", async () => {
    const page = await site.browser.newPage();
    const article = site.archive.articles.find((a) => a.id === "html")!;
    await page.goto(`${site.base}${article.url.slice(1)}`);
    expect(await page.locator("h1").textContent()).toBe("Headline with <script>window.pwned = 'headline'</script>");
    await expect.poll(() => page.locator(".body").textContent()).toContain("<img src=x onerror=");
    await page.locator("text=A quote with markup in it").first().hover();
    expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
    await page.close();
  });

  it("runs no script from a Markdown article or its front matter", async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const article = site.archive.articles.find((a) => a.id === "markdown")!;
    await page.goto(`${site.base}${article.url.slice(1)}`);
    expect(await page.locator("h1").textContent()).toBe("Front matter </title><script>window.pwned='title'</script>");
    await page.locator(".body a", { hasText: "click" }).click();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("keeps every feed well-formed XML with the hostile text as text", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.base);
    const feeds = xmlFiles(out);
    for (const [path, text] of feeds) {
      const error = await page.evaluate((xml) => new DOMParser().parseFromString(xml, "application/xml").querySelector("parsererror")?.textContent ?? null, text);
      expect(error, path).toBeNull();
    }
    const titles = await page.evaluate(
      (xml) => [...new DOMParser().parseFromString(xml, "application/xml").querySelectorAll("entry > title")].map((t) => t.textContent),
      feeds.get("/feed.xml")!,
    );
    expect(titles).toContain("Front matter </title><script>window.pwned='title'</script>");
    await page.close();
  });
});
