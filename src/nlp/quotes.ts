// Direct and indirect quotes with their speakers. See ./quotes/ for the parts: quotation marks to runs
// (marks.ts), cue words (cues.ts, data/nlp/cues.json), attribution around the marks (attribution.ts),
// speaker phrases and their entities (speaker-phrase.ts, resolve.ts), reported speech (indirect.ts).
// A direct quote with no attribution nearby is kept with an empty speaker name, so that its text is
// not lost; consumers that need a speaker should skip `speaker.name === ""`.
import type { Knowledge } from "../actors/knowledge/types.js";
import type { AnnotatedDocument, Quote } from "../types.js";
import { defaultCues, type Cues } from "./quotes/cues.js";
import { findDirectQuotes } from "./quotes/direct.js";
import { findIndirectQuotes } from "./quotes/indirect.js";
import { speakerResolver } from "./quotes/resolve.js";
import { sentencesOf } from "./quotes/sentences-of.js";

export function findQuotes(doc: AnnotatedDocument, _kb: Knowledge, cues: Cues = defaultCues()): Quote[] {
  const resolver = speakerResolver(doc);
  const direct = findDirectQuotes(doc, cues, resolver);
  const covered = new Set<number>();
  for (const q of direct) {
    for (const s of sentencesOf(doc.sentences, Math.min(q.start, q.cueSpan?.start ?? q.start), Math.max(q.end, q.cueSpan?.end ?? q.end))) covered.add(s);
  }
  const indirect = findIndirectQuotes(doc, cues, resolver, covered);
  return [...direct, ...indirect].sort((a, b) => a.start - b.start);
}
