import { listArticleFiles } from "../read/articleFiles.ts";
import { ArticleError } from "../read/errors.ts";
import type { Archive } from "../types.ts";
import { assembleArchive, type ExtractedArticle } from "./assembleArchive.ts";
import { extractFilesCached } from "./extractCache.ts";
import { extractFiles, type ArticleSource } from "./extractFiles.ts";

export interface LoadOptions {
  /** Skip files that cannot be published (with a warning) instead of failing. */
  keepGoing?: boolean;
  /** Folder of the extraction cache; without it every file is extracted afresh. */
  cacheDir?: string;
  /** Threads to extract on; by default one per core once a folder is large enough to pay for them. */
  threads?: number;
}

/** What a build tells its user: every file accounted for. */
export interface LoadReport {
  filesRead: number;
  published: number;
  ignored: string[];
  skipped: string[];
  warnings: string[];
}

/** Thrown when files cannot be published and the caller did not ask to keep going; lists every such file, not just the first. */
export class ArticlesFailed extends Error {
  constructor(readonly errors: ArticleError[]) {
    super(`${errors.length} article file(s) cannot be published:\n${errors.map((e) => `  ${e.message}`).join("\n")}\n(--keep-going skips them with a warning)`);
    this.name = "ArticlesFailed";
  }
}

/** Reads and extracts each source, collecting every bad file before deciding whether to fail. */
export async function extractSources(sources: ArticleSource[], options: LoadOptions = {}): Promise<{ extracted: ExtractedArticle[]; report: LoadReport }> {
  const extracted: ExtractedArticle[] = [];
  const errors: ArticleError[] = [];
  const report: LoadReport = { filesRead: sources.length, published: 0, ignored: [], skipped: [], warnings: [] };
  const outcomes = options.cacheDir ? await extractFilesCached(sources, options.cacheDir, options.threads) : await extractFiles(sources, options.threads);
  // An id is the path without its extension, so "a.txt" and "a.md" (or one name given
  // twice to the extract command) would be one article: the second is an error.
  const sourceOfId = new Map<string, string>();
  for (const outcome of outcomes) {
    if ("error" in outcome) {
      errors.push(outcome.error);
      continue;
    }
    const { id, source } = outcome.article;
    const first = sourceOfId.get(id);
    if (first !== undefined) {
      errors.push(new ArticleError(source, `has the same article id "${id}" as ${first}`, "Rename one of the two files: an article's id is its path without the extension."));
      continue;
    }
    sourceOfId.set(id, source);
    report.warnings.push(...outcome.article.warnings);
    extracted.push(outcome.article);
  }
  if (errors.length && !options.keepGoing) throw new ArticlesFailed(errors);
  report.skipped = errors.map((e) => e.file);
  report.warnings.push(...errors.map((e) => `skipped ${e.message}`));
  report.published = extracted.length;
  return { extracted, report };
}

/** Reads, extracts and assembles every article below `root`. */
export async function loadArchive(root: string, options: LoadOptions = {}): Promise<{ archive: Archive; report: LoadReport }> {
  const files = listArticleFiles(root);
  const { extracted, report } = await extractSources(files.articles.map((source) => ({ root, source })), options);
  report.ignored = files.ignored;
  return { archive: assembleArchive(extracted), report };
}

export function formatReport(report: LoadReport): string {
  return [
    `${report.filesRead} article files read, ${report.published} published, ${report.skipped.length} skipped, ${report.ignored.length} other files ignored, ${report.warnings.length} warnings`,
    ...report.ignored.map((f) => `  ignored (not an article): ${f}`),
    ...report.warnings.map((w) => `  warning: ${w}`),
  ].join("\n");
}
