// Quotation marks to quoted runs. One left-to-right pass over the text, no regular expressions over
// the whole text, so the cost is linear. A run is the content between an opening and its closing mark;
// a run left open at a paragraph end goes on when the next paragraph opens with a quote mark (the
// newspaper convention for a quote over several paragraphs), and is cut at the paragraph end otherwise.
import type { Span } from "../../types.js";

export interface QuotedRun {
  /** Content pieces inside the marks, one per paragraph, trimmed. */
  pieces: Span[];
  /** Offset of the first opening mark. */
  open: number;
  /** Offset just past the last closing mark (or the end of the paragraph when none came). */
  close: number;
  closed: boolean;
}

type Kind = "curly" | "straight" | "guillemet" | "single";

const OPENERS: Record<string, Kind> = { "“": "curly", "„": "curly", "«": "guillemet", '"': "straight", "‘": "single" };

export function findQuotedRuns(text: string): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let kind: Kind | undefined;
  let depth = 0;
  let open = 0;
  let pieceStart = 0;
  let pieces: Span[] = [];

  const finish = (contentEnd: number, closeAt: number, closed: boolean) => {
    pushPiece(text, pieces, pieceStart, contentEnd);
    if (pieces.length) runs.push({ pieces, open, close: closeAt, closed });
    kind = undefined;
    depth = 0;
    pieces = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      const next = paragraphBreak(text, i);
      if (next < 0) continue;
      if (kind) {
        const after = text[next];
        if (after !== undefined && OPENERS[after] === kind) {
          pushPiece(text, pieces, pieceStart, i); // the quote goes on in the next paragraph
          pieceStart = next + 1;
          i = next;
          continue;
        }
        finish(i, i, false);
      }
      i = next - 1;
      continue;
    }
    if (!kind) {
      const opener = OPENERS[c];
      if (opener && opensHere(text, i, opener)) {
        kind = opener;
        depth = 1;
        open = i;
        pieceStart = i + 1;
      }
      continue;
    }
    switch (kind) {
      case "curly":
        if (c === "“") depth++;
        else if (c === "”" || (c === '"' && depth === 1 && !isWordChar(text[i + 1]))) {
          if (--depth === 0 || c === '"') finish(i, i + 1, true);
        }
        break;
      case "guillemet":
        if (c === "«") depth++;
        else if (c === "»" && --depth === 0) finish(i, i + 1, true);
        break;
      case "straight":
        // Mixed marks ("...”) happen in copy-edited text: a curly closer also ends a straight run.
        if (c === '"' || c === "”") finish(i, i + 1, true);
        break;
      case "single":
        // "don’t" keeps the run open: a closing single mark is not followed by a letter.
        if (c === "’" && !isWordChar(text[i + 1])) finish(i, i + 1, true);
        break;
    }
  }
  if (kind) finish(text.length, text.length, false);
  return runs;
}

/** An opening mark stands before a word, after a space, a bracket, a dash or the start of text. */
function opensHere(text: string, i: number, kind: Kind): boolean {
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next)) return false;
  if (kind === "curly" || kind === "guillemet") return true;
  const prev = text[i - 1];
  return prev === undefined || /[\s([{—–:-]/.test(prev);
}

/**
 * If the newline at i starts a new paragraph, the offset of the first non-space character after it
 * (or text.length); else -1. A blank line always breaks; a single newline breaks after end punctuation.
 */
function paragraphBreak(text: string, i: number): number {
  let j = i + 1;
  let blank = false;
  while (j < text.length && /\s/.test(text[j]!)) {
    if (text[j] === "\n") blank = true;
    j++;
  }
  if (blank) return j;
  let k = i - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k--;
  return k < 0 || /[.!?:”"»…]/.test(text[k]!) ? j : -1;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function pushPiece(text: string, pieces: Span[], from: number, to: number): void {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from) pieces.push({ start: from, end: to });
}
