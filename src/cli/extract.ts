// `npm run extract -- [--keep-going] DIR_OR_FILE…`: prints {"articles": ArticleRecord[]} on stdout; logs go to stderr.
import { statSync } from "node:fs";
import { basename, dirname } from "node:path";
import { assembleArchive } from "../archive/assembleArchive.ts";
import type { ArticleSource } from "../archive/extractFiles.ts";
import { ArticlesFailed, extractSources } from "../archive/loadArchive.ts";
import { listArticleFiles } from "../read/articleFiles.ts";

const USAGE = "usage: npm run extract -- [--keep-going] DIR_OR_FILE...";

/** A folder's articles are named relative to it; a lone file by its own name. */
function sourcesOf(input: string): ArticleSource[] {
  if (statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
    return listArticleFiles(input).articles.map((source) => ({ root: input, source }));
  }
  return [{ root: dirname(input), source: basename(input) }];
}

async function main(args: string[]): Promise<number> {
  const keepGoing = args.includes("--keep-going");
  const inputs = args.filter((a) => a !== "--keep-going");
  if (inputs.length === 0 || inputs.some((a) => a.startsWith("--"))) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { extracted, report } = await extractSources(inputs.flatMap(sourcesOf), { keepGoing });
    report.warnings.forEach((w) => console.error(`warning: ${w}`));
    const { articles } = assembleArchive(extracted);
    process.stdout.write(`${JSON.stringify({ articles })}\n`);
    console.error(`${articles.length} articles extracted from ${report.filesRead} files`);
    return 0;
  } catch (err) {
    if (!(err instanceof ArticlesFailed)) throw err;
    console.error(`error: ${err.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
