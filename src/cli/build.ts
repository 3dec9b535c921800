// `npm run build -- [--articles DIR] [--output DIR] [--path-prefix /sub/] [--site-url https://example.org] [--keep-going]`
import { parseArgs } from "node:util";
import { ArticlesFailed, formatReport } from "../archive/loadArchive.ts";
import { ArticleError } from "../read/errors.ts";
import { buildSite } from "../site/buildSite.ts";
import { SiteOptionError } from "../site/urls.ts";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "articles" },
      output: { type: "string", default: "_site" },
      "path-prefix": { type: "string", default: "/" },
      "site-url": { type: "string" },
      "keep-going": { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  try {
    const { report, searchPages } = await buildSite({
      articlesDir: values.articles,
      outputDir: values.output,
      pathPrefix: values["path-prefix"],
      siteUrl: values["site-url"],
      keepGoing: values["keep-going"],
    });
    console.log(formatReport(report));
    console.log(`wrote ${values.output}/ (${searchPages} pages in the search index) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (err) {
    if (!(err instanceof ArticlesFailed || err instanceof ArticleError || err instanceof SiteOptionError)) throw err;
    console.error(`build failed, ${values.output}/ left as it was:\n${err.message}`);
    return 1;
  }
}

process.exitCode = await main();
