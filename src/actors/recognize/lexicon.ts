// A token trie over every name the actor knowledge holds (people, organisations,
// countries, demonyms, capitals and main cities) plus the regions word list, built
// once per Knowledge so that matching is one Map step per token.
import type { MentionType } from "../../types.js";
import type { Country, Organization, Person } from "../knowledge/schema.js";
import type { Knowledge } from "../knowledge/types.js";
import { normalizeKey } from "../knowledge/types.js";
import { phraseTokens, type WordLists } from "./wordlists.js";

export interface LexEntry {
  type: MentionType;
  person?: Person;
  org?: Organization;
  country?: Country;
  /** Place name to look up in the gazetteer. */
  place?: string;
  /** Short all-capital forms ("US", "UN", "AMLO") only match text in capitals. */
  upper: boolean;
}

interface Node {
  next: Map<string, Node>;
  entries?: LexEntry[];
}

export interface LexMatch {
  /** One past the last token matched. */
  end: number;
  entries: LexEntry[];
}

export class Lexicon {
  private readonly root: Node = { next: new Map() };

  add(phrase: string, entry: Omit<LexEntry, "upper">): void {
    const surface = phrase.replace(/^the\s+/i, "");
    const keys = phraseTokens(surface).map((t) => normalizeKey(t)).filter((k) => k.length > 0);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    const letters = surface.replace(/[^\p{L}]/gu, "");
    const upper = letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase() && keys.length === 1;
    (node.entries ??= []).push({ ...entry, upper });
  }

  /** Longest phrase starting at `from` over `keys`, not crossing `limit`. */
  longest(keys: readonly string[], from: number, limit: number): LexMatch | undefined {
    let node: Node | undefined = this.root;
    let best: LexMatch | undefined;
    for (let i = from; i < limit; i++) {
      node = node.next.get(keys[i]!);
      if (!node) break;
      if (node.entries) best = { end: i + 1, entries: node.entries };
    }
    return best;
  }
}

const cache = new WeakMap<Knowledge, Lexicon>();

export function lexiconFor(kb: Knowledge, words: WordLists): Lexicon {
  let lex = cache.get(kb);
  if (lex) return lex;
  lex = new Lexicon();
  for (const org of kb.organizations) for (const n of [org.name, ...org.aliases]) lex.add(n, { type: "ORGANIZATION", org });
  for (const person of kb.people) for (const n of [person.name, ...person.aliases]) lex.add(n, { type: "PERSON", person });
  for (const country of kb.countries) {
    for (const n of [country.name, ...country.names]) lex.add(n, { type: "COUNTRY", country });
    for (const d of country.demonyms) {
      lex.add(d, { type: "NORP", country });
      if (!/s$/i.test(d)) lex.add(d + "s", { type: "NORP", country });
    }
    for (const city of [country.capital, ...country.cities]) if (city) lex.add(city, { type: "PLACE", place: city });
  }
  for (const region of words.regions) lex.add(region, { type: "PLACE", place: region });
  for (const group of words.groups) lex.add(group, { type: "NORP" });
  for (const name of words.knownOrganisations) lex.add(name, { type: "ORGANIZATION" });
  cache.set(kb, lex);
  return lex;
}

const RANK: Record<MentionType, number> = { ORGANIZATION: 5, PERSON: 4, COUNTRY: 3, NORP: 2, PLACE: 1 };

/** The entry to use when a phrase names several things: the highest-ranked type first. */
export function bestEntry(entries: readonly LexEntry[], tokens: readonly { text: string }[], from: number, to: number): LexEntry | undefined {
  let best: LexEntry | undefined;
  for (const e of entries) {
    if (e.upper && !allUpper(tokens, from, to)) continue;
    if (!best || RANK[e.type] > RANK[best.type] || (RANK[e.type] === RANK[best.type] && known(e) && !known(best))) best = e;
  }
  return best;
}

/** Entries the actor knowledge codes beat those from the plain word lists. */
function known(e: LexEntry): boolean {
  return Boolean(e.person ?? e.org ?? e.country);
}

function allUpper(tokens: readonly { text: string }[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!.text;
    if (t !== t.toUpperCase()) return false;
  }
  return true;
}
