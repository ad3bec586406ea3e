// Repairs the tagger's commonest slips in news text before clauses are found:
// "AMLO alleged/ADJ that", "who militarized/ADJ the", headline "and arrest/NOUN former ...",
// prepositions tagged as verbs ("following", "according").
import type { Pos, Token } from "../../types.js";
import { NOUN_COMPOUNDS, PREPOSITION_VERBS, VERB_FORMS } from "./words.js";
import { lowerTexts } from "./context.js";

export interface Tagged {
  pos: Pos;
  lemma: string;
}

const NOMINAL: ReadonlySet<Pos> = new Set(["NOUN", "PROPN", "PRON"]);

const POSSESSIVE_MARKS = new Set(["'s", "’s", "its", "their", "his", "her", "our"]);

/** Tokens i, i+1 ("-") and i+2 written without spaces between them. */
function glued(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.end === tokens[i + 1]!.start && tokens[i + 1]!.end === tokens[i + 2]!.start;
}

/** Effective tags and lemmas for tokens[from, to). `isVerb` says whether a lemma is a known verb trigger. */
export function retag(tokens: readonly Token[], from: number, to: number, isVerb: (lemma: string) => boolean, headline = false,
  lows: readonly string[] = lowerTexts(tokens)): Tagged[] {
  const out: Tagged[] = [];
  for (let i = from; i < to; i++) out.push({ pos: tokens[i]!.pos, lemma: tokens[i]!.lemma });
  const at = (i: number): Tagged | undefined => (i >= from && i < to ? out[i - from] : undefined);
  let hasVerb = false;
  for (let i = from; i < to; i++) {
    const tag = out[i - from]!;
    const low = lows[i]!;
    const prev = at(i - 1);
    const next = at(i + 1);
    if (tag.pos === "VERB" && PREPOSITION_VERBS.has(low)) {
      tag.pos = "ADP";
      continue;
    }
    // "staged a sit-in", "announced a pull-out": a hyphenated word after a determiner is one noun.
    if (prev && (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM") && lows[i + 1] === "-" && i + 2 < to && glued(tokens, i)) {
      tag.pos = "NOUN";
      tag.lemma = low;
      const last = out[i + 2 - from]!;
      last.pos = "NOUN";
      last.lemma = lows[i + 2]!;
      i += 2;
      continue;
    }
    // "Cairo's security chief has warned": an adjective-tagged word closing a noun phrase right
    // before the verb group is that phrase's head noun.
    if (tag.pos === "ADJ" && prev && next && (prev.pos === "NOUN" || prev.pos === "PROPN" || POSSESSIVE_MARKS.has(lows[i - 1]!)) &&
      (next.pos === "AUX" || next.pos === "VERB") && /^[a-z]+$/.test(low) && !low.endsWith("ly")) {
      tag.pos = "NOUN";
      tag.lemma = low;
      continue;
    }
    // "Algeria's leading rights activist", "the ruling party": an -ing word between a determiner and a noun modifies it.
    if (tag.pos === "VERB" && low.endsWith("ing") && prev && next && (prev.pos === "DET" || POSSESSIVE_MARKS.has(lows[i - 1]!)) &&
      (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN")) {
      tag.pos = "ADJ";
      continue;
    }
    // "fired tear gas": the first word of a compound noun is no verb.
    if (tag.pos === "VERB" && next && NOUN_COMPOUNDS.get(low) === lows[i + 1]) {
      tag.pos = "NOUN";
      tag.lemma = low;
      continue;
    }
    const form = VERB_FORMS.get(low);
    if (form !== undefined && next) {
      if (tag.pos === "VERB") tag.lemma = form;
      else if (tag.pos === "NOUN" || tag.pos === "ADJ" || tag.pos === "PROPN") {
        // "Gunmen abducted three workers": after a subject, before an object.
        const before = prev && prev.pos === "ADV" ? at(i - 2) : prev;
        const objectAfter = next.pos === "DET" || next.pos === "NUM" || next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "PRON" || next.pos === "ADJ";
        if (before && NOMINAL.has(before.pos) && objectAfter) {
          tag.pos = "VERB";
          tag.lemma = form;
        }
      }
    }
    // "-ed" adjective acting as a finite verb: after a subject, before an object or "that".
    if ((tag.pos === "ADJ" || tag.pos === "NOUN") && endsInEd(low) && next) {
      const before = prev && prev.pos === "ADV" ? at(i - 2) : prev;
      const subjectBefore = before && (NOMINAL.has(before.pos) || isRelative(tokens[i - (prev?.pos === "ADV" ? 2 : 1)]!.lemma));
      const afterBe = prev && prev.pos === "AUX";
      const objectAfter = next.pos === "DET" || next.pos === "PROPN" || next.pos === "PRON" || next.pos === "SCONJ" ||
        tokens[i + 1]!.lemma === "that" || (afterBe && tokens[i + 1]!.lemma === "by");
      if ((subjectBefore || afterBe) && objectAfter) {
        tag.pos = "VERB";
        tag.lemma = verbLemma(low, isVerb);
      }
    }
    // A known verb tagged as noun right after "and"/"," and before an object: "storm X and arrest Y".
    if (tag.pos === "NOUN" && prev && next && (prev.pos === "CCONJ" || tokens[i - 1]!.text === ",") && hasVerb) {
      const objectAfter = next.pos === "DET" || next.pos === "PROPN" || next.pos === "ADJ" || next.pos === "PRON" || (headline && next.pos === "NOUN");
      if (objectAfter && isVerb(tag.lemma)) tag.pos = "VERB";
    }
    // Headlines: "Police storm embassy" where the tagger made "storm" a noun.
    if (headline && !hasVerb && tag.pos === "NOUN" && prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && next &&
      (next.pos === "DET" || next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ") && isVerb(tag.lemma)) {
      tag.pos = "VERB";
    }
    // "This comment prompted": a verb right before a finite verb after a determiner is a noun.
    if (tag.pos === "VERB" && next?.pos === "VERB" && prev && (prev.pos === "DET" || (tokens[i - 1]!.lemma === "this" || tokens[i - 1]!.lemma === "that"))) {
      tag.pos = "NOUN";
    }
    // "opposed to French mediation": a capitalised word inside a sentence (not a headline) before a noun is a
    // name or demonym, not a verb.
    if (tag.pos === "VERB" && !headline && i > from && next && ATTRIBUTE_HEADS.has(next.pos) && /^[A-Z][a-z]/.test(tokens[i]!.text)) {
      tag.pos = "ADJ";
      continue;
    }
    // "the occupied West Bank", "its long-threatened invasion", "the Syrian-backed militia": a past
    // participle between a determiner (or a hyphened prefix) and its noun describes the noun; it tells no act.
    if (tag.pos === "VERB" && next && ATTRIBUTE_HEADS.has(next.pos) && isPastParticiple(low) && prev && attributiveLead(tokens, i, prev, lows)) {
      tag.pos = "ADJ";
    }
    if (tag.pos === "VERB" || tag.pos === "AUX") hasVerb = true;
  }
  return out;
}

const ATTRIBUTE_HEADS: ReadonlySet<Pos> = new Set(["NOUN", "PROPN", "ADJ"]);
/** Determiners that can open a clause too ("that attacked ...") are no sign of an adjective. */
const CLAUSAL_DETERMINERS = new Set(["that", "this", "which", "what", "whose"]);
const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your"]);

function isPastParticiple(w: string): boolean {
  return endsInEd(w) || IRREGULAR_PAST.has(w);
}
const IRREGULAR_PAST = new Set(["held", "taken", "torn", "shot", "beaten", "stolen", "broken", "hit", "led", "run", "known", "seen", "built"]);

function attributiveLead(tokens: readonly Token[], i: number, prev: Tagged, lows: readonly string[]): boolean {
  const before = lows[i - 1]!;
  if (prev.pos === "DET") return !CLAUSAL_DETERMINERS.has(before);
  if (prev.pos === "PRON") return POSSESSIVES.has(before);
  // "rebel-held", "long-threatened": a hyphen joined to the word on both sides.
  return before === "-" && tokens[i - 1]!.end === tokens[i]!.start && i >= 2 && tokens[i - 2]!.end === tokens[i - 1]!.start;
}

function endsInEd(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 100 || w.charCodeAt(n - 2) !== 101) return false;
  const c = w.charCodeAt(n - 3);
  return c >= 97 && c <= 122;
}

function isRelative(l: string): boolean {
  return l === "who" || l === "which" || l === "that";
}

/** Lemma for an "-ed" form: the candidate the lexicon knows, else the regular guess. */
function verbLemma(word: string, isVerb: (lemma: string) => boolean): string {
  if (word.endsWith("ied")) return word.slice(0, -3) + "y";
  const stem = word.slice(0, -2);
  const candidates = [stem + "e", stem, stem.slice(0, -1)];
  for (const c of candidates) if (isVerb(c)) return c;
  if (/(.)\1$/.test(stem) && !/(ss|ll)$/.test(stem)) return stem.slice(0, -1);
  return /(iz|is|at|ut|ur|us|iv|ov|rg|dg|nc|rc|ac|uc|bl|pl|tl|dl|gl|ud|id|od|ad|eg|ag|ar)$/.test(stem) ? stem + "e" : stem;
}
