// eventwire eval events --gold FILE --format plover-gsr|petrarch-xml [--json] [--limit N]
// Runs the coder on every gold sentence and scores the events (see ./score.ts for the levels).
import type { Command } from "commander";
import { code } from "../code.js";
import type { CodedEvent, EventActor } from "../coding/types.js";
import { InputError } from "../errors.js";
import { normalizeCountry, type GoldSentence } from "./gold.js";
import { readPloverGsr } from "./plover-gsr.js";
import { readPetrarchXml } from "./petrarch.js";
import { scoreEvents, type EventScore, type ScoreActor, type ScoreEvent, type ScoreItem } from "./score.js";
import { formatEventScore } from "./score-report.js";

export const GOLD_FORMATS = ["plover-gsr", "petrarch-xml"] as const;
export type GoldFormat = (typeof GOLD_FORMATS)[number];

/** Codes one sentence; the default runs code() on it alone. */
export type SentenceCoder = (text: string, published: string) => readonly CodedEvent[];

/** Gold records in the PLOVER GSR file carry placeholder dates; this stands in when one has none. */
const PLACEHOLDER_DATE = "2000-01-01";

export const defaultSentenceCoder: SentenceCoder = (text, published) => code(text, { published }).events;

export function readGold(path: string, format: GoldFormat): GoldSentence[] {
  return format === "plover-gsr" ? readPloverGsr(path) : readPetrarchXml(path);
}

/** Codes each gold sentence and scores the result against its gold events. */
export function evaluateEvents(gold: readonly GoldSentence[], format: GoldFormat, coder: SentenceCoder = defaultSentenceCoder): EventScore {
  const items: ScoreItem[] = gold.map((g) => ({
    id: g.id,
    text: g.text,
    gold: g.events,
    predicted: coder(g.text, g.date ?? PLACEHOLDER_DATE)
      // A negated event ("did not attack") did not happen: event data leaves it out.
      .filter((e) => !e.negated)
      .map((e) => toScoreEvent(e, format)),
  }));
  return scoreEvents(items);
}

export function toScoreEvent(e: CodedEvent, format: GoldFormat): ScoreEvent {
  const plover = format === "plover-gsr";
  return {
    type: plover ? e.plover.type : e.root,
    code: plover ? e.plover.type : e.cameo,
    source: e.source.map((a) => scoreActor(a, plover)),
    target: e.target.map((a) => scoreActor(a, plover)),
    rule: e.rule,
  };
}

/** Our actor as the gold writes it: country (or organisation prefix) + primary sector for PLOVER
 *  GSR, the whole CAMEO actor code for PETRARCH. */
export function scoreActor(a: EventActor, plover: boolean): ScoreActor {
  const country = a.country ? normalizeCountry(a.country) : a.code.slice(0, 3);
  if (!plover) return { country, full: a.code ? normalizeCountry(a.code.slice(0, 3)) + a.code.slice(3) : "" };
  return { country, full: country + (a.sector?.[0] ?? "") };
}

interface Options {
  gold: string;
  format: string;
  json?: boolean;
  limit?: string;
}

export function registerEventEval(evalCommand: Command): void {
  evalCommand
    .command("events")
    .description("event coding against PLOVER GSR records or PETRARCH validation XML: type accuracy, P/R/F1 at three levels")
    .requiredOption("--gold <file>", "the gold file")
    .requiredOption("--format <format>", `gold file format: ${GOLD_FORMATS.join(" or ")}`)
    .option("--json", "print the score as JSON")
    .option("--limit <n>", "score only the first N gold sentences")
    .action((options: Options) => {
      if (!(GOLD_FORMATS as readonly string[]).includes(options.format)) {
        throw new InputError("--format", `"${options.format}" is not a gold format; use ${GOLD_FORMATS.join(" or ")}`);
      }
      const format = options.format as GoldFormat;
      let gold = readGold(options.gold, format);
      if (options.limit !== undefined) {
        const n = Number(options.limit);
        if (!Number.isInteger(n) || n <= 0) throw new InputError("--limit", `"${options.limit}" is not a positive whole number`);
        gold = gold.slice(0, n);
      }
      const score = evaluateEvents(gold, format);
      if (options.json) {
        process.stdout.write(JSON.stringify({ gold: options.gold, format, ...score }, null, 2) + "\n");
        return;
      }
      const label = format === "plover-gsr" ? "PLOVER type" : "CAMEO root";
      process.stdout.write(formatEventScore(score, `Event coding: ${options.gold} (${format})`, label));
    });
}
