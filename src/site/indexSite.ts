import { readFile } from "node:fs/promises";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind index into `<siteDir>/pagefind/`. Only pages with a
 * `data-pagefind-body` element (the articles) are indexed, so navigation and
 * topic lists never match a search.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    // addDirectory counts every HTML file it read; the entry file counts the pages indexed.
    const entry = JSON.parse(await readFile(`${siteDir}/pagefind/pagefind-entry.json`, "utf8")) as { languages: Record<string, { page_count: number }> };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } finally {
    await index.deleteIndex();
  }
}
