// Pagefind's Node API runs its indexer as a separate binary, so its memory
// never shows in this process's maxRSS. This samples the peak RSS (VmHWM) of
// this process's child processes from /proc while a build runs. Linux only;
// elsewhere it reports 0. A sample every 100 ms can miss only a child that
// lives shorter than that, and the indexer lives for seconds.
import { readdirSync, readFileSync } from "node:fs";

function childPeaksKb(): Map<number, number> {
  const peaks = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return peaks;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== process.pid) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) peaks.set(Number(pid), Number(hwm[1]));
    } catch {
      // gone between listing and reading
    }
  }
  return peaks;
}

/** Starts sampling; the returned function stops and gives the largest child's peak in MB. */
export function sampleChildPeak(): () => number {
  const peaks = new Map<number, number>();
  const sample = () => childPeaksKb().forEach((kb, pid) => peaks.set(pid, Math.max(kb, peaks.get(pid) ?? 0)));
  const timer = setInterval(sample, 100);
  return () => {
    sample();
    clearInterval(timer);
    return Math.max(0, ...peaks.values()) / 1024;
  };
}
