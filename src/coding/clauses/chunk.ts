// Noun phrases from tags: determiners, adjectives, numbers, nouns, names, possessives,
// and "and"-coordination ("Hungarian and Romanian officials", "Ecuador and Mexico").
import type { Phrase } from "./types.js";
import { type SentenceContext, isVerbal, lemma, lower, pos } from "./context.js";
import { POSSESSIVES, PRONOUNS } from "./words.js";

const QUOTES = new Set(["\"", "“", "”", "'", "‘", "’", "«", "»"]);
const DEMONYM_LIKE = /(an|ian|ean|ese|ish|ic|i)$/i;

function isNominalWord(ctx: SentenceContext, i: number): boolean {
  const p = pos(ctx, i);
  if (p === "NOUN" || p === "PROPN" || p === "ADJ" || p === "NUM" || p === "DET") return true;
  if (p === "PRON") return POSSESSIVES.has(lower(ctx, i));
  if (p === "PART") return lower(ctx, i) === "'s" || lower(ctx, i) === "’s";
  const text = ctx.tokens[i]?.text ?? "";
  if (text === "-") return isNominalWord(ctx, i - 1) && isNominalWord(ctx, i + 1);
  // "persona non grata"
  if (lower(ctx, i) === "non") return pos(ctx, i + 1) === "NOUN" || pos(ctx, i + 1) === "ADJ";
  return false;
}

function isHead(ctx: SentenceContext, i: number): boolean {
  const p = pos(ctx, i);
  return p === "NOUN" || p === "PROPN" || p === "NUM" || (p === "PRON" && !POSSESSIVES.has(lower(ctx, i)));
}

/** A lone pronoun is a whole phrase ("he", "they", "it"). */
function isStandalonePronoun(ctx: SentenceContext, i: number): boolean {
  return pos(ctx, i) === "PRON" && PRONOUNS.has(lower(ctx, i)) && !POSSESSIVES.has(lower(ctx, i));
}

/** The noun phrase that starts at i, if any, ending before `limit`. */
export function phraseAt(ctx: SentenceContext, i: number, limit = ctx.to): Phrase | undefined {
  if (i >= limit) return undefined;
  if (isStandalonePronoun(ctx, i)) return { start: i, end: i + 1, head: i };
  let j = i;
  let head = -1;
  while (j < limit) {
    if (isNominalWord(ctx, j)) {
      // A determiner after a head starts a new phrase ("calling it an act").
      if (pos(ctx, j) === "DET" && head >= 0) break;
      // So does a possessive after a head ("said on Tuesday their forces had ...").
      if (head >= 0 && pos(ctx, j) === "PRON" && POSSESSIVES.has(lower(ctx, j))) break;
      // A name run then a lower-case adjective: two objects ("granted Glas political asylum").
      if (head >= 0 && pos(ctx, j - 1) === "PROPN" && pos(ctx, j) === "ADJ" && !DEMONYM_LIKE.test(ctx.tokens[j - 1]!.text) &&
        /^[a-z]/.test(ctx.tokens[j]!.text)) break;
      // "declared the envoy persona non grata": the status is a second phrase.
      if (head >= 0 && lower(ctx, j) === "persona" && lower(ctx, j + 1) === "non") break;
      if (isHead(ctx, j)) head = j;
      j++;
      continue;
    }
    const w = lower(ctx, j);
    // "artillery, mortar, and rocket fire", "Iran, Libya and Sudan": a comma list closed by and/or.
    const listEnd = w === "," && j > i ? commaListEnd(ctx, j, limit) : j;
    if (listEnd > j) {
      for (let k = j + 1; k < listEnd; k++) if (isHead(ctx, k)) head = k;
      j = listEnd;
      continue;
    }
    if ((w === "and" || w === "or" || w === ",") && j > i) {
      const after = coordinatedEnd(ctx, j + 1, limit);
      if (after > j + 1 && !isVerbal(ctx, after) && !(w === "," && lower(ctx, after) !== "and")) {
        for (let k = j + 1; k < after; k++) if (isHead(ctx, k)) head = k;
        j = after;
        continue;
      }
    }
    break;
  }
  if (head < 0) return undefined;
  // Trailing determiners/adjectives belong to nothing.
  let end = j;
  while (end > head + 1 && !isHead(ctx, end - 1)) end--;
  return { start: i, end, head };
}

