// Titles and honorifics before a name ("President", "Foreign Minister", "Gen.", "Mr"):
// they are not part of the name but say the person's sector, and sometimes country.
import type { DocContext } from "./context.js";
import type { ActorCue } from "./candidate.js";

export interface TitleMatch { end: number; cue: ActorCue }

// Every phrase that some title key goes on from ("vice" for "vice president"), per title map.
const prefixesOf = new WeakMap<ReadonlyMap<string, string>, Set<string>>();
function titlePrefixes(titles: ReadonlyMap<string, string>): Set<string> {
  let set = prefixesOf.get(titles);
  if (!set) {
    set = new Set();
    for (const key of titles.keys()) {
      for (let j = key.indexOf(" "); j > 0; j = key.indexOf(" ", j + 1)) set.add(key.slice(0, j));
    }
    prefixesOf.set(titles, set);
  }
  return set;
}

/** The longest title starting at token i (capitalised or not), within [i, to). */
export function titleAt(ctx: DocContext, i: number, to: number): TitleMatch | undefined {
  const { words, tokens } = ctx;
  const max = Math.min(words.titleMaxTokens, to - i);
  let phrase = "";
  let best: TitleMatch | undefined;
  for (let k = 0; k < max; k++) {
    const t = tokens[i + k]!.text.toLowerCase();
    phrase = k === 0 ? t : phrase + " " + t;
    const listed = words.titles.get(phrase);
    if (listed === undefined) {
      // No title goes on from here: stop, instead of building and looking up longer phrases.
      if (!titlePrefixes(words.titles).has(phrase)) break;
      continue;
    }
    const canonical = ctx.kb.titleOf(phrase.replace(/\.$/, ""));
    const sector = canonical?.sector ?? (listed || undefined);
    const cue: ActorCue = {};
    if (sector) cue.sector = sector;
    if (canonical) cue.title = canonical.title;
    best = { end: i + k + 1, cue };
  }
  if (best && i > 0 && /^(former|ex|ex-)$/i.test(tokens[i - 1]!.text)) best.cue = { ...best.cue, former: true, sector: "ELI" };
  return best;
}

/** A title that ends right before token i ("former president Correa", "lawmaker Ana Gómez"). */
export function titleBefore(ctx: DocContext, i: number, from: number): TitleMatch | undefined {
  for (let k = Math.min(ctx.words.titleMaxTokens, i - from); k >= 1; k--) {
    const m = titleAt(ctx, i - k, i);
    if (m && m.end === i) return m;
  }
  return undefined;
}
