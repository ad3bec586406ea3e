// Picks the lexicon entry for a clause or an event noun: trigger lemma (+ particle),
// object constraint satisfied, no "without" word present; highest priority, then most specific.
import type { Token } from "../../types.js";
import type { Clause, Nominal, Phrase } from "../clauses/types.js";
import { lowerTexts } from "../clauses/context.js";
import type { LexiconEntry } from "../lexicon/schema.js";
import type { LexiconIndex, NounTrigger, VerbTrigger } from "./lexicon-index.js";

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

/** Words and short phrases looked up in token ranges. A single word is a set look-up; a
 * phrase checks its first word in the set before scanning (this runs per clause). */
class Words {
  private readonly ranges: number[] = [];
  private set: Set<string> | undefined;

  constructor(private readonly tokens: readonly Token[], private readonly low: readonly string[]) {}

  add(p: Phrase | undefined, depth = 0): this {
    if (!p || depth > 3) return this;
    this.ranges.push(p.start, p.end);
    this.add(p.of, depth + 1);
    this.add(p.antecedent, depth + 1);
    return this;
  }

  private words(): Set<string> {
    if (this.set) return this.set;
    const set = new Set<string>();
    for (let r = 0; r < this.ranges.length; r += 2) {
      for (let i = this.ranges[r]!; i < this.ranges[r + 1]!; i++) {
        set.add(this.tokens[i]!.lemma);
        set.add(this.low[i]!);
      }
    }
    return (this.set = set);
  }

  private at(i: number, w: string): boolean {
    return this.tokens[i]!.lemma === w || this.low[i] === w;
  }

  has(words: readonly string[]): boolean {
    if (!this.words().has(words[0]!)) return false;
    if (words.length === 1) return true;
    const n = words.length;
    for (let r = 0; r < this.ranges.length; r += 2) {
      const end = this.ranges[r + 1]!;
      for (let i = this.ranges[r]!; i + n <= end; i++) {
        let k = 0;
        while (k < n && this.at(i + k, words[k]!)) k++;
        if (k === n) return true;
      }
    }
    return false;
  }

  hasAny(phrases: readonly (readonly string[])[]): boolean {
    for (const p of phrases) if (this.has(p)) return true;
    return false;
  }
}

/** undefined: the entry may not fire; true: its object constraint is met; false: it has none. */
function satisfies(t: VerbTrigger | NounTrigger, objects: () => Words, clause: () => Words): boolean | undefined {
  if (t.without && clause().hasAny(t.without)) return undefined;
  if (!t.object) return false;
  return objects().hasAny(t.object) ? true : undefined;
}

function better(c: Candidate, top: Candidate | undefined): boolean {
  return !top || c.entry.priority > top.entry.priority ||
    (c.entry.priority === top.entry.priority && (c.specificity > top.specificity || (c.specificity === top.specificity && c.order < top.order)));
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
const DAY_WORDS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** `subject`: the subject the clause shares when it has none of its own ("continues to decline"). */
export function matchClause(index: LexiconIndex, tokens: readonly Token[], clause: Clause, complement?: Clause, subject?: Phrase): Match | undefined {
  const triggers = index.verbs.get(clause.verb.lemma);
  if (!triggers) return undefined;
  const low = lowerTexts(tokens);
  const main = clause.verb.main;
  let top: Candidate | undefined;
  let objectWords: Words | undefined;
  let clauseWords: Words | undefined;
  const objects = (): Words => {
    if (!objectWords) {
      objectWords = new Words(tokens, low);
      for (const p of clauseObjects(clause, complement)) objectWords.add(p);
    }
    return objectWords;
  };
  // "without" words count in the clause, its subject and right after the verb ("declined comment",
  // "the population continues to decline"), where the tagger may have split the clause.
  const inClause = (): Words => {
    if (clauseWords) return clauseWords;
    clauseWords = new Words(tokens, low).add({ start: clause.start, end: Math.max(clause.end, Math.min(clause.verb.end + 2, tokens.length)), head: clause.start });
    clauseWords.add(clause.subject ?? subject);
    return clauseWords;
  };
  for (const t of triggers) {
    let end = main + 1;
    if (t.particle.length > 0) {
      const at = (from: number): boolean => {
        for (let k = 0; k < t.particle.length; k++) {
          const tok = tokens[from + k];
          if (!tok || tok.sentence !== clause.sentence || (tok.lemma !== t.particle[k] && low[from + k] !== t.particle[k])) return false;
        }
        return true;
      };
      // "pulled out its troops", or a one-word particle after a short object: "ordered the envoy out".
      // Not "called Merkel on Tuesday": a day after the particle makes it a time phrase.
      const split = !at(main + 1) && t.particle.length === 1 && clause.object !== undefined && clause.object.end - clause.object.start <= 4 && at(clause.object.end) &&
        !DAY_WORDS.has(low[clause.object.end + 1] ?? "");
      if (!split && !at(main + 1)) continue;
      end = split ? main + 1 : main + 1 + t.particle.length;
    }
    // "called it an outrage": with a secondary predicate the verb characterises; its bare senses do not apply.
    if (clause.predicate && !t.object) continue;
    const s = satisfies(t, objects, inClause);
    if (s === undefined) continue;
    // "peacekeepers arrived": an entry that names who acts needs them in the clause's own subject.
    // In the passive the one acting is the agent; with no agent named, nothing contradicts the entry.
    const actor = clause.verb.passive ? clause.agent : clause.subject;
    const unnamed = clause.verb.passive && !clause.agent;
    if (t.subject && !unnamed && !(actor && new Words(tokens, low).add(actor).hasAny(t.subject))) continue;
    const last = t.particle[t.particle.length - 1];
    const cand: Candidate = { entry: t.entry, order: t.order, specificity: (s ? 2 : 0) + (t.particle.length > 0 ? 1 : 0), end, ...(last ? { particle: last } : {}) };
    if (better(cand, top)) top = cand;
  }
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
  const low = lowerTexts(tokens);
  let top: Candidate | undefined;
  let objectWords: Words | undefined;
  const objects = (): Words => {
    if (!objectWords) {
      objectWords = new Words(tokens, low);
      for (const list of Object.values(nominal.preps)) for (const p of list) objectWords.add(p);
      objectWords.add(nominal.object2);
    }
    return objectWords;
  };
  const range = clause ?? nominal.phrase;
  const clauseWords = new Words(tokens, low).add({ start: range.start, end: range.end, head: range.start });
  for (const t of triggers) {
    let end = nominal.noun + 1;
    if (t.rest.length > 0) {
      let ok = true;
      for (let k = 0; k < t.rest.length && ok; k++) {
        const i = nominal.noun + 1 + k;
        ok = i < tokens.length && (tokens[i]!.lemma === t.rest[k] || low[i] === t.rest[k]);
      }
      if (!ok) continue;
      end += t.rest.length;
    }
    const s = satisfies(t, objects, () => clauseWords);
    if (s === undefined) continue;
    const cand: Candidate = { entry: t.entry, order: t.order, specificity: (s ? 2 : 0) + t.rest.length, end };
    if (better(cand, top)) top = cand;
  }
  if (!top) return undefined;
  return { entry: top.entry, trigger: { start: nominal.noun, end: top.end }, objectMatched: top.specificity >= 2 };
}
