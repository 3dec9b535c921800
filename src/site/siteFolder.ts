// Where a build writes, and how its output becomes the site. A build writes
// into a staging folder beside the site and swaps it in only when every step
// succeeded, so a failed build leaves the previous site exactly as it was and
// a reader never sees half a site.
//
// The site a build replaces is kept beside it (`.<name>.previous`) as the next
// build's staging folder instead of being deleted. Most pages come out the
// same from one build to the next (pagePlan.ts keeps them where they are),
// and deleting a tree of tens of thousands of folders to create it again is
// slow: at 8,900 articles the deletion alone took 6 s, and on a disk mounted
// with `discard` it slowed every write after it (README, "Rebuilds"). With no
// spare, a new staging folder gets hard links to the live site's unchanged
// files instead.
import { linkSync, lstatSync, mkdirSync, readdirSync, unlinkSync } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, rmdir } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

/** The folder a site's previous build is kept in, for the next build to write over. */
export const spareFolder = (outputDir: string) => join(dirname(resolve(outputDir)), `.${basename(resolve(outputDir))}.previous`);

export interface Staging {
  dir: string;
  /**
   * The folder of an earlier build whose pages this build can keep
   * (pagePlan.ts): `dir` itself when it is the spare (the build before last),
   * else the live site, whose kept files are linked into `dir` (linkFiles).
   * None for a first build, or when nothing is to be reused.
   */
  earlier?: string;
}

/**
 * A staging folder for `outputDir`. With `reuse`, it is the build before last's
 * output when there is one; otherwise a new folder, given the current site's
 * search index (see seedIndex).
 */
export async function claimStaging(outputDir: string, reuse: boolean): Promise<Staging> {
  const site = resolve(outputDir);
  const dir = join(dirname(site), `.${basename(site)}.building-${process.pid}-${Date.now().toString(36)}`);
  if (reuse) {
    try {
      // A rename is atomic: two builds of one site cannot both claim the spare.
      await rename(spareFolder(site), dir);
      return { dir, earlier: dir };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
  await mkdir(dir, { recursive: true });
  try {
    if (!reuse || !(await seedIndex(join(site, "pagefind"), join(dir, "pagefind")))) return { dir };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return { dir, earlier: site };
}

/**
 * Hard links `files` (relative paths) of `from` into `to`. Only for files
 * this build keeps as they are: a write would go through the link into the
 * live site, and the sweeps only unlink.
 */
export function linkFiles(from: string, to: string, files: Iterable<string>): void {
  // Synchronous calls: tens of thousands of them one after the other, with nothing else
  // to do meanwhile, took 0.8 s where the promise API took 2.7 s.
  const folders = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    if (!folders.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      folders.add(dirname(target));
    }
    linkSync(join(from, file), target);
  }
}

/**
 * Gives a new staging folder the current site's Pagefind files, so Pagefind
 * writes only what changed (indexSite.ts). Files in the hashed folders are
 * hard links: Pagefind never writes to a file that exists there. The few
 * files at the top, which Pagefind rewrites, are copied, so nothing the live
 * site serves is touched. False when there is no current site.
 */
async function seedIndex(from: string, to: string): Promise<boolean> {
  let entries;
  try {
    entries = readdirSync(from, { recursive: true, withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw err;
  }
  await mkdir(to, { recursive: true });
  const files = entries.filter((e) => !e.isDirectory()).map((e) => relative(from, join(e.parentPath, e.name)));
  for (const file of files.filter((f) => dirname(f) === ".")) await copyFile(join(from, file), join(to, file));
  linkFiles(from, to, files.filter((f) => dirname(f) !== "."));
  return true;
}

/**
 * The files of a site folder (absolute paths) outside `pagefind/`, which
 * indexSite sweeps.
 */
export function siteFiles(dir: string): Set<string> {
  const files = new Set<string>();
  // Not a recursive listing of `dir`: that would walk the search index's thousands of files too.
  // Synchronous, as in linkFiles: the promise API's recursive listing of 28,000 files took 1.5 s, this 0.2 s.
  for (const top of readdirSync(dir, { withFileTypes: true })) {
    if (top.name === "pagefind" && top.isDirectory()) continue;
    const entries = top.isDirectory() ? readdirSync(join(dir, top.name), { recursive: true, withFileTypes: true }) : [top];
    for (const entry of entries) if (!entry.isDirectory()) files.add(join(entry.parentPath, entry.name));
  }
  return files;
}

/**
 * Deletes the files of `found` (siteFiles) outside `keep` that are hard links
 * (linkFiles) shared with another folder, the live site say: the build writes
 * over the others in place, but a write to one of these would reach the live
 * site through the link.
 */
export function unshare(found: Iterable<string>, keep: Iterable<string>): void {
  const kept = new Set(keep);
  for (const file of found) if (!kept.has(file) && lstatSync(file).nlink > 1) unlinkSync(file);
}

/**
 * Deletes the files of `found` (siteFiles, before this build wrote) that this
 * build neither wrote nor kept (pages of articles and topics that are gone),
 * then the folders left empty. `keep` holds absolute paths.
 */
export async function sweepStale(dir: string, found: Iterable<string>, keep: Iterable<string>): Promise<void> {
  const kept = new Set([...keep].map((file) => resolve(file)));
  let emptied = new Set<string>();
  for (const file of found) {
    if (kept.has(file)) continue;
    await rm(file, { force: true });
    emptied.add(dirname(file));
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
