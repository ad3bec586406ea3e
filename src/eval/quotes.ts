// eventwire eval quotes --gold DIR [--json]: direct-quote detection and speaker accuracy against
// PolNeAR-format attribution data. See polnear-direct.ts for which gold attributions count as
// direct quotes and polnear-score.ts for how quotes and speakers are matched.
import type { Command } from "commander";
import { annotate } from "../annotate.js";
import { InputError } from "../errors.js";
import type { Knowledge } from "../actors/knowledge/types.js";
import { readPolnear } from "./polnear-read.js";
import { isDirectContent } from "./polnear-direct.js";
import { knowledgeForEval } from "./polnear-knowledge.js";
import { emptyScore, scoreArticle, type QuoteScore } from "./polnear-score.js";

export interface QuoteEvalReport {
  gold: string;
  articles: number;
  goldDirectQuotes: number;
  goldDirectWithSource: number;
  ourDirectQuotes: number;
  detection: { precision: number; recall: number; f1: number };
  speakerAccuracyMatched: number;
  speakerAccuracyAll: number;
  errors: QuoteScore["errors"];
  examples: QuoteScore["examples"];
  sentencesPerSecond: number;
  note?: string;
}

export function evaluateQuotes(dir: string, options: { knowledge?: Knowledge } = {}): QuoteEvalReport {
  const articles = readPolnear(dir);
  const { knowledge, note } = options.knowledge ? { knowledge: options.knowledge, note: undefined } : knowledgeForEval();
  const score = emptyScore();
  let sentences = 0;
  const t0 = performance.now();
  for (const article of articles) {
    const doc = annotate(article.text, { knowledge, ...(article.published ? { published: article.published } : {}) });
    sentences += doc.sentences.length;
    const gold = article.attributions.filter((a) => isDirectContent(article.text, a.content));
    scoreArticle(score, article.id, doc, gold);
  }
  const seconds = (performance.now() - t0) / 1000;
  const precision = ratio(score.oursCorrect, score.ours);
  const recall = ratio(score.found, score.goldDirect);
  return {
    gold: dir,
    articles: score.articles,
    goldDirectQuotes: score.goldDirect,
    goldDirectWithSource: score.goldWithSource,
    ourDirectQuotes: score.ours,
    detection: { precision, recall, f1: precision + recall ? round((2 * precision * recall) / (precision + recall)) : 0 },
    speakerAccuracyMatched: ratio(score.speakerRight, score.foundWithSource),
    speakerAccuracyAll: ratio(score.speakerRight, score.goldWithSource),
    errors: score.errors,
    examples: score.examples,
    sentencesPerSecond: Math.round(sentences / seconds),
    ...(note ? { note } : {}),
  };
}

export function registerQuoteEval(evalCommand: Command): void {
  evalCommand
    .command("quotes")
    .description("direct-quote detection and speaker accuracy against PolNeAR-format gold data")
    .requiredOption("--gold <dir>", "folder with text/*.txt and attributions/*.ann (dates from ../metadata.tsv)")
    .option("--json", "print the report as JSON")
    .action((options: { gold: string; json?: boolean }) => {
      if (!options.gold) throw new InputError("--gold", "give the PolNeAR folder, e.g. --gold ../shared/gold/polnear/dev");
      const report = evaluateQuotes(options.gold);
      process.stdout.write(options.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
    });
}

export function formatReport(r: QuoteEvalReport): string {
  const lines = [
    `Quotes against ${r.gold}: ${r.articles} articles`,
    `  gold direct quotes: ${r.goldDirectQuotes} (${r.goldDirectWithSource} with a source); ours: ${r.ourDirectQuotes}`,
    `  detection: precision ${r.detection.precision}  recall ${r.detection.recall}  F1 ${r.detection.f1}`,
    `  speaker accuracy: ${r.speakerAccuracyMatched} of matched gold direct quotes, ${r.speakerAccuracyAll} of all`,
    `  errors:`,
  ];
  for (const [kind, n] of Object.entries(r.errors)) {
    lines.push(`    ${kind}: ${n}`);
    for (const e of r.examples[kind as keyof typeof r.examples]) {
      const ours = e.ours ? ` ours ${e.ours.start}-${e.ours.end}` : "";
      const speaker = e.ourSpeaker ? ` our speaker ${e.ourSpeaker.start}-${e.ourSpeaker.end}` : "";
      const source = e.goldSource ? ` gold source ${e.goldSource.start}-${e.goldSource.end}` : "";
      lines.push(`      ${e.article} gold ${e.gold.start}-${e.gold.end}${source}${ours}${speaker}`);
    }
  }
  lines.push(`  speed: ${r.sentencesPerSecond} sentences/s (whole annotation)`);
  if (r.note) lines.push(`  note: ${r.note}`);
  return lines.join("\n") + "\n";
}

function ratio(a: number, b: number): number {
  return b ? round(a / b) : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
