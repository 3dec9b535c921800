import { ArticlesFailed, formatReport } from "../archive/loadArchive.ts";
import { ArticleError } from "../read/errors.ts";
import { buildSite, DEFAULT_CACHE_DIR } from "../site/buildSite.ts";
import { SiteOptionError } from "../site/urls.ts";
import { parseCommandLine } from "./args.ts";
import { parseThreads } from "./threads.ts";

const USAGE = `usage: npm run build -- [--articles DIR] [--output DIR] [--path-prefix /sub/] [--site-url https://example.org]
                      [--keep-going] [--cache-dir DIR | --no-cache] [--threads N]`;

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(USAGE, {
    articles: { type: "string", default: "articles" },
    output: { type: "string", default: "_site" },
    "path-prefix": { type: "string", default: "/" },
    "site-url": { type: "string" },
    "keep-going": { type: "boolean", default: false },
    "cache-dir": { type: "string", default: DEFAULT_CACHE_DIR },
    "no-cache": { type: "boolean", default: false },
    threads: { type: "string" },
  });
  if (positionals.length > 0) {
    console.error(`unexpected argument ${positionals[0]}: give the articles folder as --articles ${positionals[0]}\n${USAGE}`);
    return 2;
  }
  let threads: number | undefined;
  try {
    threads = parseThreads(values.threads);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const started = performance.now();
  try {
    const { report, searchPages, pages, phases } = await buildSite({
      articlesDir: values.articles,
      outputDir: values.output,
      pathPrefix: values["path-prefix"],
      siteUrl: values["site-url"],
      keepGoing: values["keep-going"],
      cacheDir: values["no-cache"] ? undefined : values["cache-dir"],
      threads,
    });
    console.log(formatReport(report));
    console.log(`article pages, topic pages and feeds: ${pages.written} written, ${pages.kept} unchanged and kept`);
    console.log(`wrote ${values.output}/ (${searchPages} pages in the search index) in ${((performance.now() - started) / 1000).toFixed(1)} s:`
      + ` read and extract ${phases.load} ms, Eleventy ${phases.render} ms, feeds and stale files ${phases.xml} ms, Pagefind ${phases.index} ms`);
    return 0;
  } catch (err) {
    if (!(err instanceof ArticlesFailed || err instanceof ArticleError || err instanceof SiteOptionError)) throw err;
    console.error(`build failed, ${values.output}/ left as it was:\n${err.message}`);
    return 1;
  }
}

process.exitCode = await main();
