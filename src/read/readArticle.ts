import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleMeta } from "../types.ts";
import { decodeArticleBytes } from "./decode.ts";
import { ArticleError } from "./errors.ts";
import { parseMarkdownArticle } from "./parseMarkdown.ts";
import { parseTextArticle } from "./parseText.ts";

/** One article file, read and cleaned, before extraction. */
export interface SourceArticle {
  /** Path relative to the articles folder, without extension. */
  id: string;
  /** Path relative to the articles folder. */
  source: string;
  headline: string;
  paragraphs: string[];
  bodyHtml?: string;
  meta: ArticleMeta;
  warnings: string[];
}

export function articleId(source: string): string {
  return source.replace(/\.(txt|md|markdown)$/i, "");
}

/** Reads one article file below `root`; `source` is its path relative to `root`. */
export function readArticle(root: string, source: string): SourceArticle {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, source));
  } catch (err) {
    throw new ArticleError(source, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, "Check that the file exists and is readable.");
  }
  return parseArticle(bytes, source);
}

/** Parses an article's bytes; `source` names it in errors and decides the format by extension. */
export function parseArticle(bytes: Uint8Array, source: string): SourceArticle {
  const { text, warning } = decodeArticleBytes(bytes, source);
  const warnings = warning ? [warning] : [];
  const isMarkdown = /\.(md|markdown)$/i.test(source);
  const parsed = isMarkdown ? parseMarkdownArticle(text, source) : { ...parseTextArticle(text), meta: {} };
  if (!parsed.headline) {
    throw new ArticleError(source, "has no headline (the file is empty or blank)", "Add a headline on the first line, or remove the file.");
  }
  return { id: articleId(source), source, ...parsed, warnings };
}
