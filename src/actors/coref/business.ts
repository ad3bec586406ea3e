// Business coverage: with several market words in a document, a lone unknown capitalised
// name is more often a company than a person (people get their full name first).
import type { DocContext } from "../recognize/context.js";

const MIN_CUES = 3;

export function isBusinessDocument(ctx: DocContext): boolean {
  const seen = new Set<string>();
  for (const t of ctx.tokens) {
    const c = t.text.charCodeAt(0);
    if (c < 97 || c > 122) continue;
    if (ctx.words.businessCues.has(t.text) && seen.add(t.text).size >= MIN_CUES) return true;
  }
  return false;
}
