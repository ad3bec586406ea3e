// One benchmark phase (annotate or code) over the articles, single-threaded, in its own process
// so that maxRSS belongs to that phase alone.
import { annotate } from "../src/annotate.js";
import { code } from "../src/code.js";
import type { BenchArticle } from "./corpus.js";

export type PhaseName = "annotate" | "code";

export interface PhaseResult {
  phase: PhaseName;
  articles: number;
  sentences: number;
  events: number;
  failed: number;
  /** The first few failures: article id and message. */
  failures: string[];
  /** Loading models and dictionaries (the first, tiny call). */
  startupSeconds: number;
  seconds: number;
  /** User + system CPU time of the loop: on a busy machine wall time overstates the cost. */
  cpuSeconds: number;
  sentencesPerCpuSecond: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  /** Highest process.memoryUsage().rss seen, sampled every 20 articles (reading it costs ~0.1 ms), MB. */
  peakRssMb: number;
  /** process.resourceUsage().maxRSS, MB. */
  maxRssMb: number;
}

export function runPhase(phase: PhaseName, articles: readonly BenchArticle[]): PhaseResult {
  const run = phase === "annotate"
    ? (a: BenchArticle) => ({ sentences: annotate(a.text, { published: a.published }).sentences.length, events: 0 })
    : (a: BenchArticle) => {
        const doc = code(a.text, { published: a.published });
        return { sentences: doc.sentences.length, events: doc.events.length };
      };
  let peak = process.memoryUsage.rss();
  const t0 = performance.now();
  run({ id: "warm-up", text: "The minister met the ambassador on Monday.", published: "2024-01-01" });
  const startup = (performance.now() - t0) / 1000;

  let sentences = 0;
  let events = 0;
  let failed = 0;
  const failures: string[] = [];
  let done = 0;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const a of articles) {
    try {
      const r = run(a);
      sentences += r.sentences;
      events += r.events;
    } catch (error) {
      failed++;
      if (failures.length < 3) failures.push(`${a.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (++done % 20 === 0) {
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
    }
  }
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    phase,
    articles: articles.length,
    sentences,
    events,
    failed,
    failures,
    startupSeconds: startup,
    seconds,
    cpuSeconds,
    sentencesPerCpuSecond: sentences / cpuSeconds,
    articlesPerSecond: articles.length / seconds,
    sentencesPerSecond: sentences / seconds,
    peakRssMb: peak / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
