// Places are resolved as the text is read, with the countries named so far. Once the whole
// document is read, a place another country named in it has ("Tripoli ... the north Lebanese
// port") is that one, not the most populous of the name.
import type { DocContext } from "../recognize/context.js";

export function settlePlaces(ctx: DocContext): void {
  if (ctx.countries.size === 0) return;
  for (const c of ctx.candidates) {
    if (c.type !== "PLACE" || !c.place || ctx.countries.has(c.place.country)) continue;
    const text = ctx.doc.text.slice(ctx.tokens[c.first]!.start, ctx.tokens[c.last - 1]!.end);
    const better = ctx.kb.place(text, ctx.countries);
    if (better && ctx.countries.has(better.country)) c.place = better;
  }
}
