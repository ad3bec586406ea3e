// eventwire eval ner: named-entity accuracy on a CoNLL-2003 file (exact spans).
// PER, ORG and LOC make the headline micro-average; MISC (our NORP) is reported apart.
import type { Command } from "commander";
import { annotate } from "../annotate.js";
import { checkDate, InputError } from "../errors.js";
import { readInput } from "../cli/input.js";
import type { Knowledge } from "../actors/knowledge/types.js";
import { defaultKnowledge } from "../actors/knowledge/load.js";
import type { MentionType } from "../types.js";
import { parseConll, snapToTokens } from "./conll.js";
import { SpanScorer, top, type Span, type TypeScore } from "./conll-score.js";

export const CONLL_TYPE: Record<MentionType, string> = {
  PERSON: "PER",
  ORGANIZATION: "ORG",
  COUNTRY: "LOC",
  PLACE: "LOC",
  NORP: "MISC",
};
const HEADLINE_TYPES = ["PER", "ORG", "LOC"] as const;

export interface NerEvalOptions {
  gold: string;
  /** Publication date for every document (CoNLL-2003 is Reuters news of August 1996). */
  date?: string;
  /** Score only the first N documents. */
  limit?: number;
  /** How many frequent errors to list. */
  top?: number;
  knowledge?: Knowledge;
}

export interface NerEvalReport {
  gold: string;
  documents: number;
  sentences: number;
  types: TypeScore[];
  micro: TypeScore;
  misc: TypeScore;
  falsePositives: Array<{ text: string; count: number }>;
  falseNegatives: Array<{ text: string; count: number }>;
  seconds: number;
}

export function runNerEval(options: NerEvalOptions): NerEvalReport {
  const published = checkDate(options.date ?? "1996-08-30", "--date");
  const docs = parseConll(readInput(options.gold), options.gold);
  if (docs.length === 0) throw new InputError(options.gold, "no documents found; expected CoNLL-2003 lines `word POS chunk tag`");
  const chosen = options.limit !== undefined ? docs.slice(0, options.limit) : docs;
  const kb = options.knowledge ?? defaultKnowledge();
  const scorer = new SpanScorer();
  let sentences = 0;
  const t0 = process.hrtime.bigint();
  for (const doc of chosen) {
    const annotated = annotate(doc.text, { published, knowledge: kb });
    sentences += annotated.sentences.length;
    const predicted: Span[] = [];
    const seen = new Set<string>();
    const push = (start: number, end: number, type: string) => {
      const span = snapToTokens(doc, start, end);
      // CoNLL tags "U.S.-led", "Quito-based" as one MISC word.
      if (span.end > end && doc.text[end] === "-") type = "MISC";
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      predicted.push({ ...span, type, text: doc.text.slice(span.start, span.end) });
    };
    for (const m of annotated.mentions) {
      if (m.kind === "name" || m.kind === "short" || m.kind === "alias") push(m.start, m.end, CONLL_TYPE[m.type]);
      else if (m.kind === "nominal" || m.kind === "role") {
        // CoNLL tags the demonym or country inside "the Mexican embassy", "Mexico's president".
        for (const part of namesInside(kb, m.text)) push(m.start + part.start, m.start + part.end, part.type);
      }
    }
    scorer.add(doc.gold, predicted);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const n = options.top ?? 25;
  return {
    gold: options.gold,
    documents: chosen.length,
    sentences,
    types: HEADLINE_TYPES.map((t) => scorer.score(t)),
    micro: scorer.micro(HEADLINE_TYPES),
    misc: scorer.score("MISC"),
    falsePositives: top(scorer.falsePositives, n),
    falseNegatives: top(scorer.falseNegatives, n),
    seconds,
  };
}

/** Country names (LOC) and demonyms (MISC) written in capitals inside a description. */
function namesInside(kb: Knowledge, text: string): Array<{ start: number; end: number; type: string }> {
  const out: Array<{ start: number; end: number; type: string }> = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*/gu)) {
    const word = m[0];
    const type = kb.countryByName(word) ? "LOC" : kb.countryByDemonym(word) ? "MISC" : undefined;
    if (type) out.push({ start: m.index, end: m.index + word.length, type });
  }
  return out;
}

export function formatNerReport(r: NerEvalReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (s: TypeScore) =>
    `${s.type.padEnd(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.gold).padStart(7)} ${String(s.predicted).padStart(7)} ${String(s.correct).padStart(7)}`;
  const lines = [
    `NER on ${r.gold}: ${r.documents} documents, ${r.sentences} sentences, ${r.seconds.toFixed(1)} s`,
    `type        P%     R%    F1%    gold    pred correct`,
    ...r.types.map(row),
    row(r.micro),
    `(not in micro) ${row(r.misc).trimStart()}`,
    "",
    "most frequent false positives:",
    ...r.falsePositives.map((e) => `  ${String(e.count).padStart(4)}  ${e.text}`),
    "most frequent false negatives:",
    ...r.falseNegatives.map((e) => `  ${String(e.count).padStart(4)}  ${e.text}`),
  ];
  return lines.join("\n") + "\n";
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(name, `"${value}" is not a positive whole number`);
  return n;
}

export function registerNerEval(evalCommand: Command): void {
  evalCommand
    .command("ner")
    .description("named-entity accuracy on a CoNLL-2003 file: exact-span P/R/F1 for PER, ORG, LOC (MISC apart)")
    .requiredOption("--gold <file>", "CoNLL-2003 file (word POS chunk tag per line)")
    .option("--json", "print the report as JSON")
    .option("--limit <n>", "score only the first N documents")
    .option("--date <YYYY-MM-DD>", "publication date of the documents", "1996-08-30")
    .option("--top <n>", "how many frequent errors to list", "25")
    .action((opts: { gold: string; json?: boolean; limit?: string; date: string; top: string }) => {
      const report = runNerEval({
        gold: opts.gold,
        date: opts.date,
        top: positiveInt(opts.top, "--top"),
        ...(opts.limit !== undefined ? { limit: positiveInt(opts.limit, "--limit") } : {}),
      });
      process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + "\n" : formatNerReport(report));
    });
}
