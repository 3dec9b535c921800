// `npm run extract -- [--keep-going] [--threads N] DIR_OR_FILE…`: prints {"articles": ArticleRecord[]} on stdout; logs go to stderr.
import { statSync } from "node:fs";
import { basename, dirname } from "node:path";
import { assembleArchive } from "../archive/assembleArchive.ts";
import type { ArticleSource } from "../archive/extractFiles.ts";
import { ArticlesFailed, extractSources } from "../archive/loadArchive.ts";
import { listArticleFiles } from "../read/articleFiles.ts";
import { parseCommandLine } from "./args.ts";
import { parseThreads } from "./threads.ts";

const USAGE = "usage: npm run extract -- [--keep-going] [--threads N] DIR_OR_FILE...";

/** A folder's articles are named relative to it; a lone file by its own name. */
function sourcesOf(input: string): ArticleSource[] {
  if (statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
    return listArticleFiles(input).articles.map((source) => ({ root: input, source }));
  }
  return [{ root: dirname(input), source: basename(input) }];
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(USAGE, { "keep-going": { type: "boolean", default: false }, threads: { type: "string" } });
  let threads: number | undefined;
  try {
    threads = parseThreads(parsed.values.threads);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { extracted, report } = await extractSources(parsed.positionals.flatMap(sourcesOf), { keepGoing: parsed.values["keep-going"], threads });
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

process.exitCode = await main();
