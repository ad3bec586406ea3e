// One sentence's tokens with their repaired tags: what the clause finder walks over.
import type { Pos, Token } from "../../types.js";
import type { Tagged } from "./retag.js";

export interface SentenceContext {
  tokens: readonly Token[];
  tags: readonly Tagged[];
  /** First token of the sentence and one past the last (absolute indexes). */
  from: number;
  to: number;
}

export function pos(ctx: SentenceContext, i: number): Pos | undefined {
  return i >= ctx.from && i < ctx.to ? ctx.tags[i - ctx.from]!.pos : undefined;
}

export function lemma(ctx: SentenceContext, i: number): string {
  return i >= ctx.from && i < ctx.to ? ctx.tags[i - ctx.from]!.lemma : "";
}

export function lower(ctx: SentenceContext, i: number): string {
  return i >= ctx.from && i < ctx.to ? ctx.tokens[i]!.text.toLowerCase() : "";
}

export function isVerbal(ctx: SentenceContext, i: number): boolean {
  const p = pos(ctx, i);
  return p === "VERB" || p === "AUX";
}
