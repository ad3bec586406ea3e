// Lines in capitals (headlines, wire slugs) where capitalisation says nothing:
// only dictionary names are taken there; names from the body are matched later.
import type { DocContext } from "./context.js";
import { claim } from "./context.js";
import { bestEntry } from "./lexicon.js";

export function recogniseCapitalsLine(ctx: DocContext, from: number, to: number): void {
  const { tokens, keys, lexicon, words } = ctx;
  for (let i = from; i < to; i++) {
    if (ctx.claimed[i]! >= 0 || !/\p{L}/u.test(tokens[i]!.text)) continue;
    const m = lexicon.longest(keys, i, to);
    if (!m) continue;
    const lower = tokens[i]!.text.toLowerCase();
    if (m.end === i + 1 && (words.commonWords.has(lower) || words.connectors.has(lower))) continue;
    const e = bestEntry(m.entries, tokens, i, m.end);
    if (!e) continue;
    const place = e.place ? ctx.kb.place(e.place, ctx.countries) : undefined;
    claim(ctx, {
      first: i, last: m.end, type: e.type, kind: "name", strength: 3,
      ...(e.person ? { person: e.person } : {}), ...(e.org ? { org: e.org } : {}),
      ...(e.country ? { country: e.country } : {}), ...(place ? { place } : {}),
    });
    i = m.end - 1;
  }
}
