// Background told inside a sentence about something else: "lifted the curfew in the province,
// where 28 people have been killed", "must return a helicopter that was captured last week",
// "the return of land seized by the army", "released the hostages, whom they had taken in May".
// The clause describes a noun (restrictive or reduced relative, "where" clause) or looks back
// (pluperfect relative); the news is the clause it hangs on. Such an event is dropped when the
// same sentence tells another one.
import type { Clause } from "../clauses/types.js";

/** True when the clause, or a clause that governs it, only describes a noun or the setting. */
export function isBackground(clause: Clause, low: readonly string[], byIndex: (i: number) => Clause | undefined): boolean {
  let c: Clause | undefined = clause;
  for (let depth = 0; c && depth < 6; depth++) {
    if (describes(c, low)) return true;
    if (c.role === "main" || c.parent === undefined) return false;
    c = byIndex(c.parent);
  }
  return false;
}

function describes(c: Clause, low: readonly string[]): boolean {
  if (c.role === "relative") {
    // "land seized by the army" describes the land; "demonstrators protesting the results" still tells what they do.
    if (c.verb.reduced && c.verb.passive || c.verb.pluperfect) return true;
    // "a helicopter that was captured": no comma before the pronoun; ", which was denied" goes on with the story.
    const pronoun = c.subject && c.subject.start === c.start ? c.start : -1;
    return pronoun > 0 && low[pronoun - 1] !== ",";
  }
  // "in Montenegro, where 28 people have been killed": the setting.
  if (c.role === "adverbial") return low[c.start - 1] === "where" || low[c.start] === "where";
  return false;
}
