// Rules whose act has no counterpart ("resigned", "surrendered", "demanded elections"): the
// coder takes their target only from the entry's own positions, and no refiner guesses one.
// The coder registers them as it is built, because the refiners see only events (rule ids),
// not the lexicon they came from; ids are kebab-case and unique within a lexicon.
import type { LexiconEntry } from "./schema.js";

const rules = new Set<string>();

export function registerNoCounterpart(entries: readonly LexiconEntry[]): void {
  for (const e of entries) if (e.intransitive) rules.add(e.id);
}

/** True when the rule that coded an event declares that its act takes no target. */
export function takesNoTarget(rule: string): boolean {
  return rules.has(rule);
}
