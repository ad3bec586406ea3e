// Indexes of the sentences a character range touches (binary search to the first, then walk).
import type { Sentence } from "../../types.js";

export function sentencesOf(sentences: readonly Sentence[], start: number, end: number): number[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sentences.length && sentences[i]!.start < end; i++) out.push(sentences[i]!.index);
  return out;
}
