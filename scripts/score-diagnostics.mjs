#!/usr/bin/env node
// Separates real extraction errors from two habits of the PolNeAR-derived gold
// files in ../shared/eval, which ../shared/eval/score.mjs scores as written:
//  1. some articles have no quotes labelled at all though they are full of them
//     (NYT's '' quotation marks, transcripts): quotes are also scored over only
//     the articles whose gold labels at least one quote;
//  2. gold speakers are the source's wording ("Rep. Jim Clyburn (D-S.C.), the
//     assistant leader of ..."), which a full name can never match: speakers are
//     also scored against the gold's head (text before a comma, bracket or
//     relative clause, leading titles cut), otherwise matched as score.mjs does.
// Usage: node scripts/score-diagnostics.mjs --gold GOLD.json --pred PRED.json [--verbose]
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const opt = (name) => args[args.indexOf(name) + 1];
if (!args.includes("--gold") || !args.includes("--pred")) {
  console.error("usage: node scripts/score-diagnostics.mjs --gold GOLD.json --pred PRED.json [--verbose]");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(opt("--gold"), "utf8")).articles;
const pred = new Map(JSON.parse(readFileSync(opt("--pred"), "utf8")).articles.map((a) => [String(a.id), a]));
const verbose = args.includes("--verbose");

// Text normalisation and matching as in score.mjs, so the numbers compare.
const PRONOUNS = new Set(["he", "she", "they", "i", "we", "it", "him", "her", "them", "you"]);
const norm = (s) => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^(the|a|an) /, "");
const tokens = (s) => norm(s).split(" ").filter(Boolean);
function dice(a, b) {
  const A = tokens(a), B = tokens(b);
  if (!A.length || !B.length) return 0;
  const count = new Map();
  for (const t of A) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of B) { const c = count.get(t) ?? 0; if (c > 0) { common++; count.set(t, c - 1); } }
  return (2 * common) / (A.length + B.length);
}
function subsetMatch(a, b) {
  const A = tokens(a), B = tokens(b);
  if (!A.length || !B.length) return false;
  const [short, long] = A.length <= B.length ? [A, B] : [B, A];
  return short.every((t) => long.includes(t)) && short.at(-1) === long.at(-1);
}

const TITLES = /^(?:(?:retired|former|the|then|rep|representative|sen|senator|gov|governor|mr|mrs|ms|dr|lt|gen|president|rev|judge|secretary|speaker|vice)\.?\s+)+/i;
/** The gold speaker as written, and its head. */
function speakerForms(s) {
  const head = s.replace(/\([^)]*\)/g, " ").split(",")[0].replace(/\s+(?:of|who|whose|at)\s.*$/, "").trim();
  return [s, head, head.replace(TITLES, "")].filter((x) => norm(x));
}
function speakerOk(p, g) {
  if (p == null || PRONOUNS.has(norm(p))) return g.speaker == null || PRONOUNS.has(norm(g.speaker));
  if (g.speaker == null) return false;
  return speakerForms(g.speaker).some((o) => norm(o) === norm(p) || subsetMatch(o, p));
}

let tp = 0, fp = 0, fn = 0, n = 0, ok = 0;
for (const [id, g] of Object.entries(gold)) {
  const gq = (g.quotes ?? []).filter((q) => tokens(q.text).length >= 4);
  const pq = (pred.get(id)?.quotes ?? []).filter((q) => tokens(q.text).length >= 4);
  const pairs = [];
  gq.forEach((x, i) => pq.forEach((y, j) => { const d = dice(x.text, y.text); if (d >= 0.5) pairs.push([d, i, j]); }));
  pairs.sort((u, v) => v[0] - u[0]);
  const usedG = new Set(), usedP = new Set();
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i); usedP.add(j);
    if (gq[i].speaker_unscored) continue;
    n++;
    if (speakerOk(pq[j].speaker, gq[i])) ok++;
    else if (verbose) console.log(`${id} speaker: ${JSON.stringify(pq[j].speaker)} for gold ${JSON.stringify(gq[i].speaker)} ("${gq[i].text.slice(0, 40)}")`);
  }
  if (gq.length === 0) continue; // an article with no labelled quote says nothing about quote precision
  tp += usedG.size; fp += pq.length - usedP.size; fn += gq.length - usedG.size;
}
const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
console.log(`quotes (articles with labelled quotes)  P ${(100 * P).toFixed(1)}  R ${(100 * R).toFixed(1)}  F1 ${(200 * P * R / (P + R || 1)).toFixed(1)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
console.log(`speaker (against the gold's head)       accuracy ${(100 * ok / n).toFixed(1)}%  (${ok}/${n})`);
