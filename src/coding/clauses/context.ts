// One sentence's tokens with their repaired tags: what the clause finder walks over.
import type { Pos, Token } from "../../types.js";
import type { Tagged } from "./retag.js";

export interface SentenceContext {
  tokens: readonly Token[];
  tags: readonly Tagged[];
  /** Lower-cased token texts of the whole document (see lowerTexts). */
  low: readonly string[];
  /** First token of the sentence and one past the last (absolute indexes). */
  from: number;
  to: number;
}

// The clause finder and the matcher ask for lower-case words many times per token:
// lower-case each document once and share the array.
const lowered = new WeakMap<readonly Token[], string[]>();

/** Lower-cased texts of all tokens, computed once per token array. */
export function lowerTexts(tokens: readonly Token[]): readonly string[] {
  let low = lowered.get(tokens);
  if (!low || low.length !== tokens.length) {
    low = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) low[i] = tokens[i]!.text.toLowerCase();
    lowered.set(tokens, low);
  }
  return low;
}

export function pos(ctx: SentenceContext, i: number): Pos | undefined {
  return i >= ctx.from && i < ctx.to ? ctx.tags[i - ctx.from]!.pos : undefined;
}

export function lemma(ctx: SentenceContext, i: number): string {
  return i >= ctx.from && i < ctx.to ? ctx.tags[i - ctx.from]!.lemma : "";
}

export function lower(ctx: SentenceContext, i: number): string {
  return i >= ctx.from && i < ctx.to ? ctx.low[i]! : "";
}

export function isVerbal(ctx: SentenceContext, i: number): boolean {
  const p = pos(ctx, i);
  return p === "VERB" || p === "AUX";
}
