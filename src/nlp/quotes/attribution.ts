// Who said a quoted run, from the words around its marks. Three places, in order of trust:
//   after  “...,” said Canseco / “...,” Canseco told the media / “...,” he added
//   before Canseco told reporters: “...” / The ministry said in a statement: “...”
//   a previous sentence ending in a colon: "He wrote on X:" ¶ “...”
import type { Token } from "../../types.js";
import type { Cues } from "./cues.js";
import { cueAt, type CueMatch } from "./cue-match.js";
import { isNamePhrase, phraseAfter, phraseBefore, type Phrase } from "./speaker-phrase.js";
import { QUOTE_MARKS } from "./token-index.js";

export interface Attribution {
  cue: CueMatch;
  speaker?: Phrase;
  /** One past the last token of the attribution (cue or speaker, whichever is later). */
  end: number;
}

const MAX_GAP = 10; // tokens between cue and opening mark ("said in a statement on Friday:")

function isLink(t: Token | undefined): boolean {
  // Words that may stand between a speaker and its cue: "he later said", "she has said", "it also said".
  return t !== undefined && (t.pos === "ADV" || t.pos === "AUX") && !/^(?:not|n['’]t|never)$/i.test(t.text);
}

function isStop(t: Token): boolean {
  return QUOTE_MARKS.has(t.text) || /^[!?;]$/.test(t.text);
}

/** Attribution right after the closing mark, up to the end of the clause. */
export function attributionAfter(text: string, tokens: readonly Token[], start: number, cues: Cues): Attribution | undefined {
  let i = start;
  const first = tokens[start];
  // An attribution never starts in the next paragraph.
  if (first && start > 0 && text.slice(tokens[start - 1]!.end, first.start).includes("\n")) return undefined;
  const dash = first && /^[―—–]$/.test(first.text) ? start : -1;
  while (i < tokens.length && /^[,―—–-]$/.test(tokens[i]!.text)) i++;
  const sentence = tokens[i]?.sentence;
  let limit = i;
  while (limit < tokens.length && limit - i < 30 && tokens[limit]!.sentence === sentence && !isStop(tokens[limit]!)) limit++;

  // “...” ― Ana Ruiz  (a pull quote signed with a dash at the end of its paragraph)
  if (dash >= 0) {
    const name = phraseAfter(tokens, i, limit);
    if (name && isNamePhrase(tokens, name) && (name.to >= limit || /^[.,]$/.test(tokens[name.to]!.text))) {
      return { cue: { from: dash, to: dash + 1, lemma: "dash", speakerAfter: true }, speaker: name, end: name.to };
    }
  }

  // said Canseco / added the minister / according to the embassy
  const lead = cueAt(tokens, i, cues, true, true);
  if (lead) {
    const speaker = phraseAfter(tokens, lead.to, limit) ?? (lead.speakerAfter ? upToPunctuation(tokens, lead.to, limit) : undefined);
    if (speaker) return { cue: lead, speaker, end: Math.max(lead.to, speaker.to) };
  }
  // Canseco said / he added / the official, who asked not to be named, said
  const speaker = phraseAfter(tokens, i, limit, true);
  if (!speaker) return undefined;
  let k = speaker.to;
  if (tokens[k]?.text === "(") {
    // "Rep. Gwen Moore (D-Wis.) said"
    while (k < limit && tokens[k]!.text !== ")") k++;
    k++;
  }
  if (tokens[k]?.text === ",") {
    // skip appositives and relative clauses up to the comma before the cue
    // ("McConnell, R-Ky., said", "Pruitt, the attorney general of Oklahoma, one of the states suing, said")
    for (let j = k + 1; j < limit && j - k <= 30; j++) {
      if (tokens[j]!.text === "," && cueAt(tokens, j + 1 + (isLink(tokens[j + 1]) ? 1 : 0), cues, true)) {
        k = j + 1;
        break;
      }
    }
  }
  for (let n = 0; n < 2 && isLink(tokens[k]); n++) k++;
  const cue = cueAt(tokens, k, cues, true, true);
  if (!cue || cue.speakerAfter) return undefined;
  // "... told reporters: “" introduces the next quote, not this one.
  if (tokens[cue.to]?.text === ":") return undefined;
  // Across a sentence break, only a short closing attribution counts (“...?” Trump asked.).
  if (first && start > 0 && first.sentence !== tokens[start - 1]!.sentence) {
    for (let j = cue.to; j < Math.min(limit, cue.to + 7); j++) if (tokens[j]!.pos === "VERB") return undefined;
    if (limit - cue.to > 6) return undefined;
  }
  return { cue, speaker, end: cue.to };
}

/**
 * Attribution in the clause before the opening mark: the last cue in [min, open) with nothing but
 * a short verbless stretch ("in a statement", "on Friday", ":") between it and the mark.
 */
export function attributionBefore(tokens: readonly Token[], open: number, min: number, cues: Cues): Attribution | undefined {
  for (let c = open - 1; c >= min && open - c <= MAX_GAP + 1; c--) {
    const t = tokens[c]!;
    if (QUOTE_MARKS.has(t.text)) return undefined;
    const cue = cueAt(tokens, c, cues, true);
    if (!cue) {
      if ((t.pos === "VERB" || t.pos === "AUX") && !cues.verbs.has(t.text.toLowerCase())) return undefined;
      continue;
    }
    if (cue.speakerAfter) {
      const speaker = phraseAfter(tokens, cue.to, open);
      return speaker ? { cue, speaker, end: speaker.to } : undefined;
    }
    const speaker = subjectBefore(tokens, c, min) ?? clauseSubject(tokens, c, min);
    if (!speaker) {
      // "Said Ellis: “...”"
      const named = phraseAfter(tokens, cue.to, open);
      if (named && isNamePhrase(tokens, named)) return { cue, speaker: named, end: named.to };
    }
    return { cue, ...(speaker ? { speaker } : {}), end: cue.to };
  }
  return undefined;
}

/** The subject left of a cue at `c`, past "has", "also", and an appositive between commas. */
export function subjectBefore(tokens: readonly Token[], c: number, min: number): Phrase | undefined {
  let k = c;
  for (let n = 0; n < 2 && k - 1 >= min && isLink(tokens[k - 1]); n++) k--;
  // "Priebus later Thursday told", "Spicer said on Friday"
  while (k - 1 > min && isTimeWord(tokens[k - 1]!)) k--;
  for (let n = 0; n < 2 && k - 1 >= min && isLink(tokens[k - 1]); n++) k--;
  if (tokens[k - 1]?.text === ")") {
    // "Rep. Hakeem Jeffries (D-N.Y.) said"
    let j = k - 1;
    while (j > min && tokens[j]!.text !== "(") j--;
    if (tokens[j]?.text === "(") k = j;
  }
  if (tokens[k - 1]?.text === "," && k - 1 > min) {
    // "Canseco, a veteran diplomat, said": the name before the appositive
    let j = k - 2;
    while (j >= min && k - j <= 28 && tokens[j]!.text !== "," && !QUOTE_MARKS.has(tokens[j]!.text)) j--;
    if (j >= min && tokens[j]!.text === ",") {
      const named = phraseBefore(tokens, j, min);
      // "The consul's deputy, Ana Ruiz, said": the name in the appositive beats the description.
      const inner = phraseBefore(tokens, k - 1, j + 1);
      if (named && inner && inner.from === j + 1 && !isNamePhrase(tokens, named) && isNamePhrase(tokens, inner)) return inner;
      if (named) return named;
    }
    return undefined;
  }
  return phraseBefore(tokens, k, min);
}

/**
 * "Trump attacked Clinton over Iraq, saying, “...”", "I laughed and said, “...”": a participle cue after
 * a comma, or a cue joined by "and", takes the subject of the clause it hangs on: the nearest phrase
 * left of it that stands right before a verb.
 */
function clauseSubject(tokens: readonly Token[], c: number, min: number): Phrase | undefined {
  let k = c;
  while (k - 1 > min && isLink(tokens[k - 1])) k--;
  const joint = tokens[k - 1]?.text.toLowerCase();
  const participle = /ing$/i.test(tokens[c]!.text) && joint === ",";
  if (!participle && joint !== "and") return undefined;
  for (let v = c - 2; v > min; v--) {
    const t = tokens[v]!;
    if (QUOTE_MARKS.has(t.text)) return undefined;
    if (t.pos !== "VERB") continue;
    const subject = subjectBefore(tokens, v, min);
    if (subject) return subject;
  }
  return undefined;
}

const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|earlier|later|recently|last|next|this|on)$/i;

function isTimeWord(t: Token): boolean {
  return TIME_WORD.test(t.text);
}

/** "according to staff": what follows a speaker-first phrase up to the punctuation, when tags fail. */
function upToPunctuation(tokens: readonly Token[], from: number, limit: number): Phrase | undefined {
  let to = from;
  while (to < limit && to - from < 6 && tokens[to]!.pos !== "PUNCT") to++;
  return to > from && (to >= limit || tokens[to]!.pos === "PUNCT") ? { from, to } : undefined;
}
