import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";

interface PagefindEntry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/**
 * Builds the Pagefind index into `<siteDir>/pagefind/`. Only what pages mark
 * `data-pagefind-body` is indexed (an article's text and quotes; a topic's
 * name, other spellings and quotes), so navigation and article lists never
 * match a search.
 *
 * `siteDir` may hold the index of an earlier build (siteFolder.ts). Pagefind
 * names its files by content hash and does not write a file that exists, so
 * an unchanged page's fragment is not compressed and written again; files the
 * new index no longer references are deleted afterwards.
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const outputPath = join(siteDir, "pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
  // addDirectory counts every HTML file it read; the entry file counts the pages indexed.
  const entry = JSON.parse(await readFile(join(outputPath, "pagefind-entry.json"), "utf8")) as PagefindEntry;
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  await removeUnreferenced(outputPath, entry, pages);
  return { pages };
}

/** The hashed folders of a Pagefind index; the files at its top level have fixed names, but for the metadata files. */
const HASHED_FOLDERS = ["fragment", "index", "filter"];

/**
 * Deletes the fragments, index chunks, filter chunks and metadata files that no
 * language's metadata file references. Each metadata file (gzipped CBOR after a
 * "pagefind_dcd" signature) names the others as short text strings
 * ("en_c8d1d28"). Were that format to change, fewer fragments would be found
 * than the entry file counts pages, and nothing is deleted.
 */
async function removeUnreferenced(outputPath: string, entry: PagefindEntry, pages: number): Promise<void> {
  const referenced = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    referenced.add(`pagefind.${hash}.pf_meta`);
    const meta = gunzipSync(await readFile(join(outputPath, `pagefind.${hash}.pf_meta`))).toString("latin1");
    const language = hash.slice(0, hash.lastIndexOf("_"));
    for (const name of cborTextStrings(meta)) {
      if (name.startsWith(`${language}_`)) referenced.add(name);
    }
  }
  const present = (await Promise.all(HASHED_FOLDERS.map(async (folder) => (await readdir(join(outputPath, folder)).catch(() => [])).map((file) => join(folder, file))))).flat();
  if (present.filter((file) => file.startsWith("fragment") && referenced.has(stem(file))).length < pages) return;
  const stale = [...present, ...(await readdir(outputPath)).filter((f) => f.endsWith(".pf_meta"))]
    .filter((file) => !referenced.has(file.endsWith(".pf_meta") ? file : stem(file)));
  await Promise.all(stale.map((file) => rm(join(outputPath, file), { force: true })));
}

/** "fragment/en_c8d1d28.pf_fragment" → "en_c8d1d28". */
const stem = (file: string) => file.slice(file.indexOf("/") + 1, file.lastIndexOf("."));

const PAGEFIND_HASH = /^[a-z][a-z0-9-]*_[0-9a-f]+$/;

/** Short CBOR text strings (major type 3, length under 24) made of the characters of a Pagefind hash. */
function* cborTextStrings(bytes: string): Generator<string> {
  for (let i = 0; i < bytes.length; i++) {
    const length = bytes.charCodeAt(i) - 0x60;
    if (length < 3 || length > 23) continue;
    const text = bytes.slice(i + 1, i + 1 + length);
    if (PAGEFIND_HASH.test(text)) yield text;
  }
}
