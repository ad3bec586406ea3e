// Which gold attributions are direct quotes. PolNeAR marks every attribution (reported speech
// included), so we call one direct when its Content is enclosed in quotation marks:
//   - it opens with an opening mark (“ " « ‘ „), or the nearest non-space character before it is one; and
//   - it closes with a closing mark (” " » ’), possibly followed inside the span by . , ! ? ; :,
//     or the nearest character after it, past such punctuation and spaces, is one.
// "that voter fraud is “a big problem”" opens with a word, so it is a partial quote, not direct.
import type { Span } from "../types.js";

const OPEN = new Set(["“", '"', "«", "‘", "„"]);
const CLOSE = new Set(["”", '"', "»", "’"]);

export function isDirectContent(text: string, content: readonly Span[]): boolean {
  let start = content[0]!.start;
  let end = content[content.length - 1]!.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return false;
  let before = start - 1;
  while (before >= 0 && /[ \t]/.test(text[before]!)) before--;
  const opens = OPEN.has(text[start]!) || (before >= 0 && OPEN.has(text[before]!));
  if (!opens) return false;
  let last = end - 1;
  while (last > start && /[.,!?;:\s]/.test(text[last]!)) last--;
  if (CLOSE.has(text[last]!) && last > start) return true;
  let after = end;
  while (after < text.length && /[.,!?;: \t]/.test(text[after]!)) after++;
  return CLOSE.has(text[after] ?? "");
}
