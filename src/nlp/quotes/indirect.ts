// Reported speech without quotation marks, one sentence at a time:
//   X said (that) <clause>     X told reporters (that) <clause>
//   according to X, <clause>   <clause>, according to X.
//   <clause>, X said.          <clause>, said X.
// The content is the clause; sentences that hold a direct quote are left to the direct finder.
import type { AnnotatedDocument, Quote, Sentence, Span, Token } from "../../types.js";
import type { Cues } from "./cues.js";
import { cueAt, type CueMatch } from "./cue-match.js";
import { attributionAfter, subjectBefore } from "./attribution.js";
import { phraseAfter, type Phrase } from "./speaker-phrase.js";
import type { Resolver } from "./resolve.js";

interface Found {
  cue: CueMatch;
  speaker: Phrase;
  content: Span; // token range
}

export function findIndirectQuotes(doc: AnnotatedDocument, cues: Cues, resolver: Resolver, skip: ReadonlySet<number>): Quote[] {
  const quotes: Quote[] = [];
  for (const sentence of doc.sentences) {
    if (skip.has(sentence.index) || sentence.headline) continue;
    const found = inSentence(doc.text, doc.tokens, sentence, cues);
    if (!found) continue;
    const { tokens, text } = doc;
    const start = tokens[found.content.start]!.start;
    const end = tokens[found.content.end - 1]!.end;
    const cueSpan = { start: tokens[found.cue.from]!.start, end: tokens[found.cue.to - 1]!.end };
    quotes.push({
      start,
      end,
      text: text.slice(start, end),
      direct: false,
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      speaker: resolver.resolve(found.speaker),
      sentences: [sentence.index],
    });
  }
  return quotes;
}

function inSentence(text: string, tokens: readonly Token[], s: Sentence, cues: Cues): Found | undefined {
  const from = s.tokenStart;
  let to = s.tokenEnd;
  while (to > from && /^[.!?]$/.test(tokens[to - 1]!.text)) to--;

  // according to X, <clause>
  const lead = cueAt(tokens, from, cues, false);
  if (lead?.speakerAfter) {
    const speaker = phraseAfter(tokens, lead.to, to);
    if (speaker && tokens[speaker.to]?.text === "," && isClause(tokens, speaker.to + 1, to)) {
      return { cue: lead, speaker, content: { start: speaker.to + 1, end: to } };
    }
  }
  // <clause>, X said. / <clause>, said X. / <clause>, according to X.
  for (let c = to - 1; c > from && to - c <= 14; c--) {
    if (tokens[c]!.text !== ",") continue;
    const after = attributionAfter(text, tokens, c, cues);
    if (after?.speaker && after.end >= to - 3 && isClause(tokens, from, c)) {
      return { cue: after.cue, speaker: after.speaker, content: { start: from, end: c } };
    }
    break;
  }
  // X said (that) <clause>
  for (let i = from + 1; i < to; i++) {
    const cue = cueAt(tokens, i, cues, false);
    if (!cue || cue.speakerAfter) continue;
    const speaker = subjectBefore(tokens, i, from);
    if (!speaker) continue;
    let k = cue.to;
    if (/^(?:him|her|them|us|me)$/i.test(tokens[k]?.text ?? "")) k++;
    // "said on Friday that", "told a news conference in Quito that"
    let that = -1;
    for (let j = k; j < Math.min(to, k + 8); j++) {
      if (tokens[j]!.text.toLowerCase() === "that") {
        that = j;
        break;
      }
      if (tokens[j]!.pos === "VERB" || tokens[j]!.text === ",") break;
    }
    const start = that >= 0 ? that + 1 : k;
    if (that < 0 && !/^(?:DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(tokens[k]?.pos ?? "")) continue;
    if (!isClause(tokens, start, to)) continue;
    return { cue, speaker, content: { start, end: to } };
  }
  return undefined;
}

/** At least three words with a verb among them. */
function isClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let i = from; i < to; i++) if (tokens[i]!.pos === "VERB" || tokens[i]!.pos === "AUX") return true;
  return false;
}
