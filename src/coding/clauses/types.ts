// Clause structure found from tokens and POS tags only (no parser): what the matcher
// and actor resolver read. Token indexes are absolute indexes into doc.tokens.

export interface Phrase {
  /** First token and one past the last. */
  start: number;
  end: number;
  /** The head word (last noun, name or pronoun). */
  head: number;
  /** For a relative pronoun ("which", "who"): the phrase it stands for. */
  antecedent?: Phrase;
  /** The clause the antecedent belongs to (for "X requested Y, which was denied" -> requester). */
  antecedentClause?: number;
  /** "of"-complements that follow the phrase ("the surroundings of the embassy"). */
  of?: Phrase;
}

export interface VerbGroup {
  start: number;
  end: number;
  /** The main verb (or copula when there is none). */
  main: number;
  lemma: string;
  /** A particle or preposition right after the verb ("break into", "call off"). */
  particle?: string;
  passive: boolean;
  negated: boolean;
  /** A modal or future marker in the group: will, would, could, may, might, should, going to. */
  modal?: string;
  /** Perfect aspect with "had" (background events). */
  pluperfect: boolean;
  /** A participle right after a noun with its agent ("a statement published by X"): a modifier, not a clause of its own. */
  reduced?: boolean;
}

export type ClauseRole =
  | "main" // an independent clause
  | "coord" // shares its subject with the clause before ("storm X and arrest Y")
  | "relative" // "which was denied by Y"
  | "complement" // "announced (that) he is severing" - complement of a speech verb
  | "control" // "threatened to sever": infinitive governed by another verb
  | "adverbial"; // "by calling it...", ", resulting in ..."

export interface Clause {
  index: number;
  sentence: number;
  start: number;
  end: number;
  verb: VerbGroup;
  role: ClauseRole;
  /** Clause this one depends on (complement/control/relative/adverbial/coord). */
  parent?: number;
  subject?: Phrase;
  /** Subject inherited from another clause (coordination, control, adverbial). */
  subjectFrom?: number;
  /** Agent of a passive verb ("by the authorities"). */
  agent?: Phrase;
  object?: Phrase;
  /** Second object: "granted Glas asylum", "declared the ambassador persona non grata". */
  object2?: Phrase;
  /** Secondary predicate of a verb of naming: "called it *an authoritarian act*", "branded him *a traitor*". */
  predicate?: Phrase;
  /** Prepositional phrases after the verb, keyed by preposition. */
  preps: Record<string, Phrase[]>;
  /** Subordinate "if"/"unless" clause. */
  conditional: boolean;
  /** "according to ..." in the clause or sentence. */
  according: boolean;
  /** Subject of this clause's first complement clause ("alleged that Noboa ..."). */
  complementSubject?: Phrase;
}

/** An event noun with its complements: "the arrest of Glas", "the rupture of relations with Ecuador". */
export interface Nominal {
  sentence: number;
  noun: number;
  lemma: string;
  phrase: Phrase;
  /** Complements keyed by preposition: of, with, against, on, to, by... */
  preps: Record<string, Phrase[]>;
  /** Clause that contains the noun, and how: as object ("announced the arrest") or elsewhere. */
  clause?: number;
  asObject: boolean;
  /** "accusations made by X": the participle between the noun and its agent. */
  participle?: number;
  /** Second noun phrase right after the "of" complement ("declaration of the ambassador persona non grata"). */
  object2?: Phrase;
}

export interface SentenceStructure {
  sentence: number;
  clauses: Clause[];
  nominals: Nominal[];
}
