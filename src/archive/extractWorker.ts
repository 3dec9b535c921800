// Worker-thread entry for extractFiles: extracts a slice of the sources and posts the outcomes back.
import { parentPort, workerData } from "node:worker_threads";
import { extractFile, type ArticleSource } from "./extractFiles.ts";

const outcomes = (workerData as ArticleSource[]).map(extractFile).map((o) =>
  "error" in o ? { error: { file: o.error.file, problem: o.error.problem, fix: o.error.fix, line: o.error.line } } : o,
);
parentPort!.postMessage(outcomes);
