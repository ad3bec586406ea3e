// Compound actors ("Hungary and Romania") flattened into one field, POLECAT-style: "; " between actors.
import type { EventActor } from "../types.js";

export interface FlatActors {
  text: string;
  code: string;
  country: string;
  sector: string;
}

export function flattenActors(actors: readonly EventActor[]): FlatActors {
  const join = (f: (a: EventActor) => string) => actors.map(f).join("; ");
  return {
    text: join((a) => a.text),
    code: join((a) => a.code),
    country: join((a) => a.country ?? ""),
    sector: join((a) => (a.sector ?? []).join(" ")),
  };
}

/** The sentence an event comes from, for evidence columns. */
export function sentenceText(doc: { sentences: ReadonlyArray<{ index: number; text: string }> }, index: number): string {
  return doc.sentences.find((s) => s.index === index)?.text ?? "";
}

export function eventFlags(e: { negated: boolean; hypothetical: boolean; reported: boolean }): string[] {
  const flags: string[] = [];
  if (e.negated) flags.push("negated");
  if (e.hypothetical) flags.push("hypothetical");
  if (e.reported) flags.push("reported");
  return flags;
}
