// Verb groups: auxiliaries, modals, negation and adverbs around one main verb
// ("will not tolerate", "is being accused", "had granted", "have just reached").
import type { VerbGroup } from "./types.js";
import { type SentenceContext, isVerbal, lemma, lower, pos } from "./context.js";
import { MODALS, NEGATIONS, PARTICLES } from "./words.js";

/** Participles that, after "be" and before their preposition, describe what the subject does or holds to, not an act done to it. */
const STATIVE_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ...["opposed", "committed", "dedicated", "devoted", "resigned", "determined", "prepared", "inclined", "disposed", "accustomed"].map((w) => [w, "to"] as const),
  // "were engaged in ethnic cleansing", "is involved in the fighting": the subject does it.
  ...["engaged", "involved", "embroiled", "locked"].map((w) => [w, "in"] as const),
]);

const IRREGULAR_PARTICIPLES = new Set(
  "held taken seen given shot hit struck beaten caught brought sent kept left made put set told thrown driven known shown written broken stolen chosen spoken drawn fought won paid sold bought built found lost led met read run spent sought laid"
    .split(" "),
);

function isNegation(ctx: SentenceContext, i: number): boolean {
  const p = pos(ctx, i);
  // Negations are particles, adverbs, determiners or conjunctions ("not", "never", "no", "nor").
  if (p === "NOUN" || p === "PROPN" || p === "VERB" || p === "PUNCT" || p === "ADP" || p === "NUM") return false;
  const w = lower(ctx, i);
  return NEGATIONS.has(w) || (w === "no" && lower(ctx, i + 1) === "longer") || (w === "longer" && lower(ctx, i - 1) === "no");
}

export function isParticiple(word: string): boolean {
  return /(ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

export function findVerbGroups(ctx: SentenceContext): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = ctx.from;
  while (i < ctx.to) {
    if (!isVerbal(ctx, i) && !(isNegation(ctx, i) && nextVerbal(ctx, i) >= 0)) {
      i++;
      continue;
    }
    const start = i;
    let main = -1;
    let lastAux = -1;
    let j = i;
    while (j < ctx.to) {
      if (pos(ctx, j) === "AUX") {
        // An auxiliary after a main verb starts a new group ("what you have seen is ...").
        if (main >= 0) break;
        lastAux = j;
        j++;
      } else if (pos(ctx, j) === "VERB") {
        main = j;
        j++;
        // A verb then another verb ("denied sending troops") makes two groups: the second is governed.
        break;
      } else if ((isNegation(ctx, j) || pos(ctx, j) === "ADV" || pos(ctx, j) === "PART" && lower(ctx, j) !== "to") && nextVerbal(ctx, j) >= 0 && main < 0) {
        j++;
      } else {
        break;
      }
    }
    if (main < 0 && lastAux < 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    const head = main >= 0 ? main : lastAux;
    let negated = false;
    let modal: string | undefined;
    let be = false;
    let had = false;
    for (let k = start; k < j; k++) {
      if (isNegation(ctx, k)) negated = true;
      const w = lower(ctx, k);
      if (k < head && MODALS.has(w)) modal = lemma(ctx, k) || w;
      if (k < head && pos(ctx, k) === "AUX" && (lemma(ctx, k) === "be" || lemma(ctx, k) === "being" || lemma(ctx, k) === "get")) be = true;
      if (k < head && w === "had") had = true;
    }
    // "no longer" right after the group.
    if (lower(ctx, j) === "no" && lower(ctx, j + 1) === "longer") negated = true;
    const word = lower(ctx, head);
    const reducedPassive = !be && main >= 0 && start === main && isParticiple(word) &&
      (pos(ctx, start - 1) === "NOUN" || pos(ctx, start - 1) === "PROPN") && lower(ctx, j) === "by";
    // "is opposed to", "remains committed to": a state of the subject, which acts; not a passive.
    const stative = be && STATIVE_PARTICIPLES.get(word) === lower(ctx, j);
    const passive = main >= 0 && !stative && ((be && isParticiple(word) && !word.endsWith("ing")) || reducedPassive);
    const next = lower(ctx, head + 1);
    const particle = main >= 0 && PARTICLES.has(next) ? next : undefined;
    groups.push({
      start,
      end: j,
      main: head,
      lemma: lemma(ctx, head),
      ...(particle ? { particle } : {}),
      passive,
      negated,
      ...(modal ? { modal } : {}),
      pluperfect: had,
      ...(reducedPassive ? { reduced: true } : {}),
    });
    i = j;
  }
  return groups;
}

/** Index of the verbal token a run of adverbs/negations leads to, or -1. */
function nextVerbal(ctx: SentenceContext, i: number): number {
  for (let k = i + 1; k < Math.min(ctx.to, i + 4); k++) {
    if (isVerbal(ctx, k)) return k;
    if (!(pos(ctx, k) === "ADV" || pos(ctx, k) === "PART" || isNegation(ctx, k)) || lower(ctx, k) === "to") return -1;
  }
  return -1;
}
