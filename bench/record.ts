// Keeps the results table in docs/BENCHMARKS.md: one row per date, machine, Node version and
// phase; a new run on the same day and machine replaces its row.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { PhaseResult } from "./phase.js";

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  date: string;
}

const START = "<!-- results:start -->";
const END = "<!-- results:end -->";
const HEADER = [
  "| date | CPU | cores | Node | phase | articles | sentences | events | articles/s | sentences/s | sentences/CPU s | peak RSS MB | maxRSS MB |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
];

export function resultRow(m: Machine, r: PhaseResult): string {
  return `| ${m.date} | ${m.cpu.replace(/\|/g, "/")} | ${m.cores} | ${m.node} | ${r.phase} | ${r.articles} | ${r.sentences} | ` +
    `${r.events} | ${r.articlesPerSecond.toFixed(1)} | ${Math.round(r.sentencesPerSecond)} | ${Math.round(r.sentencesPerCpuSecond)} | ` +
    `${Math.round(r.peakRssMb)} | ${Math.round(r.maxRssMb)} |`;
}

/** The document with the rows added or replaced between the result markers. */
export function updateTable(doc: string, m: Machine, results: readonly PhaseResult[]): string {
  const key = (row: string) => row.split("|").slice(1, 6).map((c) => c.trim()).join("|");
  const fresh = results.map((r) => resultRow(m, r));
  const freshKeys = new Set(fresh.map(key));
  let before = doc;
  let rows: string[] = [];
  let after = "";
  const s = doc.indexOf(START);
  const e = doc.indexOf(END);
  if (s >= 0 && e > s) {
    before = doc.slice(0, s);
    after = doc.slice(e + END.length);
    rows = doc.slice(s + START.length, e).split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| date"));
  } else {
    before = doc.trimEnd() + "\n\n## Results\n\n";
    after = "\n";
  }
  rows = rows.filter((r) => !freshKeys.has(key(r))).concat(fresh);
  return `${before}${START}\n${HEADER.join("\n")}\n${rows.join("\n")}\n${END}${after}`;
}

export function recordResults(file: string, m: Machine, results: readonly PhaseResult[]): void {
  const doc = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  writeFileSync(file, updateTable(doc, m, results));
}
