// npm run bench [-- --shared DIR | --data DIR] [--limit N] [--record]
// Annotation and coding throughput and memory on real news, single-threaded. Each phase runs
// in a child process of its own so that its peak memory is its own.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { corpusFiles, readArticles } from "./corpus.js";
import { runPhase, type PhaseName, type PhaseResult } from "./phase.js";
import { recordResults, type Machine } from "./record.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TARGETS: Record<PhaseName, { sentencesPerSecond: number; maxRssMb: number }> = {
  annotate: { sentencesPerSecond: 5000, maxRssMb: 300 },
  code: { sentencesPerSecond: 2000, maxRssMb: 400 },
};

interface Args {
  shared: string;
  data?: string;
  limit?: number;
  record: boolean;
  phase?: PhaseName;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { shared: process.env.EVENTWIRE_SHARED ?? resolve(ROOT, "../shared"), record: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === "--shared") args.shared = resolve(value());
    else if (a === "--data") args.data = resolve(value());
    else if (a === "--limit") {
      const n = Number(value());
      if (!Number.isInteger(n) || n <= 0) fail("--limit needs a positive whole number");
      args.limit = n;
    } else if (a === "--record") args.record = true;
    else if (a === "--phase") {
      const p = value();
      if (p !== "annotate" && p !== "code") fail("--phase is annotate or code");
      args.phase = p;
    } else fail(`unknown option ${a}; use --shared DIR, --data DIR, --limit N, --record`);
  }
  return args;
}

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { files, missing } = corpusFiles(args);
  if (args.phase) {
    // Child: run one phase and report as JSON.
    process.stdout.write(JSON.stringify(runPhase(args.phase, readArticles(files, args.limit))) + "\n");
    return;
  }
  if (files.length === 0) {
    process.stdout.write(`bench: no corpus found (${missing.join(", ")}); skipping. Give --shared DIR, --data DIR or EVENTWIRE_SHARED.\n`);
    return;
  }
  for (const m of missing) process.stdout.write(`bench: ${m} not found; benchmarking without it\n`);
  process.stdout.write(`bench: ${files.join(", ")}${args.limit ? ` (first ${args.limit} articles)` : ""}\n`);

  const results: PhaseResult[] = [];
  for (const phase of ["annotate", "code"] as const) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2).filter((a) => a !== "--record"), "--phase", phase], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) {
      process.stdout.write(`bench: ${phase} failed:\n${child.stderr}\n`);
      process.exitCode = 1;
      continue;
    }
    results.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as PhaseResult);
  }
  if (results.length) process.stdout.write(table(results));

  if (args.record && results.length) {
    const cpu = cpus();
    const machine: Machine = {
      cpu: cpu[0]?.model.trim() ?? "unknown",
      cores: cpu.length,
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
    };
    const file = resolve(ROOT, "docs/BENCHMARKS.md");
    recordResults(file, machine, results);
    process.stdout.write(`bench: recorded in ${file}\n`);
  }
}

function table(results: readonly PhaseResult[]): string {
  const lines = [
    "phase     articles  sentences  events  startup s  seconds    CPU s  articles/s  sentences/s  sent/CPU s  peak RSS MB  maxRSS MB  target",
  ];
  for (const r of results) {
    const t = TARGETS[r.phase];
    const ok = r.sentencesPerSecond >= t.sentencesPerSecond && r.maxRssMb <= t.maxRssMb;
    lines.push(
      r.phase.padEnd(10) + String(r.articles).padStart(8) + String(r.sentences).padStart(11) + String(r.events).padStart(8) +
        r.startupSeconds.toFixed(2).padStart(11) + r.seconds.toFixed(2).padStart(9) + r.cpuSeconds.toFixed(2).padStart(9) +
        r.articlesPerSecond.toFixed(1).padStart(12) + Math.round(r.sentencesPerSecond).toString().padStart(13) +
        Math.round(r.sentencesPerCpuSecond).toString().padStart(12) + Math.round(r.peakRssMb).toString().padStart(13) +
        Math.round(r.maxRssMb).toString().padStart(11) +
        `  ${ok ? "met" : "MISSED"} (>= ${t.sentencesPerSecond} sent/s, <= ${t.maxRssMb} MB)` +
        (r.failed ? `  ${r.failed} articles failed` : ""),
    );
  }
  for (const r of results) for (const f of r.failures) lines.push(`  ${r.phase} failed on ${f}`);
  lines.push("(throughput is per second of wall time; sent/CPU s divides by the process's CPU time instead)");
  return lines.join("\n") + "\n";
}

main();
