// One event per happening: later sentences that tell the same act again ("the raid",
// "police broke into the embassy") become extra mentions of the first, fullest report.
import type { CodedEvent, EventActor } from "../types.js";

export interface Draft extends Omit<CodedEvent, "id"> {
  /** Character offset of the trigger, for document order. */
  at: number;
  /** An event noun whose source could not be found: kept only when it repeats a known event. */
  needsSource: boolean;
  /** The date was said in the text (not the publication date). */
  dated: boolean;
}

function countries(actors: EventActor[]): string[] {
  return actors.map((a) => a.country ?? a.code).filter((c) => c);
}

function compatible(a: EventActor[], b: EventActor[]): boolean {
  const x = countries(a);
  const y = countries(b);
  return x.length === 0 || y.length === 0 || x.some((c) => y.includes(c));
}

function sameTarget(a: Draft, b: Draft): boolean {
  return a.target.some((x) => b.target.some((y) => (x.entity !== undefined && x.entity === y.entity) || (x.code !== "" && x.code === y.code)));
}

function completeness(e: Draft): number {
  const known = (as: EventActor[]) => (as.some((a) => a.code) ? 2 : 0) + (as.some((a) => a.sector?.length) ? 1 : 0);
  return known(e.source) + known(e.target) + (e.location ? 1 : 0) + (e.needsSource ? -5 : 0);
}

/** "171" and "17", "1121" and "112": one code refines the other. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/** Verbal acts (statements, appeals, accusations) by two different named speakers are two acts. */
function differentSpeakers(a: Draft, b: Draft): boolean {
  if (a.quadClass !== 1 && a.quadClass !== 3) return false;
  const x = a.source.map((s) => s.entity).filter((e) => e);
  const y = b.source.map((s) => s.entity).filter((e) => e);
  return x.length > 0 && y.length > 0 && !x.some((e) => y.includes(e));
}

export function sameEvent(a: Draft, b: Draft): boolean {
  if (a.root !== b.root || a.negated !== b.negated || a.hypothetical !== b.hypothetical) return false;
  // "denounced" (111) and "accused" (112) are two acts even between the same actors.
  if (!related(a.cameo, b.cameo)) return false;
  if (differentSpeakers(a, b)) return false;
  if (!compatible(a.source, b.source) || !compatible(a.target, b.target)) return false;
  // Without a source on either side only an event noun may join a known event, or the very same act.
  const unknown = (e: Draft) => e.source.length === 0 && !e.needsSource;
  if ((unknown(a) || unknown(b)) && !(a.cameo === b.cameo && sameTarget(a, b))) return false;
  if (a.sentence === b.sentence && a.cameo !== b.cameo) return false;
  // Same code between the same countries (already checked above), or another code of the root on the same target.
  return a.cameo === b.cameo || sameTarget(a, b);
}

/** Merges repeated reports and numbers the events ev1, ev2... in document order. */
export function dedupe(drafts: Draft[]): CodedEvent[] {
  const groups: Draft[][] = [];
  for (const d of [...drafts].sort((x, y) => x.at - y.at)) {
    const group = groups.find((g) => g.some((e) => sameEvent(e, d)));
    if (group) group.push(d);
    else groups.push([d]);
  }
  const kept = groups.filter((g) => g.some((e) => !e.needsSource));
  const dates = kept.map(earliestDated);
  return kept.map((g, i) => {
    const best = g.reduce((a, b) => (completeness(b) > completeness(a) ? b : a));
    const mentions = [...new Set(g.map((e) => e.sentence))].sort((a, b) => a - b);
    const { at: _at, needsSource: _n, dated: _d, ...event } = best;
    // A date said in any report beats the publication date of the fullest one; an undated act told
    // in the same sentence as a dated one ("stormed the embassy on Friday and arrested ...") shares its date.
    const dated = dates[i] ?? sharedDate(g, kept, dates);
    const when = dated ? { date: dated.date, dateGranularity: dated.dateGranularity } : {};
    return { id: `ev${i + 1}`, ...event, ...when, mentions };
  });
}

/** The earliest date said in any report of the event. */
function earliestDated(g: Draft[]): Draft | undefined {
  let out: Draft | undefined;
  for (const e of g) if (e.dated && (!out || e.date < out.date)) out = e;
  return out;
}

function sharedDate(g: Draft[], groups: Draft[][], dates: Array<Draft | undefined>): Draft | undefined {
  const sentences = new Set(g.map((e) => e.sentence));
  for (let k = 0; k < groups.length; k++) {
    const d = dates[k];
    if (d && groups[k] !== g && groups[k]!.some((e) => sentences.has(e.sentence) && !e.hypothetical)) return d;
  }
  return undefined;
}
