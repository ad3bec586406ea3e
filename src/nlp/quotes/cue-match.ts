// Is there a cue at this token? A cue verb from the lexicon (used as a verb), "told" plus who was
// told ("told reporters"), or a phrase such as "according to".
import type { Token } from "../../types.js";
import type { Cues } from "./cues.js";

export interface CueMatch {
  from: number;
  to: number; // one past the last cue token (listener included)
  lemma: string;
  /** The speaker comes after the cue ("according to X"), not before it. */
  speakerAfter: boolean;
}

// Forms that are cues even when the tagger calls them nouns or adjectives.
const ALWAYS = new Set(["said", "says", "told", "added", "wrote", "tweeted", "asked", "insisted", "noted"]);

/** `lenient`: accept a cue form whatever its tag, where the position already says "attribution". */
export function cueAt(tokens: readonly Token[], i: number, cues: Cues, direct: boolean, lenient = false): CueMatch | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const word = t.text.toLowerCase();
  for (const phrase of cues.speakerAfter) {
    if (phrase[0] === word && phrase.every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) {
      return { from: i, to: i + phrase.length, lemma: phrase.join(" "), speakerAfter: true };
    }
  }
  const form = cues.verbs.get(word)?.find((f) => f.words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w));
  if (!form || (direct && !form.verb.direct)) return undefined;
  const verb = form.verb;
  // "The Times reports:" — a cue form right before a colon is a cue whatever the tagger says.
  if (t.pos !== "VERB" && !lenient && !ALWAYS.has(word) && tokens[i + form.words.length]?.text !== ":") return undefined;
  // "Trump was asked": the speaker is someone else.
  if (/^(?:was|were|is|are|been|be|being|get|got)$/i.test(tokens[i - 1]?.text ?? "") && /ed$|^told$/i.test(word)) return undefined;
  let to = i + form.words.length;
  if (verb.lemma === "tell") to = listenerEnd(tokens, to, cues);
  return { from: i, to, lemma: verb.lemma, speakerAfter: false };
}

/** "told reporters", "told the media", "told CNN": the listener joins the cue. */
function listenerEnd(tokens: readonly Token[], at: number, cues: Cues): number {
  for (const words of cues.objects) {
    if (words.every((w, k) => tokens[at + k]?.text.toLowerCase() === w)) return at + words.length;
  }
  let end = at;
  while (end < at + 4 && tokens[end]?.pos === "PROPN") end++;
  return end;
}
