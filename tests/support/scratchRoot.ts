import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Vitest global setup. The build and browser tests write whole sites (about
// 70 MB a run) into mkdtemp folders; pointing TMPDIR at one folder per run,
// removed when the run ends, keeps repeated runs from filling the disk. The
// test workers, and the builds and browsers they start, inherit TMPDIR.
export default function scratchRoot(): () => void {
  const root = mkdtempSync(join(tmpdir(), "archive-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
