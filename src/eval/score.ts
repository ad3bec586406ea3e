// Scores coded events against gold events, sentence by sentence, at three levels:
//   A  event type only
//   B  type + source country + target country
//   C  full codes: the scheme's full event code + full source and target actor codes
// Within a sentence, each level compares sets of keys (a compound actor expands to one key per
// source x target pair), so precision = matched / predicted keys, recall = matched / gold keys.
// Pure: the readers and the coder live elsewhere; tests feed it hand-made items.

export interface ScoreActor {
  /** Country (ISO alpha-3) or, for actors without one, the organisation prefix (IGO, NGO, IMG); "" unknown. */
  country: string;
  /** The full actor code compared at level C ("HUNGOV", "IGO"). */
  full: string;
}

export interface ScoreEvent {
  /** Type compared at levels A and B (a PLOVER type, or a CAMEO root). */
  type: string;
  /** Event code compared at level C (the PLOVER type again, or the full CAMEO code). */
  code: string;
  source: ScoreActor[];
  target: ScoreActor[];
  /** Lexicon rule that produced a predicted event. */
  rule?: string;
}

export interface ScoreItem {
  id: string;
  text: string;
  gold: ScoreEvent[];
  predicted: ScoreEvent[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  gold: string;
  ours: Array<{ type: string; rule?: string }>;
  text: string;
}

export interface FalseEvent {
  id: string;
  ours: string;
  rule?: string;
  gold: string[];
  text: string;
}

export interface EventScore {
  sentences: number;
  /** Gold sentences with at least one gold event. */
  goldSentences: number;
  /** Gold sentences whose every gold type is among the predicted types. */
  typeHits: number;
  typeAccuracy: number;
  levels: { A: Prf; B: Prf; C: Prf };
  /** confusion[gold][predicted] = count; "NONE" for no event on either side. */
  confusion: Record<string, Record<string, number>>;
  misses: Miss[];
  falseEvents: FalseEvent[];
}

export const NONE = "NONE";

export function scoreEvents(items: readonly ScoreItem[]): EventScore {
  const counts = { A: zero(), B: zero(), C: zero() };
  const confusion: Record<string, Record<string, number>> = {};
  const misses: Miss[] = [];
  const falseEvents: FalseEvent[] = [];
  let goldSentences = 0;
  let typeHits = 0;

  for (const item of items) {
    add(counts.A, new Set(item.gold.map((e) => e.type)), new Set(item.predicted.map((e) => e.type)));
    add(counts.B, keys(item.gold, (e, s, t) => `${e.type}|${s.country}|${t.country}`), keys(item.predicted, (e, s, t) => `${e.type}|${s.country}|${t.country}`));
    add(counts.C, keys(item.gold, (e, s, t) => `${e.code}|${s.full}|${t.full}`), keys(item.predicted, (e, s, t) => `${e.code}|${s.full}|${t.full}`));

    const goldTypes = unique(item.gold.map((e) => e.type));
    const predTypes = unique(item.predicted.map((e) => e.type));
    if (goldTypes.length > 0) {
      goldSentences++;
      if (goldTypes.every((t) => predTypes.includes(t))) typeHits++;
    }
    for (const [g, p] of pairTypes(goldTypes, predTypes)) {
      const row = (confusion[g] ??= {});
      row[p] = (row[p] ?? 0) + 1;
    }
    for (const g of goldTypes) {
      if (!predTypes.includes(g)) {
        misses.push({ id: item.id, gold: g, ours: item.predicted.map((e) => ({ type: e.type, ...(e.rule ? { rule: e.rule } : {}) })), text: item.text });
      }
    }
    for (const e of item.predicted) {
      if (!goldTypes.includes(e.type)) {
        falseEvents.push({ id: item.id, ours: e.type, ...(e.rule ? { rule: e.rule } : {}), gold: goldTypes, text: item.text });
      }
    }
  }

  return {
    sentences: items.length,
    goldSentences,
    typeHits,
    typeAccuracy: ratio(typeHits, goldSentences),
    levels: { A: finish(counts.A), B: finish(counts.B), C: finish(counts.C) },
    confusion,
    misses,
    falseEvents,
  };
}

/** Pairs gold and predicted types of one sentence for the confusion table: matches first,
 *  then leftovers in order, then the rest against NONE. */
export function pairTypes(gold: readonly string[], predicted: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const g = gold.filter((t) => !predicted.includes(t));
  const p = predicted.filter((t) => !gold.includes(t));
  for (const t of gold) if (predicted.includes(t)) pairs.push([t, t]);
  while (g.length && p.length) pairs.push([g.shift()!, p.shift()!]);
  for (const t of g) pairs.push([t, NONE]);
  for (const t of p) pairs.push([NONE, t]);
  if (gold.length === 0 && predicted.length === 0) pairs.push([NONE, NONE]);
  return pairs;
}

const EMPTY: ScoreActor = { country: "", full: "" };

function keys(events: readonly ScoreEvent[], key: (e: ScoreEvent, s: ScoreActor, t: ScoreActor) => string): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    for (const s of e.source.length ? e.source : [EMPTY]) {
      for (const t of e.target.length ? e.target : [EMPTY]) out.add(key(e, s, t));
    }
  }
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function add(c: Counts, gold: Set<string>, predicted: Set<string>): void {
  for (const k of predicted) {
    if (gold.has(k)) c.tp++;
    else c.fp++;
  }
  for (const k of gold) if (!predicted.has(k)) c.fn++;
}

function finish(c: Counts): Prf {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
