// One act per clause chain: what a verbal act is about is not a second act. "threatened to
// break relations" is a threat, "urged the EU to support X" an appeal, "accused Y of violating
// the ceasefire" an accusation, "refused to lift the curfew" a rejection; the infinitive, gerund
// or "that"-clause they govern names the content of the act, not something that happened.
// Likewise a demonstration "to demand reforms" or "calling for independence" is the protest; the
// demand is its aim.
import type { Clause, ClauseRole } from "../clauses/types.js";
import { OBJECT_CONTROLLERS } from "../clauses/words.js";

/** Roots of verbal acts whose governed clause is their content: appeal, intent, demand, disapprove, reject, threaten. */
const CONTENT_ROOTS = new Set(["02", "03", "10", "11", "12", "13"]);
/** Of those, the ones whose object and "that"-clause are content too ("demanded that X withdraw",
 * "demanded a meeting to discuss"), never a report or a purpose of their own. */
const WHOLE_CONTENT_ROOTS = new Set(["02", "10", "13"]);
/** Verbal acts that only state the aim of an act done to press it. */
const AIM_ROOTS = new Set(["02", "10"]);

/** Nouns whose infinitive says what they are for ("an offer to host talks", "a request to question
 * detainees"): after such an object the infinitive is the noun's content, not the subject's purpose. */
const PROPOSAL_NOUNS = new Set(
  "offer request proposal plan appeal call demand invitation bid decision effort attempt order ultimatum deal agreement promise pledge threat move initiative call".split(" "),
);
/** Prepositions that give the topic of talks or what is yielded to ("talks on a pullback", "bowed to demands"). */
const TOPIC_PREPS = new Set(["on", "about", "over", "regarding", "to"]);
/** Roots of acts that have a topic: consult, yield. */
const TOPIC_ROOTS = new Set(["04", "08"]);

/** How a clause hangs on the clause that governs it, seen through coordination. */
export interface Governed {
  role: ClauseRole;
  governor: Clause;
  /** Opened by "to" (an infinitive), not a gerund after a preposition. */
  infinitive: boolean;
  /** Opened by "that" right after the governor's object ("its demand that Israel ease ..."). */
  that?: boolean;
  /** Lemma of the head of the governor's object, when it has one. */
  objectHead?: string;
}

const any = (roots: ReadonlySet<string>, among: ReadonlySet<string>): boolean => [...roots].some((r) => among.has(r));
/** Threats, protests, force: acts done (or vowed) to press a demand. */
const pressing = (roots: ReadonlySet<string>): boolean => [...roots].some((r) => r >= "13");

/** True when an event of `root` in a clause governed as `g` only restates what the governor's events (`roots`) are about. */
export function isContentOf(g: Governed, root: string, roots: ReadonlySet<string>): boolean {
  if (g.role === "control") {
    // "telephoned Kozyrev to discuss", "met to hold talks": a consultation for a consultation is one.
    if (root === "04" && roots.has("04")) return true;
    // "shunned work to protest": after the governor's own object an infinitive is a purpose, an act of
    // its own (unless the object is whom the verb sets to act: "urged the EU to support").
    const purpose = g.infinitive && !!g.governor.object && !OBJECT_CONTROLLERS.has(g.governor.verb.lemma) && !PROPOSAL_NOUNS.has(g.objectHead ?? "");
    if (any(roots, purpose ? WHOLE_CONTENT_ROOTS : CONTENT_ROOTS)) return true;
    return g.infinitive && AIM_ROOTS.has(root) && pressing(roots);
  }
  if (g.role === "complement" || g.that) return any(roots, WHOLE_CONTENT_ROOTS);
  // "demonstrated in Kirkuk, calling for independence": the aim of the protest.
  if (g.role === "adverbial") return AIM_ROOTS.has(root) && pressing(roots);
  return false;
}

/** True when an event noun after the verb of a verbal act is what the act is about ("demanded the withdrawal of"),
 * or the topic of talks or of a concession (`lead`: the word before the noun's phrase; `asObject`: the noun is the verb's object). */
export function isNounContentOf(roots: ReadonlySet<string>, lead: string, asObject = false): boolean {
  // "lifted a blockade", "eased the curfew": what a concession ends is not a new act.
  return any(roots, CONTENT_ROOTS) || any(roots, TOPIC_ROOTS) && TOPIC_PREPS.has(lead) || asObject && roots.has("08");
}

/** A verb that tells no finite act of its own: "calling for", "to demand". */
export function isNonFinite(clause: Clause, low: readonly string[]): boolean {
  const v = clause.verb;
  return v.start === v.main && (low[v.main]!.endsWith("ing") || low[v.main - 1] === "to");
}

interface Told {
  root: string;
  source: ReadonlyArray<{ code: string }>;
}

/** "staged rallies against X, saying he must resign", "demonstrated, calling for independence",
 * "a demonstration calling for his removal": a demand put in a participle or infinitive next to a
 * protest by the same side is what the protest is for. */
export function isProtestAim(d: Told, nonFinite: boolean, sentence: readonly Told[]): boolean {
  if (!nonFinite || !AIM_ROOTS.has(d.root)) return false;
  const codes = new Set(d.source.map((a) => a.code).filter((c) => c));
  return sentence.some((p) => p.root === "14" && (codes.size === 0 || p.source.length === 0 || p.source.some((a) => codes.has(a.code))));
}
