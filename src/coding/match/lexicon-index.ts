// Lexicon entries indexed by trigger word, so each clause looks up only its own verb.
// Object and "without" phrases are split into words once here, not per clause.
import type { LexiconEntry } from "../lexicon/schema.js";

export interface VerbTrigger {
  entry: LexiconEntry;
  /** Words after the verb: "into" for "break into", "down on" for "crack down on". */
  particle: string[];
  /** Position of the entry in the lexicon (earlier wins ties). */
  order: number;
  /** The entry's object constraint and "without" words, each phrase split into words. */
  object: string[][] | undefined;
  without: string[][] | undefined;
  /** Words one of which the clause's own subject must hold ("peacekeepers arrived"). */
  subject?: string[][] | undefined;
}

export interface NounTrigger {
  entry: LexiconEntry;
  /** Words after the first noun word for multi-word nouns ("non grata" in "persona non grata"). */
  rest: string[];
  order: number;
  object: string[][] | undefined;
  without: string[][] | undefined;
}

export interface LexiconIndex {
  verbs: ReadonlyMap<string, VerbTrigger[]>;
  nouns: ReadonlyMap<string, NounTrigger[]>;
  /** Verb lemmas (first words) and event nouns (first words), for the clause finder. */
  verbLemmas: ReadonlySet<string>;
  nounLemmas: ReadonlySet<string>;
  /** Rule ids by event noun ("raid" -> the entries it triggers). */
  nounRules: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A phrase as the tokenizer splits it: on spaces, and around inner hyphens ("fact-finding" -> fact - finding). */
const split = (phrase: string): string[] => phrase.replace(/(\w)-(?=\w)/g, "$1 - ").split(/\s+/).filter((w) => w);

const words = (phrases: readonly string[] | undefined): string[][] | undefined => phrases && phrases.map(split);

export function indexLexicon(entries: readonly LexiconEntry[]): LexiconIndex {
  const verbs = new Map<string, VerbTrigger[]>();
  const nouns = new Map<string, NounTrigger[]>();
  const nounRules = new Map<string, Set<string>>();
  entries.forEach((entry, order) => {
    const object = words(entry.object);
    const without = words(entry.without);
    const subject = words(entry.subject);
    for (const v of entry.verbs) {
      const [head, ...particle] = split(v);
      push(verbs, head!, { entry, particle, order, object, without, subject });
    }
    for (const n of entry.nouns) {
      const [head, ...rest] = split(n);
      push(nouns, head!, { entry, rest, order, object, without });
      let rules = nounRules.get(head!);
      if (!rules) nounRules.set(head!, (rules = new Set()));
      rules.add(entry.id);
    }
  });
  return { verbs, nouns, verbLemmas: new Set(verbs.keys()), nounLemmas: new Set(nouns.keys()), nounRules };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
