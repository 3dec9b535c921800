import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serveSite } from "../../src/site/serveSite.ts";
import type { Archive } from "../../src/types.ts";
import { launchChromium } from "./browser.ts";

export interface ServedSite {
  /** The site's root URL on 127.0.0.1, ending in "/". */
  base: string;
  browser: Browser;
  archive: Archive;
}

/**
 * For a browser test file: builds a site with `build` (into `out`) before the
 * tests, serves it on 127.0.0.1 and opens Chromium; closes both after. The
 * returned object is filled in once the tests run.
 */
export function servedSite(out: string, build: () => Promise<unknown>): ServedSite {
  const site = {} as ServedSite;
  let server: Server | undefined;
  beforeAll(async () => {
    await build();
    site.archive = JSON.parse(readFileSync(join(out, "archive.json"), "utf8")) as Archive;
    let url: string;
    ({ server, url } = await serveSite(out));
    site.base = url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
