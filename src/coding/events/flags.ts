// Negated, hypothetical and reported, from the verb group and the clauses that govern it.
import type { Clause } from "../clauses/types.js";
import { IRREALIS_CONTROLLERS, NEGATIVE_CONTROLLERS, OBJECT_CONTROLLERS, REPORTING } from "../clauses/words.js";

export interface Flags {
  negated: boolean;
  /** The negation is stated as a refusal: "would not accept", "refused to allow", "failed to reach". */
  refused: boolean;
  hypothetical: boolean;
  /** The reporting clause this one is the complement of, when there is one. */
  reporter?: Clause;
  according: boolean;
}

/** "will not", "would not", "cannot", "won't": a negated modal of will or ability refuses. */
const REFUSING_MODALS = new Set(["will", "would", "can", "could", "shall", "'ll", "wo", "ca"]);

/** Walks up through coordination to the clause that governs this one. */
export function governor(clause: Clause, byIndex: (i: number) => Clause | undefined): Clause | undefined {
  let c: Clause | undefined = clause;
  while (c && c.role === "coord" && c.parent !== undefined) c = byIndex(c.parent);
  if (!c || c.parent === undefined || c.role === "main") return undefined;
  return byIndex(c.parent);
}

function roleOf(clause: Clause, byIndex: (i: number) => Clause | undefined): Clause["role"] {
  let c: Clause | undefined = clause;
  while (c && c.role === "coord" && c.parent !== undefined) c = byIndex(c.parent);
  return c?.role ?? "main";
}

export function clauseFlags(clause: Clause, byIndex: (i: number) => Clause | undefined): Flags {
  let negated = clause.verb.negated;
  let refused = negated && REFUSING_MODALS.has(clause.verb.modal ?? "");
  let hypothetical = !!clause.verb.modal || clause.conditional;
  let reporter: Clause | undefined;
  let c: Clause = clause;
  for (let depth = 0; depth < 6; depth++) {
    const role = roleOf(c, byIndex);
    const g = governor(c, byIndex);
    if (!g) break;
    if (g.conditional) hypothetical = true;
    if (role === "control") {
      if (IRREALIS_CONTROLLERS.has(g.verb.lemma) || OBJECT_CONTROLLERS.has(g.verb.lemma) || g.verb.lemma === "go" || g.verb.modal) hypothetical = true;
      if (NEGATIVE_CONTROLLERS.has(g.verb.lemma)) negated = refused = true;
      if (g.verb.negated) negated = true;
    } else if (role === "complement") {
      if (!reporter && REPORTING.has(g.verb.lemma)) reporter = g;
      if (g.verb.modal) hypothetical = true;
    } else if (role === "adverbial" && c.conditional) {
      hypothetical = true;
    } else {
      break;
    }
    c = g;
  }
  return { negated, refused, hypothetical, ...(reporter ? { reporter } : {}), according: clause.according };
}
