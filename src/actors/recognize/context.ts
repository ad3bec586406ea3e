// Per-document state shared by the recognisers: token keys, capitalisation facts and
// which tokens are already claimed, so later recognisers only look at what is left.
import type { AnnotatedDocument, Sentence, Token } from "../../types.js";
import type { Knowledge } from "../knowledge/types.js";
import { normalizeKey } from "../knowledge/types.js";
import type { Candidate } from "./candidate.js";
import type { WordLists } from "./wordlists.js";
import { bestEntry, type LexEntry, type Lexicon } from "./lexicon.js";

export interface DocContext {
  doc: AnnotatedDocument;
  kb: Knowledge;
  words: WordLists;
  lexicon: Lexicon;
  tokens: Token[];
  /** normalizeKey of each token. */
  keys: string[];
  /** Token starts with a capital letter. */
  cap: Uint8Array;
  /** Sentence written in capitals (headlines, wire slugs): capitalisation says nothing there. */
  allCaps: Uint8Array;
  /** Candidate index claiming each token, -1 when free. */
  claimed: Int32Array;
  candidates: Candidate[];
  /** Lower-case words seen written in lower case in the document. */
  lowerSeen: Set<string>;
  /** Sports coverage: lone unknown names are more often teams than people. */
  sports: boolean;
  /** Business coverage: lone unknown names are more often companies than people. */
  business: boolean;
  /** Countries named so far, to settle ambiguous places. */
  countries: Set<string>;
}

const keyCache = new Map<string, string>();
export function tokenKey(text: string): string {
  // Most tokens are plain lower-case words whose key is themselves.
  if (isPlain(text)) return text;
  let k = keyCache.get(text);
  if (k === undefined) {
    k = normalizeKey(text);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(text, k);
  }
  return k;
}

/** Same as /^[a-z0-9]+$/, without running a regex on every token of every document. */
function isPlain(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = text[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isAllUpper(text: string): boolean {
  // Hot on every capitalised token: an ASCII lower-case letter settles it without the two case copies.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return text !== text.toLowerCase() && text === text.toUpperCase();
}

function sentenceAllCaps(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let upper = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!.text;
    if (t.length < 2) continue;
    const c = t.charCodeAt(0);
    if (c >= 97 && c <= 122) { words++; continue; } // starts lower-case: not a capitals word
    if (!(c >= 65 && c <= 90) && !/\p{L}/u.test(t)) continue; // an ASCII capital is a letter: skip the regex
    words++;
    if (isAllUpper(t)) upper++;
  }
  return words >= 3 && upper >= 0.6 * words;
}

export function createContext(doc: AnnotatedDocument, kb: Knowledge, words: WordLists, lexicon: Lexicon): DocContext {
  const tokens = doc.tokens;
  const n = tokens.length;
  const keys = new Array<string>(n);
  const cap = new Uint8Array(n);
  const allCaps = new Uint8Array(n);
  const lowerSeen = new Set<string>();
  for (const s of doc.sentences) {
    const caps = sentenceAllCaps(tokens, s);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      keys[i] = tokenKey(t.text);
      if (caps) allCaps[i] = 1;
      if (isCapitalised(t.text)) cap[i] = 1;
      else if (!caps) lowerSeen.add(t.text);
    }
  }
  return {
    doc, kb, words, lexicon, tokens, keys, cap, allCaps,
    claimed: new Int32Array(n).fill(-1),
    candidates: [],
    lowerSeen,
    sports: false,
    business: false,
    countries: new Set(),
  };
}

/** Adds a candidate if its tokens are free; returns whether it was added. */
export function claim(ctx: DocContext, c: Candidate): boolean {
  for (let i = c.first; i < c.last; i++) if (ctx.claimed[i]! >= 0) return false;
  const index = ctx.candidates.length;
  ctx.candidates.push(c);
  for (let i = c.first; i < c.last; i++) ctx.claimed[i] = index;
  if (c.country) ctx.countries.add(c.country.code);
  return true;
}

/** The dictionary name starting at a free, capitalised token i (within [i, to)): where it ends and its best entry. */
export function dictionaryNameAt(ctx: DocContext, i: number, to: number): { end: number; entry: LexEntry | undefined } | undefined {
  if (!ctx.cap[i] || ctx.claimed[i]! >= 0) return undefined;
  const m = ctx.lexicon.longest(ctx.keys, i, to);
  return m ? { end: m.end, entry: bestEntry(m.entries, ctx.tokens, i, m.end) } : undefined;
}
