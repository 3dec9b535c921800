// The bare reference the project is measured against: the project's own
// reader, Eleventy (same version) rendering one plain page per article from
// its headline and paragraphs, and Pagefind over the output. No extraction,
// no topic pages, no feeds: what any Eleventy + Pagefind site pays for these
// articles.
import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";
import { listArticleFiles } from "../../src/read/articleFiles.ts";
import { readArticle } from "../../src/read/readArticle.ts";
import { indexSite } from "../../src/site/indexSite.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));

/** Builds into `outputDir`, which must be new or empty (buildOnce.ts deletes it before the clock starts, as for a cold build). */
export async function buildReference(articlesDir: string, outputDir: string): Promise<{ phases: { read: number; render: number; index: number }; searchPages: number }> {
  let mark = performance.now();
  const lap = () => {
    const ms = Math.round(performance.now() - mark);
    mark = performance.now();
    return ms;
  };
  // The same read as the project's load phase (listing, decoding, parsing), on one thread.
  const articles = listArticleFiles(articlesDir).articles.map((source) => {
    const { headline, paragraphs } = readArticle(articlesDir, source);
    return { headline, paragraphs };
  });
  const read = lap();
  const eleventy = new Eleventy(HERE, outputDir, {
    configPath: `${HERE}config.ts`,
    quietMode: true,
    config(config) {
      config.addGlobalData("articles", articles);
    },
  });
  await eleventy.write();
  const render = lap();
  const { pages } = await indexSite(outputDir);
  return { phases: { read, render, index: lap() }, searchPages: pages };
}
