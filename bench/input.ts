// Input preparation: the corpus repeated --copies times under distinct names
// (copy-1/…, copy-2/…), or the user's folder as it is, built once in a temp
// dir; and the one-article edit the warm rebuild measures.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listArticleFiles } from "../src/read/articleFiles.ts";

export interface Input {
  dir: string;
  articles: number;
  megabytes: number;
  /** Removes the temp copy. */
  dispose: () => void;
}

function describe(dir: string, dispose: () => void): Input {
  const files = listArticleFiles(dir).articles;
  const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return { dir, articles: files.length, megabytes: bytes / 1e6, dispose };
}

/** The user's own folder, copied (ids unchanged) so the one-article change never touches their files, even if the bench is interrupted. */
export function existingInput(source: string): Input {
  const dir = mkdtempSync(join(tmpdir(), "bench-input-"));
  cpSync(source, dir, { recursive: true });
  return describe(dir, () => rmSync(dir, { recursive: true, force: true }));
}

/** `copies` copies of `corpus` in a fresh temp dir; copies keep their file names, so only the folder differs. */
export function repeatedInput(corpus: string, copies: number): Input {
  const dir = mkdtempSync(join(tmpdir(), `bench-input-${copies}x-`));
  for (let i = 1; i <= copies; i++) cpSync(corpus, join(dir, `copy-${i}`), { recursive: true });
  return describe(dir, () => rmSync(dir, { recursive: true, force: true }));
}

export const corpusMissing = (dir: string) => !existsSync(dir) || listArticleFiles(dir).articles.length === 0;

/**
 * Changes the `nth` article's text (a sentence appended to its last paragraph,
 * so it stays a valid article) and returns the function that restores it byte
 * for byte.
 */
export function changeOneArticle(dir: string, nth = 0): () => void {
  const name = listArticleFiles(dir).articles[nth];
  if (!name) throw new Error(`fewer than ${nth + 1} article files in ${dir}`);
  const file = join(dir, name);
  const original = readFileSync(file);
  appendFileSync(file, " The benchmark added this sentence to change one article.\n");
  return () => writeFileSync(file, original);
}
