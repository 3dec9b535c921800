// Where a build writes, and how its output becomes the site. A build writes
// into a staging folder beside the site and swaps it in only when every step
// succeeded, so a failed build leaves the previous site exactly as it was and
// a reader never sees half a site.
//
// The site a build replaces is kept beside it (`.<name>.previous`) as the next
// build's staging folder instead of being deleted. Most pages come out the
// same from one build to the next, and overwriting a file in place is much
// cheaper than deleting a tree of tens of thousands of folders and creating it
// again: at 8,900 articles the deletion alone took 6 s, and on a disk mounted
// with `discard` it slowed every write after it (README, "Rebuilds").
import { copyFile, link, mkdir, readdir, rename, rm, rmdir } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

/** The folder a site's previous build is kept in, for the next build to write over. */
export const spareFolder = (outputDir: string) => join(dirname(resolve(outputDir)), `.${basename(resolve(outputDir))}.previous`);

/**
 * A staging folder for `outputDir`. With `reuse`, it is the build before last's
 * output when there is one; otherwise a new folder, given the current site's
 * search index (see seedIndex).
 */
export async function claimStaging(outputDir: string, reuse: boolean): Promise<string> {
  const site = resolve(outputDir);
  const dir = join(dirname(site), `.${basename(site)}.building-${process.pid}-${Date.now().toString(36)}`);
  if (reuse) {
    try {
      // A rename is atomic: two builds of one site cannot both claim the spare.
      await rename(spareFolder(site), dir);
      return dir;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
  await mkdir(dir, { recursive: true });
  if (reuse) await seedIndex(join(site, "pagefind"), join(dir, "pagefind"));
  return dir;
}

/**
 * Gives a new staging folder the current site's Pagefind files, so Pagefind
 * writes only what changed (indexSite.ts). Files in the hashed folders are
 * hard links: Pagefind never writes to a file that exists there, and the sweep
 * only unlinks. The few files at the top, which Pagefind rewrites, are copied,
 * so nothing the live site serves is touched.
 */
async function seedIndex(from: string, to: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(from, { recursive: true, withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  const folders = new Set<string>();
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (!folders.has(dirname(target))) {
      await mkdir(dirname(target), { recursive: true });
      folders.add(dirname(target));
    }
    if (entry.parentPath === from) await copyFile(source, target);
    else await link(source, target);
  }
}

/**
 * Deletes what a previous build left in `dir` that this build did not write
 * (pages of articles and topics that are gone), then the folders left empty.
 * `written` holds absolute paths; `pagefind/` is swept by indexSite.
 */
export async function sweepStale(dir: string, written: Iterable<string>): Promise<void> {
  const keep = new Set([...written].map((file) => resolve(file)));
  let emptied = new Set<string>();
  // Not a recursive listing of `dir`: that would walk the search index's thousands of files too.
  for (const top of await readdir(dir, { withFileTypes: true })) {
    if (top.name === "pagefind" && top.isDirectory()) continue;
    const entries = top.isDirectory() ? await readdir(join(dir, top.name), { recursive: true, withFileTypes: true }) : [top];
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name);
      if (entry.isDirectory() || keep.has(path)) continue;
      await rm(path, { force: true });
      emptied.add(entry.parentPath);
    }
  }
  // Then the folders left empty, and their parents if that empties them too.
  while (emptied.size) {
    const parents = new Set<string>();
    for (const folder of emptied) {
      if (folder === dir || (await readdir(folder)).length > 0) continue;
      await rmdir(folder);
      parents.add(dirname(folder));
    }
    emptied = parents;
  }
}

/** Makes `staging` the site at `outputDir`; the site it replaces becomes the spare. */
export async function swapIn(staging: string, outputDir: string): Promise<void> {
  const site = resolve(outputDir);
  const spare = spareFolder(site);
  // There when this build did not claim it (--no-cache), or another build of this site finished meanwhile.
  await rm(spare, { recursive: true, force: true });
  try {
    await rename(site, spare);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    await rename(staging, site);
    return;
  }
  try {
    await rename(staging, site);
  } catch (err) {
    await rename(spare, site);
    throw err;
  }
}
