// Offsets to token positions, by binary search over the (sorted) token starts.
import type { Token } from "../../types.js";

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index one past the last token that ends at or before `offset`. */
export function tokenUntil(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const QUOTE_MARKS = new Set(["“", "”", '"', "«", "»", "„", "‘", "’", "''", "``"]);
