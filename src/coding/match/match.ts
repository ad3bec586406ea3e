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

/** Lemmas of a token range, plus its multi-word joins for phrase constraints ("persona non grata"). */
function lemmasOf(tokens: readonly Token[], phrases: Array<Phrase | undefined>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    if (!p) continue;
    const words: string[] = [];
    for (let i = p.start; i < p.end; i++) {
      words.push(tokens[i]!.lemma);
      out.add(tokens[i]!.lemma);
      out.add(tokens[i]!.text.toLowerCase());
    }
    // Two- and three-word sequences, for constraints like "diplomatic relations".
    for (let i = 0; i + 1 < words.length; i++) {
      out.add(`${words[i]} ${words[i + 1]}`);
      if (i + 2 < words.length) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    }
    if (p.of) for (const l of lemmasOf(tokens, [p.of])) out.add(l);
    if (p.antecedent) for (const l of lemmasOf(tokens, [p.antecedent])) out.add(l);
  }
  return out;
}

function rangeLemmas(tokens: readonly Token[], start: number, end: number): Set<string> {
  return lemmasOf(tokens, [{ start, end, head: start }]);
}

function satisfies(entry: LexiconEntry, objectLemmas: Set<string>, clauseLemmas: Set<string>): boolean | undefined {
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

/** Phrases whose lemmas can satisfy a verb entry's object constraint. */
export function clauseObjects(clause: Clause, complement?: Clause): Array<Phrase | undefined> {
  const objects: Array<Phrase | undefined> = [clause.object, clause.object2];
  if (clause.verb.passive) objects.push(clause.subject);
  if (clause.verb.particle) objects.push(...(clause.preps[clause.verb.particle] ?? []));
  if (complement) objects.push(complement.subject, complement.object, complement.object2);
  return objects;
}

export function matchClause(index: LexiconIndex, tokens: readonly Token[], clause: Clause, complement?: Clause): Match | undefined {
  const triggers = index.verbs.get(clause.verb.lemma);
  if (!triggers) return undefined;
  const main = clause.verb.main;
  const cands: Candidate[] = [];
  let objectLemmas: Set<string> | undefined;
  let clauseLemmas: Set<string> | undefined;
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
