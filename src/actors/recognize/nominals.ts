// Demonym and country phrases that name an institution or an office rather than a
// people: "Ecuadorian police", "the Mexican embassy", "Mexico's foreign ministry",
// "the president of Mexico", "the Mexican president". Offices become role mentions,
// institutions nominal organisations; a title followed by a name leaves a cue for the name.
import type { DocContext } from "./context.js";
import { claim, dictionaryNameAt } from "./context.js";
import type { Country } from "../knowledge/schema.js";
import type { ActorCue } from "./candidate.js";

const MAX_PHRASE = 4;
const WORD = /^[\p{L}-]+$/u;
/** An office or institution phrase is made of nouns and adjectives ("foreign ministry", "riot police"). */
const PHRASE_POS = new Set(["NOUN", "ADJ", "PROPN"]);

/** Cues for names, keyed by the token where the name starts. */
export type CueMap = Map<number, ActorCue>;

export function findNominals(ctx: DocContext, from: number, to: number, cues: CueMap): void {
  const { tokens, keys } = ctx;
  for (let i = from; i < to; i++) {
    const m = dictionaryNameAt(ctx, i, to);
    if (!m) continue;
    const entry = m.entry;
    if (!entry?.country || (entry.type !== "NORP" && entry.type !== "COUNTRY")) {
      // A longer name holds the demonym: "Latin American governments" are not American.
      if (m.end > i + 1) i = m.end - 1;
      continue;
    }
    const country = entry.country;
    // "the president of Mexico", "the government of Ecuador"
    if (entry.type === "COUNTRY" && i >= 2 && keys[i - 1] === "of") {
      if (ofPhrase(ctx, i, m.end, country)) { i = m.end - 1; continue; }
    }
    let p = m.end;
    // "Mexico's foreign ministry", and attributive "US troops", "U.S. President Joe Biden".
    if (entry.type === "COUNTRY" && p < to && (tokens[p]!.text === "'s" || tokens[p]!.text === "’s")) p++;
    const found = phraseAfter(ctx, p, to);
    if (!found) continue;
    const nameFollows = found.end < to && ctx.cap[found.end] === 1 && !ctx.allCaps[found.end] && ctx.claimed[found.end]! < 0;
    if (found.title && nameFollows) {
      claim(ctx, { first: i, last: m.end, type: entry.type, kind: "name", strength: 3, country });
      cues.set(found.end, { country: country.code, sector: found.sector, title: found.title });
    } else if (found.title) {
      claim(ctx, { first: i, last: found.end, type: "PERSON", kind: "role", strength: 3, role: { country: country.code, title: found.title }, cue: { country: country.code, sector: found.sector, title: found.title } });
    } else if (nameFollows) {
      claim(ctx, { first: i, last: m.end, type: entry.type, kind: "name", strength: 3, country });
      cues.set(found.end, { country: country.code, sector: found.sector });
    } else {
      const phrase = found.phrase;
      claim(ctx, { first: i, last: found.end, type: "ORGANIZATION", kind: "nominal", strength: 3, country, nominal: { country: country.code, sector: found.sector, phrase } });
    }
    i = found.end - 1;
  }
}

interface Found { end: number; phrase: string; sector: string; title?: string }

/** The longest office or institution phrase starting at p. */
function phraseAfter(ctx: DocContext, p: number, to: number): Found | undefined {
  const words: string[] = [];
  for (let j = p; j < to && words.length < MAX_PHRASE; j++) {
    const t = ctx.tokens[j]!.text;
    if (!WORD.test(t) || ctx.claimed[j]! >= 0 || !PHRASE_POS.has(ctx.tokens[j]!.pos)) break;
    // Another country or demonym starts another phrase: "police raid Mexican embassy" (a headline).
    if (j > p && ctx.cap[j] && ctx.lexicon.longest(ctx.keys, j, to)?.entries.some((e) => e.type === "NORP" || e.type === "COUNTRY")) break;
    words.push(t.toLowerCase());
  }
  for (let k = words.length; k >= 1; k--) {
    const phrase = words.slice(0, k).join(" ");
    const hit = lookup(ctx, phrase);
    if (hit) return { end: p + k, phrase, ...hit };
  }
  return undefined;
}

function lookup(ctx: DocContext, phrase: string): { sector: string; title?: string } | undefined {
  const title = ctx.kb.titleOf(phrase);
  if (title) return { sector: title.sector, title: title.title };
  const sector = ctx.kb.sectorOf(phrase);
  return sector ? { sector } : undefined;
}

/** "[the] X of COUNTRY": X an office or institution, read backwards from "of". */
function ofPhrase(ctx: DocContext, i: number, end: number, country: Country): boolean {
  const ofAt = i - 1;
  for (let k = Math.min(MAX_PHRASE, ofAt); k >= 1; k--) {
    const start = ofAt - k;
    let ok = true;
    const words: string[] = [];
    for (let j = start; j < ofAt; j++) {
      const t = ctx.tokens[j]!;
      if (!WORD.test(t.text) || ctx.claimed[j]! >= 0 || t.sentence !== ctx.tokens[i]!.sentence || !PHRASE_POS.has(t.pos)) { ok = false; break; }
      words.push(t.text.toLowerCase());
    }
    if (!ok) continue;
    const phrase = words.join(" ");
    const hit = lookup(ctx, phrase);
    if (!hit) continue;
    if (hit.title) {
      return claim(ctx, { first: start, last: end, type: "PERSON", kind: "role", strength: 3, role: { country: country.code, title: hit.title }, cue: { country: country.code, sector: hit.sector, title: hit.title } });
    }
    return claim(ctx, { first: start, last: end, type: "ORGANIZATION", kind: "nominal", strength: 3, country, nominal: { country: country.code, sector: hit.sector, phrase } });
  }
  return false;
}
