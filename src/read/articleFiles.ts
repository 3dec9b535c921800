import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown"] as const;

export interface ArticleFileList {
  /** Paths relative to the folder, "/"-separated, sorted so ids and output never depend on directory order. */
  articles: string[];
  /** Everything else found (images, .DS_Store, editor backups), so the build can say what it skipped. */
  ignored: string[];
}

export function isArticleFile(path: string): boolean {
  const name = path.split("/").pop() ?? "";
  if (name.startsWith(".") || name.endsWith("~")) return false;
  return ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** Lists article files below `root`, sub-folders included. */
export function listArticleFiles(root: string): ArticleFileList {
  const articles: string[] = [];
  const ignored: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    // A link to a missing file is still an article the user meant to publish: keep it, so reading it fails loudly.
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join("/");
    (isArticleFile(path) ? articles : ignored).push(path);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { articles: articles.sort(byCodePoint), ignored: ignored.sort(byCodePoint) };
}
