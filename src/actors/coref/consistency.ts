// One name, one type per document: a weakly typed mention takes the type of the best
// evidenced mention with the same text; a lone surname of a person named earlier is
// that person; names from the body are found again in lines written in capitals.
import type { DocContext } from "../recognize/context.js";
import { claim } from "../recognize/context.js";
import type { Candidate } from "../recognize/candidate.js";

function keyOf(ctx: DocContext, c: Candidate): string {
  return ctx.keys.slice(c.first, c.last).join(" ");
}

export function harmoniseTypes(ctx: DocContext): void {
  const best = new Map<string, Candidate>();
  const surnames = new Set<string>();
  const firstNames = new Set<string>();
  for (const c of ctx.candidates) {
    if (c.kind !== "name") continue;
    const key = keyOf(ctx, c);
    const b = best.get(key);
    if (!b || c.strength > b.strength) best.set(key, c);
    if (c.type === "PERSON" && c.last - c.first >= 2 && c.strength >= 1) {
      surnames.add(ctx.keys[c.last - 1]!);
      firstNames.add(ctx.keys[c.first]!);
      if (c.last - c.first >= 3) surnames.add(ctx.keys.slice(c.last - 2, c.last).join(" "));
    }
  }
  for (const c of ctx.candidates) {
    if (c.kind !== "name") continue;
    const key = keyOf(ctx, c);
    // A place name that is the surname of a person named here is that person ("Michael Jordan ... Jordan").
    const placeLike = c.type === "PLACE" || c.type === "COUNTRY";
    const namePart = surnames.has(key) || (c.strength < 1 && firstNames.has(key));
    if ((c.strength < 2 || placeLike) && c.last - c.first <= 2 && namePart) {
      c.type = "PERSON";
      c.strength = 2;
      delete c.place;
      delete c.country;
      continue;
    }
    if (c.strength >= 3) continue;
    const b = best.get(key)!;
    if (b !== c && b.strength > c.strength) {
      c.type = b.type;
      if (b.place) c.place = b.place;
    }
  }
}

/** Body names found again in capitals lines, matched case-insensitively. */
export function matchCapitalsLines(ctx: DocContext): void {
  const known = new Map<string, Candidate>();
  let maxLen = 1;
  for (const c of ctx.candidates) {
    if (c.kind !== "name" || ctx.allCaps[c.first]) continue;
    const key = keyOf(ctx, c);
    const prev = known.get(key);
    if (!prev || c.strength > prev.strength) known.set(key, c);
    maxLen = Math.max(maxLen, c.last - c.first);
    // A headline often names a person by surname only: "GLAS TAKEN FROM EMBASSY".
    if (c.type === "PERSON" && c.last - c.first >= 2 && c.strength >= 2) {
      const surname = ctx.keys[c.last - 1]!;
      if (!known.has(surname)) known.set(surname, { ...c, kind: "name", strength: 2 });
    }
  }
  if (known.size === 0) return;
  for (const s of ctx.doc.sentences) {
    if (!ctx.allCaps[s.tokenStart]) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (ctx.claimed[i]! >= 0) continue;
      for (let k = Math.min(maxLen, s.tokenEnd - i); k >= 1; k--) {
        const key = ctx.keys.slice(i, i + k).join(" ");
        const c = known.get(key);
        if (!c || ctx.words.commonWords.has(key)) continue;
        const copy: Candidate = { ...c, first: i, last: i + k, strength: Math.min(c.strength, 2) };
        if (claim(ctx, copy)) { i += k - 1; break; }
      }
    }
  }
}