/** End of ", B, C and D" starting at the comma at j, or j when the commas do not close with and/or. */
function commaListEnd(ctx: SentenceContext, j: number, limit: number): number {
  let k = j;
  while (k < limit && lower(ctx, k) === ",") {
    let next = k + 1;
    const w = lower(ctx, next);
    if (w === "and" || w === "or") {
      const end = coordinatedEnd(ctx, next, limit);
      return end > next + 1 && !isVerbal(ctx, end) ? end : j;
    }
    const end = coordinatedEnd(ctx, next, limit);
    if (end === next || end - next > 4) return j;
    next = end;
    const after = lower(ctx, next);
    if (after === "and" || after === "or") {
      const last = coordinatedEnd(ctx, next, limit);
      return last > next + 1 && !isVerbal(ctx, last) ? last : j;
    }
    k = next;
  }
  return j;
}

/** End of a nominal run starting at i (no coordination), or i when there is none. */
function coordinatedEnd(ctx: SentenceContext, i: number, limit: number): number {
  let j = i;
  if (lower(ctx, j) === "and" || lower(ctx, j) === "or") j++;
  while (j < limit && isNominalWord(ctx, j)) j++;
  return j;
}

/** The noun phrase that ends at token j (inclusive), scanning back no further than `floor`. */
export function phraseEndingAt(ctx: SentenceContext, j: number, floor = ctx.from): Phrase | undefined {
  if (j < floor) return undefined;
  if (isStandalonePronoun(ctx, j)) return { start: j, end: j + 1, head: j };
  if (!isHead(ctx, j)) return undefined;
  let i = j;
  while (i - 1 >= floor) {
    if (isNominalWord(ctx, i - 1) && !isStandalonePronoun(ctx, i - 1)) {
      // A possessive opens its phrase: nothing before it belongs ("on Tuesday their forces").
      if (i - 1 < j && pos(ctx, i) === "PRON" && POSSESSIVES.has(lower(ctx, i))) break;
      // "alleged that President Noboa came": "that" is the complementiser, not a determiner.
      if (lower(ctx, i - 1) === "that" && isVerbal(ctx, i - 2)) break;
      i--;
      continue;
    }
    const w = lower(ctx, i - 1);
    // Not "met Uganda and Rwanda ..." (the verb's object), but "said Uganda and Rwanda must ...".
    if ((w === "and" || w === "or") && i - 2 >= floor && isNominalWord(ctx, i - 2) && (!isVerbal(ctx, i - 3) || SAYING.has(lemma(ctx, precedingVerb(ctx, i - 2))))) {
      i -= 2;
      continue;
    }
    break;
  }
  return { start: i, end: j + 1, head: j };
}

/** Verbs of saying whose next noun phrase opens a reported clause, never their object. */
const SAYING = new Set(["say", "insist", "argue", "believe", "think", "declare", "announce", "add", "claim", "stress", "conclude", "state", "suggest", "reiterate"]);

/** The verb right before the nominal run that ends at i (its first word's left neighbour). */
function precedingVerb(ctx: SentenceContext, i: number): number {
  let j = i;
  while (j - 1 >= ctx.from && isNominalWord(ctx, j - 1) && !isStandalonePronoun(ctx, j - 1)) j--;
  return j - 1;
}

/** Skips quotation marks (objects in quotes: declared the ambassador "persona non grata"). */
export function skipQuotes(ctx: SentenceContext, i: number, limit = ctx.to): number {
  while (i < limit && QUOTES.has(ctx.tokens[i]!.text)) i++;
  return i;
}
