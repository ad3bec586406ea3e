// The words that name a speaker next to a cue: a name ("Consul General Ana López"), a description
// ("a senior official", "the Indiana governor") or a pronoun. Found from part-of-speech tags alone,
// because the entity recogniser may not have run; entities are attached afterwards by span overlap.
import type { Token } from "../../types.js";

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);
const MAX_WORDS = 12;

export interface Phrase {
  from: number; // first token
  to: number; // one past the last token
}

function isNpToken(t: Token): boolean {
  // Names the tagger reads as words ("Lynch said", "Earnest"): a capitalised content word is a name part.
  if (/^\p{Lu}[\p{Ll}\p{Lu}.'’-]*$/u.test(t.text) && /^(?:VERB|NOUN|ADJ|X|ADV)$/.test(t.pos) && !/^(?:Also|Then|Later|Still|Now|But)$/.test(t.text)) return true;
  if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "NUM") return true;
  if (t.pos === "DET") return /^(?:the|a|an|this|that|another|one|two|three|some|several|many|both|an?)$/i.test(t.text);
  if (t.pos === "PRON") return /^(?:his|her|their|its|our)$/i.test(t.text); // "his campaign manager"
  if (t.pos === "PART") return /^['’]s?$/.test(t.text); // possessive
  if (t.pos === "PUNCT") return t.text === "-";
  return false;
}

/** The phrase that ends just before token `end` (exclusive), not reaching before `min`. */
export function phraseBefore(tokens: readonly Token[], end: number, min: number): Phrase | undefined {
  const last = tokens[end - 1];
  if (!last || end - 1 < min) return undefined;
  if (last.pos === "PRON" && PRONOUNS.has(last.text.toLowerCase())) return { from: end - 1, to: end };
  if (/^(?:his|her|their|its|our)$/i.test(last.text)) return undefined;
  let from = end;
  while (from - 1 >= min && end - from < MAX_WORDS) {
    const t = tokens[from - 1]!;
    if (isNpToken(t)) {
      from--;
      continue;
    }
    // "Secretary of State John Kerry", "the minister of foreign affairs"
    if (t.text === "of" && from - 2 >= min && /^(?:NOUN|PROPN)$/.test(tokens[from - 2]!.pos) && from < end) {
      from--;
      continue;
    }
    break;
  }
  // A phrase opens on its determiner or name, not on a stray adjective-like word left of it.
  while (from < end && tokens[from]!.pos === "PART") from++;
  return trimPhrase(tokens, from, end);
}

/**
 * The phrase that starts at token `start`, not reaching `max` (exclusive). With `linked`, short
 * prepositions may join it ("a narrator in the Clinton ad"), for use where a cue must follow.
 */
export function phraseAfter(tokens: readonly Token[], start: number, max: number, linked = false): Phrase | undefined {
  const first = tokens[start];
  if (!first || start >= max) return undefined;
  if (first.pos === "PRON" && PRONOUNS.has(first.text.toLowerCase()) && !/^her$/i.test(first.text)) return { from: start, to: start + 1 };
  let to = start;
  while (to < max && to - start < MAX_WORDS) {
    const t = tokens[to]!;
    if (isNpToken(t)) {
      to++;
      continue;
    }
    const link = t.text === "of" || (linked && /^(?:in|at|for|from|with)$/.test(t.text));
    if (link && to > start && to + 1 < max && /^(?:NOUN|PROPN|DET|ADJ)$/.test(tokens[to + 1]!.pos)) {
      to++;
      continue;
    }
    break;
  }
  return trimPhrase(tokens, start, to);
}

function trimPhrase(tokens: readonly Token[], from: number, to: number): Phrase | undefined {
  while (to > from && /^(?:PART|PUNCT|DET)$/.test(tokens[to - 1]!.pos)) to--;
  while (to > from && tokens[to - 1]!.pos === "NUM") to--;
  if (to <= from) return undefined;
  const hasHead = tokens.slice(from, to).some((t) => t.pos === "PROPN" || t.pos === "NOUN");
  return hasHead ? { from, to } : undefined;
}

export function isPronounPhrase(tokens: readonly Token[], phrase: Phrase): boolean {
  return phrase.to - phrase.from === 1 && PRONOUNS.has(tokens[phrase.from]!.text.toLowerCase());
}

export function isNamePhrase(tokens: readonly Token[], phrase: Phrase): boolean {
  return tokens.slice(phrase.from, phrase.to).some((t) => t.pos === "PROPN");
}
