// Stated intentions: "will provide aid", "is ready to send troops", "agreed to withdraw",
// "would boycott the talks". News event data codes the statement (CAMEO 03 intents to
// cooperate, 13 threats) rather than the act, which has not happened yet; which code an act
// becomes is data (data/coding/intents.json, read by the codebook).
import type { Clause } from "../clauses/types.js";

/** Modals that announce the speaker's own plan; "could"/"should" speculate or advise. */
const FUTURE = new Set(["will", "would", "shall", "'ll", "'d", "wo"]);
/** Speculative modals that still read as a threat when the act is hostile ("may halt mediation"). */
const POSSIBLE = new Set(["may", "might"]);
/** Verbs whose infinitive is a commitment: "agreed to re-open", "offered to host". */
const COMMIT = new Set(["agree", "pledge", "promise", "vow", "offer", "commit", "undertake", "swear", "plan", "intend", "prepare"]);
/** "is ready to contribute", "says it is willing to withdraw". */
const READY = new Set(["ready", "willing", "prepared", "determined", "set", "poised", "eager", "keen"]);

export type IntentKind = "future" | "possible";

/** How the clause states an intention, if it does: its own modal, or the verb or adjective governing its infinitive. */
export function intentOf(clause: Clause, byIndex: (i: number) => Clause | undefined, word: (i: number) => string): IntentKind | undefined {
  if (clause.verb.negated) return undefined;
  const modal = clause.verb.modal;
  if (modal && FUTURE.has(modal)) return "future";
  let c: Clause | undefined = clause;
  while (c && c.role === "coord" && c.parent !== undefined) c = byIndex(c.parent);
  if (c && c.role === "control" && c.parent !== undefined) {
    const g = byIndex(c.parent);
    if (g && !g.verb.negated) {
      if (COMMIT.has(g.verb.lemma)) return "future";
      if (g.verb.modal && FUTURE.has(g.verb.modal)) return "future";
      // "is ready to": the adjective right before "to".
      if (g.verb.lemma === "be" && READY.has(word(c.start - 1))) return "future";
    }
  }
  if (modal && POSSIBLE.has(modal)) return "possible";
  return undefined;
}
