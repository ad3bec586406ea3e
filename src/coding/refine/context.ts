// What refiners may know besides the events and the document: facts about the lexicon
// entries (rules) that coded the events.
import type { LexiconEntry } from "../lexicon/schema.js";

export interface RefineContext {
  /** True when the rule's act has no counterpart ("resigned", "surrendered"): no target is guessed. */
  takesNoTarget(rule: string): boolean;
}

const contexts = new WeakMap<readonly LexiconEntry[], RefineContext>();

export function refineContext(entries: readonly LexiconEntry[]): RefineContext {
  let ctx = contexts.get(entries);
  if (!ctx) {
    const intransitive = new Set(entries.filter((e) => e.intransitive).map((e) => e.id));
    ctx = { takesNoTarget: (rule) => intransitive.has(rule) };
    contexts.set(entries, ctx);
  }
  return ctx;
}

/** For callers without a lexicon at hand: every rule may take a target. */
export const NO_RULE_FACTS: RefineContext = { takesNoTarget: () => false };
