// `node src/cli/launch.mjs NAME ARGS…` runs src/cli/NAME.ts compiled into plain JavaScript.
// tsx compiles and resolves every module on each start, which was 0.5 s of a 2.1 s
// `npm run extract`; the bundle is rebuilt only when one of its sources is newer than it.
import { existsSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CACHE_DIR = `${ROOT}node_modules/.cache/news-archive-cli/`;
// Worker threads start from their own entry, so it is bundled beside every command.
const WORKER_ENTRY = "src/archive/extractWorker.ts";

function isFresh(outDir, name) {
  const bundle = `${outDir}${name}.mjs`;
  const metafile = `${outDir}meta.json`;
  if (!existsSync(bundle) || !existsSync(metafile)) return false;
  const built = statSync(bundle).mtimeMs;
  const { root, inputs } = JSON.parse(readFileSync(metafile, "utf8"));
  // A node_modules shared by a symlink (a git worktree, say) must not run another checkout's code.
  if (root !== ROOT) return false;
  return [fileURLToPath(import.meta.url), ...Object.keys(inputs).map((input) => `${ROOT}${input}`)]
    .every((file) => (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < built);
}

async function compile(outDir, name) {
  // Loaded only to compile: most runs find the bundle fresh.
  const { build } = await import("esbuild");
  // Built beside the bundle and swapped in whole: chunks are named by content hash, so building
  // over the old folder would leave its chunks behind, and emptying it first would pull files
  // from under another run still loading them.
  const staging = `${outDir.slice(0, -1)}.${process.pid}.new/`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { [name]: `src/cli/${name}.ts`, extractWorker: WORKER_ENTRY },
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "error",
  });
  writeFileSync(`${staging}meta.json`, JSON.stringify({ root: ROOT, ...result.metafile }));
  // The lexicons are read at run time relative to the code that reads them (src/extract/data/).
  symlinkSync(`${ROOT}src/extract/data`, `${staging}data`, "dir");
  const old = `${outDir.slice(0, -1)}.${process.pid}.old`;
  if (existsSync(outDir)) renameSync(outDir, old);
  try {
    renameSync(staging, outDir);
  } catch (err) {
    // Another run swapped in its own build of the same sources meanwhile: use that one.
    if (err.code !== "ENOTEMPTY" && err.code !== "EEXIST") throw err;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

const [name, ...args] = process.argv.slice(2);
if (!name || !existsSync(`${ROOT}src/cli/${name}.ts`)) {
  console.error(`usage: node src/cli/launch.mjs COMMAND [ARGS...], where src/cli/COMMAND.ts exists`);
  process.exit(2);
}
const outDir = `${CACHE_DIR}${name}/`;
if (!isFresh(outDir, name)) await compile(outDir, name);
process.argv = [process.argv[0], `${outDir}${name}.mjs`, ...args];
await import(pathToFileURL(`${outDir}${name}.mjs`).href);
