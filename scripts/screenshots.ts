// `npm run screenshots`: builds articles/ into a temporary folder, serves it and
// writes PNGs of the home page, an article, a person and a place at phone and
// desktop widths into docs/screenshots/, for the README. Uses Debian's Chromium
// (tests/support/browser.ts), never a downloaded browser.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../src/site/buildSite.ts";
import { serveSite } from "../src/site/serveSite.ts";
import type { Archive, TopicRecord } from "../src/types.ts";
import { launchChromium } from "../tests/support/browser.ts";

const OUT = "docs/screenshots";
const WIDTHS = [375, 1280];

const work = mkdtempSync(join(tmpdir(), "archive-screenshots-"));
const site = join(work, "site");
await buildSite({ articlesDir: "articles", outputDir: site });
const archive = JSON.parse(readFileSync(join(site, "archive.json"), "utf8")) as Archive;

// The most-named topic of a kind, so the pages shown have the most on them.
const mostNamed = (kind: TopicRecord["kind"]) =>
  archive.topics.filter((t) => t.kind === kind).sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, "en"))[0]!;
const article = [...archive.articles].sort((a, b) => b.quotes.length - a.quotes.length)[0]!;
const pages = { home: "/", article: article.url, person: mostNamed("person").url, place: mostNamed("place").url };

mkdirSync(OUT, { recursive: true });
const { server, url } = await serveSite(site);
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(new URL(path.slice(1), url).href);
      const file = join(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file} (${path})`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
