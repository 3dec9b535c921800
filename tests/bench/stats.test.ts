import { describe, expect, it } from "vitest";
import type { Mode } from "../../bench/buildOnce.ts";
import { judgeTargets, summarise, type Level, type Round, type Run } from "../../bench/stats.ts";

// Three rounds at --copies 4 as one real run measured them (bench/results/2026-11-22T03-49-45-853Z.json):
// the later rebuild's median (22.5 s) is 1.07x the reference's (21.0 s), but it took over 1.1x its own round's reference twice.
const run = (mode: Mode, seconds: number): Run => ({
  mode, phases: { render: 0, index: 0 }, buildMs: seconds * 1000, countMs: 0, nodePeakMB: 600, pagefindPeakMB: 1900,
  htmlPages: 18455, renderedPages: 1, searchPages: 18451, indexBytes: 24e6, startedAtUs: 0, processMs: seconds * 1000,
});
const round = (cold: number, warm: number, rebuild: number, reference: number): Round => ({
  cold: run("cold", cold), warm: run("warm", warm), rebuild: run("rebuild", rebuild), reference: run("reference", reference), extractCommandSeconds: 10,
});
const level: Level = {
  copies: 4, articlesDir: "/tmp/x", articles: 8900, megabytes: 20.2,
  rounds: [round(61.4, 28.3, 27.9, 21.0), round(68.9, 23.4, 21.4, 25.0), round(74.6, 26.9, 22.5, 20.2)],
};

describe("the benchmark's targets", () => {
  it("judge a build against the reference of its own round, taking the median of the rounds' ratios", () => {
    const targets = judgeTargets([level], [summarise(level)]);
    const rebuild = targets.find((t) => t.name === "later rebuilds, one article changed")!;
    expect(rebuild.measured).toBe("1.11× (copies 4, median of rounds 1.33, 0.86, 1.11)");
    expect(rebuild.met).toBe(false);
    expect(targets.find((t) => t.name === "first rebuild, one article changed")!.measured).toBe("1.33× (copies 4, median of rounds 1.35, 0.94, 1.33)");
    expect(targets.find((t) => t.name === "cold build")!.met).toBe(false);
  });
});
