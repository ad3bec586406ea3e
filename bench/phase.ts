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
  /** Loading models and dictionaries (the first, tiny call). */
  startupSeconds: number;
  seconds: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  /** Highest process.memoryUsage().rss seen, sampled after each article, MB. */
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
  const t1 = performance.now();
  for (const a of articles) {
    try {
      const r = run(a);
      sentences += r.sentences;
      events += r.events;
    } catch {
      failed++;
    }
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }
  const seconds = (performance.now() - t1) / 1000;
  return {
    phase,
    articles: articles.length,
    sentences,
    events,
    failed,
    startupSeconds: startup,
    seconds,
    articlesPerSecond: articles.length / seconds,
    sentencesPerSecond: sentences / seconds,
    peakRssMb: peak / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
