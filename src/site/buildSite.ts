import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { loadArchive, type LoadReport } from "../archive/loadArchive.ts";
import { indexSite } from "./indexSite.ts";
import { renderSite } from "./renderSite.ts";
import { buildSiteData } from "./views.ts";

export interface BuildOptions {
  articlesDir: string;
  outputDir: string;
  pathPrefix?: string;
  keepGoing?: boolean;
}

export interface BuildResult {
  report: LoadReport;
  searchPages: number;
}

/**
 * Builds the whole site into a staging folder beside `outputDir` and swaps it
 * in only when every step succeeded, so a failed build leaves the previous
 * site exactly as it was and a reader never sees half a site.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { archive, report } = await loadArchive(options.articlesDir, { keepGoing: options.keepGoing });
  const outputDir = resolve(options.outputDir);
  const staging = await mkdtemp(join(dirname(outputDir), `.${basename(outputDir)}.building-`));
  try {
    await renderSite(buildSiteData(archive), { outputDir: staging, pathPrefix: options.pathPrefix });
    await writeFile(join(staging, "archive.json"), JSON.stringify(archive));
    const { pages } = await indexSite(staging);
    await swapIn(staging, outputDir);
    return { report, searchPages: pages };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function swapIn(staging: string, outputDir: string): Promise<void> {
  if (!existsSync(outputDir)) {
    await rename(staging, outputDir);
    return;
  }
  const previous = `${staging}.previous`;
  await rename(outputDir, previous);
  try {
    await rename(staging, outputDir);
  } catch (err) {
    await rename(previous, outputDir);
    throw err;
  }
  await rm(previous, { recursive: true, force: true });
}
