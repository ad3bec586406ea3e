// Titles and honorifics before a name ("President", "Foreign Minister", "Gen.", "Mr"):
// they are not part of the name but say the person's sector, and sometimes country.
// The word list (data/nlp/names/person-titles.json) is joined by the offices of the actor
// knowledge written in several tokens ("Secretary-General", "foreign policy chief"), so an
// office added to titles.json is also recognised before a name.
import type { DocContext } from "./context.js";
import type { ActorCue } from "./candidate.js";
import type { Knowledge } from "../knowledge/types.js";
import { phraseTokens, type WordLists } from "./wordlists.js";

export interface TitleMatch { start: number; end: number; cue: ActorCue }

interface TitleTable {
  /** Lower-case phrase, tokens joined by spaces -> implied sector ("" when none). */
  titles: Map<string, string>;
  /** Every phrase that some title goes on from ("vice" for "vice president"). */
  prefixes: Set<string>;
  maxTokens: number;
}

const tables = new WeakMap<WordLists, WeakMap<Knowledge, TitleTable>>();

function titleTable(words: WordLists, kb: Knowledge): TitleTable {
  let byKb = tables.get(words);
  if (!byKb) tables.set(words, (byKb = new WeakMap()));
  let table = byKb.get(kb);
  if (table) return table;
  const titles = new Map(words.titles);
  let maxTokens = words.titleMaxTokens;
  // One-word offices of the knowledge ("ruler", "justice") stay out: alone they are too often
  // common words; the word list decides those.
  for (const t of kb.titles) {
    for (const v of [t.title, ...t.variants]) {
      const toks = phraseTokens(v.toLowerCase());
      if (toks.length < 2) continue;
      const key = toks.join(" ");
      if (!titles.has(key)) titles.set(key, t.sector);
      maxTokens = Math.max(maxTokens, toks.length);
    }
  }
  const prefixes = new Set<string>();
  for (const key of titles.keys()) {
    for (let j = key.indexOf(" "); j > 0; j = key.indexOf(" ", j + 1)) prefixes.add(key.slice(0, j));
  }
  table = { titles, prefixes, maxTokens };
  byKb.set(kb, table);
  return table;
}

/** The longest title starting at token i (capitalised or not), within [i, to). */
export function titleAt(ctx: DocContext, i: number, to: number): TitleMatch | undefined {
  const { tokens } = ctx;
  const table = titleTable(ctx.words, ctx.kb);
  const max = Math.min(table.maxTokens, to - i);
  let phrase = "";
  let best: TitleMatch | undefined;
  // "ex-President", "ex-prime minister": the tokenizer keeps the prefix on the first word.
  const ex = /^ex-\p{L}/u.test(tokens[i]!.text.toLowerCase());
  for (let k = 0; k < max; k++) {
    const t = k === 0 && ex ? tokens[i]!.text.toLowerCase().slice(3) : tokens[i + k]!.text.toLowerCase();
    phrase = k === 0 ? t : phrase + " " + t;
    const listed = table.titles.get(phrase);
    if (listed === undefined) {
      // No title goes on from here: stop, instead of building and looking up longer phrases.
      if (!table.prefixes.has(phrase)) break;
      continue;
    }
    const canonical = ctx.kb.titleOf(phrase.replace(/\.$/, ""));
    const sector = canonical?.sector ?? (listed || undefined);
    const cue: ActorCue = {};
    if (sector) cue.sector = sector;
    if (canonical) cue.title = canonical.title;
    best = { start: i, end: i + k + 1, cue };
  }
  if (best && (ex || formerBefore(ctx, i))) best.cue = { ...best.cue, former: true, sector: "ELI" };
  return best;
}

const FORMER = /^(former|ex|ex-)$/i;

/**
 * "former President", and across the modifiers between: "former socialist president",
 * "former Ivorian President", "former U.S. Secretary of State".
 */
export function formerBefore(ctx: DocContext, i: number): boolean {
  const { tokens } = ctx;
  for (let j = i - 1; j >= 0 && j >= i - 4 && tokens[j]!.sentence === tokens[i]!.sentence; j--) {
    const t = tokens[j]!;
    if (FORMER.test(t.text)) return true;
    if (!(t.pos === "ADJ" || t.pos === "PROPN" || ctx.cap[j] === 1)) return false;
  }
  return false;
}

/** Longest title in tokens. */
export function titleMaxTokens(ctx: DocContext): number {
  return titleTable(ctx.words, ctx.kb).maxTokens;
}

/** A title that ends right before token i ("former president Correa", "lawmaker Ana Gómez"). */
export function titleBefore(ctx: DocContext, i: number, from: number): TitleMatch | undefined {
  for (let k = Math.min(titleMaxTokens(ctx), i - from); k >= 1; k--) {
    const m = titleAt(ctx, i - k, i);
    if (m && m.end === i) return m;
  }
  return undefined;
}
