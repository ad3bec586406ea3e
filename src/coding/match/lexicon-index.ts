// Lexicon entries indexed by trigger word, so each clause looks up only its own verb.
import type { LexiconEntry } from "../lexicon/schema.js";

export interface VerbTrigger {
  entry: LexiconEntry;
  /** Words after the verb: "into" for "break into", "down on" for "crack down on". */
  particle: string[];
  /** Position of the entry in the lexicon (earlier wins ties). */
  order: number;
}

export interface NounTrigger {
  entry: LexiconEntry;
  /** Words after the first noun word for multi-word nouns ("non grata" in "persona non grata"). */
  rest: string[];
  order: number;
}

export interface LexiconIndex {
  verbs: ReadonlyMap<string, VerbTrigger[]>;
  nouns: ReadonlyMap<string, NounTrigger[]>;
  /** Verb lemmas (first words) and event nouns (first words), for the clause finder. */
  verbLemmas: ReadonlySet<string>;
  nounLemmas: ReadonlySet<string>;
}

export function indexLexicon(entries: readonly LexiconEntry[]): LexiconIndex {
  const verbs = new Map<string, VerbTrigger[]>();
  const nouns = new Map<string, NounTrigger[]>();
  entries.forEach((entry, order) => {
    for (const v of entry.verbs) {
      const [head, ...particle] = v.split(/\s+/);
      push(verbs, head!, { entry, particle, order });
    }
    for (const n of entry.nouns) {
      const [head, ...rest] = n.split(/\s+/);
      push(nouns, head!, { entry, rest, order });
    }
  });
  return { verbs, nouns, verbLemmas: new Set(verbs.keys()), nounLemmas: new Set(nouns.keys()) };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
