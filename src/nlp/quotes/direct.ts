// Direct quotes: quoted runs that stand as utterances (they open a sentence, follow a colon or an
// attribution), with their attribution, joined across an interrupting attribution, and taking the
// previous speaker when they simply go on after an attributed quote.
import type { AnnotatedDocument, Quote, Span } from "../../types.js";
import type { Cues } from "./cues.js";
import { findQuotedRuns, type QuotedRun } from "./marks.js";
import { attributionAfter, attributionBefore, type Attribution } from "./attribution.js";
import { tokenFrom, tokenUntil } from "./token-index.js";
import { looksLikePerson, type Resolver } from "./resolve.js";
import { sentencesOf } from "./sentences-of.js";

interface Candidate {
  run: QuotedRun;
  pieces: Span[];
  attribution?: Attribution;
  /** The attribution follows the run (so a run right after it may be the rest of the quote). */
  attributedAfter: boolean;
  /** Character offset where the quote and its attribution end. */
  reach: number;
}

export function findDirectQuotes(doc: AnnotatedDocument, cues: Cues, resolver: Resolver): Quote[] {
  const { text, tokens } = doc;
  const candidates: Candidate[] = [];
  for (const run of findQuotedRuns(text)) {
    const openTok = tokenFrom(tokens, run.open);
    const sentence = doc.sentences[tokens[openTok]?.sentence ?? -1];
    if (!sentence) continue;
    const pre = text.slice(sentence.start, run.open).trim();
    let before: Attribution | undefined;
    if (pre === "" && tokens[openTok - 1]?.text === ":") {
      // "He wrote on X:" closing the previous sentence or paragraph
      const colon = tokens[openTok - 1]!;
      before = attributionBefore(tokens, openTok, doc.sentences[colon.sentence]!.tokenStart, cues);
    } else if (pre !== "") {
      before = attributionBefore(tokens, openTok, sentence.tokenStart, cues);
      // A quote right after "said:", "said,", or a cue ("Trump declared “I think...”") stands on its own;
      // anything else is a partial quote inside reported speech.
      const afterCue = before !== undefined && before.cue.to === openTok;
      if (!afterCue && !/[:,—–]$/.test(pre)) continue;
      if (!before && !pre.endsWith(":")) continue;
    }
    const after = run.closed ? attributionAfter(text, tokens, tokenFrom(tokens, run.close), cues) : undefined;
    const last = run.pieces[run.pieces.length - 1]!;
    const utterance = /[.,!?;:…—–-]$/.test(text.slice(last.start, last.end));
    if (!utterance && !after && !before && !pre.endsWith(":")) continue; // a title or a scare quote
    const attribution = before && (pre.endsWith(":") || !after) ? before : after ?? before;
    const reach = Math.max(run.close, attribution ? tokens[attribution.end - 1]!.end : 0);
    candidates.push({ run, pieces: [...run.pieces], ...(attribution ? { attribution } : {}), attributedAfter: !!attribution && attribution === after, reach });
  }

  const quotes: Quote[] = [];
  let previous: { quote: Quote; reach: number; sentence: number } | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    // “We will not,” she said, “give up.”: the second run belongs to the first.
    for (let next = candidates[k + 1]; next && c.attribution && interrupts(text, c, next); next = candidates[k + 1]) {
      c.pieces.push(...next.pieces);
      c.reach = next.reach;
      c.attributedAfter = false; // “A,” she said, “B,” — one interruption per quote
      k++;
    }
    const quote = toQuote(doc, c, resolver, previous);
    quotes.push(quote);
    previous = { quote, reach: c.reach, sentence: doc.tokens[tokenUntil(doc.tokens, c.reach) - 1]?.sentence ?? 0 };
  }
  return quotes;
}

function interrupts(text: string, c: Candidate, next: Candidate): boolean {
  if (!c.attributedAfter || next.run.open < c.reach) return false;
  const gap = text.slice(c.reach, next.run.open);
  // “A,” she said, “B.” — and, in the same paragraph, “A,” she said. “B.” when B has no speaker of its own.
  return /^\s*[,:]\s*$/.test(gap) || (!next.attribution && /^[ \t]*\.[ \t]*$/.test(gap));
}

function toQuote(doc: AnnotatedDocument, c: Candidate, resolver: Resolver, previous: { quote: Quote; reach: number; sentence: number } | undefined): Quote {
  const { text, tokens } = doc;
  const start = c.pieces[0]!.start;
  const end = c.pieces[c.pieces.length - 1]!.end;
  const content = c.pieces.map((p) => text.slice(p.start, p.end)).join(" ");
  const a = c.attribution;
  let speaker: Quote["speaker"] = { name: "" };
  let cue = "";
  let cueSpan: Span | undefined;
  if (a) {
    cueSpan = { start: tokens[a.cue.from]!.start, end: tokens[a.cue.to - 1]!.end };
    cue = text.slice(cueSpan.start, cueSpan.end);
  }
  if (a?.speaker) {
    speaker = resolver.resolve(a.speaker);
    if (speaker.name !== speaker.span?.text || !/^(?:he|she|i|they|it|we|you)$/i.test(speaker.name)) {
      resolver.remember(speaker, speaker.span?.start ?? start, looksLikePerson(tokens, a.speaker));
    }
  } else if (previous && continues(doc, previous, c.run.open)) {
    // Goes on right after an attributed quote: the same speaker and cue.
    speaker = previous.quote.speaker;
    cue = previous.quote.cue;
    cueSpan = previous.quote.cueSpan;
  }
  return {
    start,
    end,
    text: content,
    direct: true,
    cue,
    ...(cueSpan ? { cueSpan } : {}),
    speaker,
    sentences: sentencesOf(doc.sentences, start, end),
  };
}

/**
 * A quote goes on from the previous one when nothing but punctuation lies between them, when it is in
 * the same paragraph, or when it opens the sentence right after the one where the previous quote and
 * its attribution end
 * (“...,” said Caddell, speaking of the polls. “It is one of the things...”).
 */
function continues(doc: AnnotatedDocument, previous: { reach: number; sentence: number }, open: number): boolean {
  const between = doc.text.slice(previous.reach, open);
  if (/^[\s.,;:]*$/.test(between)) return true;
  // Same paragraph: a quote later in the paragraph of an attributed quote is the same voice.
  if (!between.includes("\n")) return true;
  const sentence = doc.tokens[tokenFrom(doc.tokens, open)]?.sentence ?? -1;
  return sentence === previous.sentence + 1 && doc.sentences[sentence]!.start === open;
}
