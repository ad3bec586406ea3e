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
    // "the former vice president, who was a refugee and seeking asylum": a state, not an act.
    if (c.verb.lemma === "be" || c.verb.start < c.verb.main && low[c.verb.main]!.endsWith("ing")) return true;
    // "a helicopter that was captured": no comma before the pronoun; ", which was denied" goes on with the story.
    const pronoun = c.subject && c.subject.start === c.start ? c.start : -1;
    return pronoun > 0 && low[pronoun - 1] !== ",";
  }
  // "in Montenegro, where 28 people have been killed": the setting; "resigned as the opposition
  // threatened", "suspended aid after its vehicles were hit": the cause.
  if (c.role === "adverbial") return CAUSE_WORDS.has(low[c.start - 1] ?? "") || CAUSE_WORDS.has(low[c.start] ?? "");
  // "arrested for collaborating with Israel", "expelled for spying": the reason given.
  if (c.role === "control") return low[c.start] === "for";
  return false;
}

const CAUSE_WORDS = new Set(["where", "after", "because", "since", "as", "following"]);
/** Words right before an event noun that make it the cause or occasion: "after five days of fighting",
 * "following the killing of", "amid the fighting", "in retaliation for the raid". */
const CAUSE_LEADS = new Set(["after", "following", "amid", "for", "over"]);

/** True when an event noun is given as the cause or occasion of what the sentence tells. `at` is the
 * first token of its phrase. */
export function isCauseNoun(at: number, low: readonly string[]): boolean {
  const a = low[at - 1] ?? "";
  const b = low[at - 2] ?? "";
  if (CAUSE_LEADS.has(a)) return true;
  // "because of the fighting", "in the wake of the execution", "in response to the attack".
  return a === "of" && (b === "because" || b === "wake") || a === "to" && b === "response";
}
