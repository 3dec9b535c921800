// What a reader's browser fetches for a first search: serve a built site on
// 127.0.0.1, open it in a fresh Chromium context (empty cache), search a
// common word, wait for results and for the network to settle, and sum the
// body sizes of every response. The server does not compress, so body size
// is what crosses the wire here; Pagefind's own index files are already
// gzipped. `compressedBytes` is what a host that gzips text (GitHub Pages,
// Netlify, nginx with gzip on) would send: text bodies gzipped, others as is.
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { serveSite } from "../src/site/serveSite.ts";
import { launchChromium } from "../tests/support/browser.ts";

export interface SearchFetch {
  word: string;
  results: number;
  requests: number;
  totalBytes: number;
  compressedBytes: number;
  pagefindBytes: number;
  /** The ten largest responses, to see where the bytes go. */
  largest: { path: string; bytes: number }[];
}

/** The project's search page, driven as a reader would: type, wait for the list. */
async function searchProject(page: Page, base: string, word: string): Promise<number> {
  await page.goto(`${base}search/`);
  await page.locator("form.search[data-ready]").waitFor();
  await page.getByLabel("Search the archive").fill(word);
  await page.locator("#search-results li").first().waitFor();
  return page.locator("#search-results li").count();
}

/**
 * The reference has no search page, so this does what the least search UI
 * must: load Pagefind on one of its pages, search, and load the data of the
 * first 10 results (as many as the project's page shows at first).
 */
async function searchReference(page: Page, base: string, word: string): Promise<number> {
  await page.goto(`${base}articles/0/`);
  return page.evaluate(async ([url, q]) => {
    const pagefind = await import(url!);
    const { results } = await pagefind.search(q);
    await Promise.all(results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
    return Math.min(results.length, 10);
  }, [`${base}pagefind/pagefind.js`, word]);
}

const TEXT_TYPE = /^(?:text\/|application\/(?:javascript|json|xml)|image\/svg)/;

export async function measureFirstSearch(siteDir: string, kind: "project" | "reference", word: string): Promise<SearchFetch> {
  const { server, url: base } = await serveSite(siteDir);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const sizes: Promise<{ url: string; bytes: number; compressed: number }>[] = [];
    let pending = 0;
    page.on("request", () => pending++);
    page.on("requestfailed", () => pending--);
    page.on("requestfinished", (request) => {
      pending--;
      sizes.push(request.response().then(async (r) => {
        const body = r ? await r.body() : Buffer.alloc(0);
        const text = TEXT_TYPE.test(r?.headers()["content-type"] ?? "");
        return { url: request.url(), bytes: body.length, compressed: text ? gzipSync(body).length : body.length };
      }));
    });
    const results = await (kind === "project" ? searchProject(page, base, word) : searchReference(page, base, word));
    // Results can show before late fetches (excerpts, filters) finish: wait for 500 ms of quiet.
    for (let quiet = 0; quiet < 5; quiet = pending ? 0 : quiet + 1) await page.waitForTimeout(100);
    const fetched = await Promise.all(sizes);
    const sum = (xs: { bytes: number }[]) => xs.reduce((n, x) => n + x.bytes, 0);
    return {
      word,
      results,
      requests: fetched.length,
      totalBytes: sum(fetched),
      compressedBytes: fetched.reduce((n, f) => n + f.compressed, 0),
      pagefindBytes: sum(fetched.filter((f) => new URL(f.url).pathname.includes("/pagefind/"))),
      largest: fetched
        .map((f) => ({ path: new URL(f.url).pathname, bytes: f.bytes }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 10),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
