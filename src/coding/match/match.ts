// Picks the lexicon entry for a clause or an event noun: trigger lemma (+ particle),
// object constraint satisfied, no "without" word present; highest priority, then most specific.
import type { Token } from "../../types.js";
import type { Clause, Nominal, Phrase } from "../clauses/types.js";
import type { LexiconEntry } from "../lexicon/schema.js";
import type { LexiconIndex } from "./lexicon-index.js";

export type Position = LexiconEntry["target"][number];

export interface Match {
  entry: LexiconEntry;
  /** Trigger tokens (verb group or noun). */
  trigger: { start: number; end: number };
  /** True when the entry's object constraint was checked and met. */
  objectMatched: boolean;
  /** The particle's preposition when the trigger is phrasal ("into" of "break into"). */
  particle?: string;
}

interface Candidate {
  entry: LexiconEntry;
  order: number;
  specificity: number;
  particle?: string;
  end: number;
}

const lemmasOf = scanner;

function rangeLemmas(tokens: readonly Token[], start: number, end: number): Lemmas {
  return scanner(tokens, [{ start, end, head: start }]);
}

interface Lemmas {
  has(phrase: string): boolean;
}

/** Looks words and short phrases up in token ranges without building sets (this runs per clause). */
function scanner(tokens: readonly Token[], phrases: Array<Phrase | undefined>): Lemmas {
  const ranges: Array<[number, number]> = [];
  const add = (p: Phrase | undefined, depth = 0): void => {
    if (!p || depth > 3) return;
    ranges.push([p.start, p.end]);
    add(p.of, depth + 1);
    add(p.antecedent, depth + 1);
  };
  for (const p of phrases) add(p);
  const wordAt = (i: number, w: string) => tokens[i]!.lemma === w || tokens[i]!.text.toLowerCase() === w;
  return {
    has(phrase) {
      const words = phrase.split(" ");
      for (const [start, end] of ranges) {
        for (let i = start; i + words.length <= end; i++) {
          let ok = true;
          for (let k = 0; k < words.length && ok; k++) ok = wordAt(i + k, words[k]!);
          if (ok) return true;
        }
      }
      return false;
    },
  };
}

function satisfies(entry: LexiconEntry, objectLemmas: Lemmas, clauseLemmas: Lemmas): boolean | undefined {
  if (entry.without?.some((w) => clauseLemmas.has(w))) return undefined;
  if (!entry.object) return false;
  return entry.object.some((o) => objectLemmas.has(o)) ? true : undefined;
}

function best(cands: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of cands) {
    if (!top || c.entry.priority > top.entry.priority ||
      (c.entry.priority === top.entry.priority && (c.specificity > top.specificity || (c.specificity === top.specificity && c.order < top.order)))) {
      top = c;
    }
  }
  return top;
}

/** What can satisfy a verb entry's object constraint: everything after the verb in its clause
 * (objects, prepositional phrases, gerunds: "accused X of spying"), the passive subject, and
 * the clause it governs ("urged Tunisia to carry out reforms", "said the raid was an abuse"). */
export function clauseObjects(clause: Clause, complement?: Clause): Array<Phrase | undefined> {
  const objects: Array<Phrase | undefined> = [{ start: clause.verb.main + 1, end: clause.end, head: clause.verb.main }];
  if (clause.verb.passive) objects.push(clause.subject);
  if (complement) objects.push({ start: complement.start, end: complement.end, head: complement.verb.main });
  return objects;
}

/** `complement`: the clause this one governs (a that-clause or an infinitive). */
export function matchClause(index: LexiconIndex, tokens: readonly Token[], clause: Clause, complement?: Clause): Match | undefined {
  const triggers = index.verbs.get(clause.verb.lemma);
  if (!triggers) return undefined;
  const main = clause.verb.main;
  const cands: Candidate[] = [];
  let objectLemmas: Lemmas | undefined;
  let clauseLemmas: Lemmas | undefined;
  for (const t of triggers) {
    let end = main + 1;
    if (t.particle.length > 0) {
      let ok = true;
      for (let k = 0; k < t.particle.length; k++) {
        const tok = tokens[main + 1 + k];
        if (!tok || tok.sentence !== clause.sentence || (tok.lemma !== t.particle[k] && tok.text.toLowerCase() !== t.particle[k])) ok = false;
      }
      if (!ok) continue;
      end = main + 1 + t.particle.length;
    }
    objectLemmas ??= lemmasOf(tokens, clauseObjects(clause, complement));
    clauseLemmas ??= rangeLemmas(tokens, clause.start, clause.end);
    const s = satisfies(t.entry, objectLemmas, clauseLemmas);
    if (s === undefined) continue;
    const last = t.particle[t.particle.length - 1];
    cands.push({ entry: t.entry, order: t.order, specificity: (s ? 2 : 0) + (t.particle.length > 0 ? 1 : 0), end, ...(last ? { particle: last } : {}) });
  }
  const top = best(cands);
  if (!top) return undefined;
  return {
    entry: top.entry,
    trigger: { start: clause.verb.start, end: Math.max(top.end, clause.verb.end) },
    objectMatched: top.specificity >= 2,
    ...(top.particle ? { particle: top.particle } : {}),
  };
}

export function matchNominal(index: LexiconIndex, tokens: readonly Token[], nominal: Nominal, clause?: Clause): Match | undefined {
  const triggers = index.nouns.get(nominal.lemma);
  if (!triggers) return undefined;
  const cands: Candidate[] = [];
  const objectLemmas = lemmasOf(tokens, [...Object.values(nominal.preps).flat(), nominal.object2]);
  const clauseLemmas = clause ? rangeLemmas(tokens, clause.start, clause.end) : rangeLemmas(tokens, nominal.phrase.start, nominal.phrase.end);
  for (const t of triggers) {
    let end = nominal.noun + 1;
    if (t.rest.length > 0) {
      if (!t.rest.every((w, k) => tokens[nominal.noun + 1 + k]?.lemma === w || tokens[nominal.noun + 1 + k]?.text.toLowerCase() === w)) continue;
      end += t.rest.length;
    }
    const s = satisfies(t.entry, objectLemmas, clauseLemmas);
    if (s === undefined) continue;
    cands.push({ entry: t.entry, order: t.order, specificity: (s ? 2 : 0) + t.rest.length, end });
  }
  const top = best(cands);
  if (!top) return undefined;
  return { entry: top.entry, trigger: { start: nominal.noun, end: top.end }, objectMatched: top.specificity >= 2 };
}
