// Shared by the coder tests: a small actor knowledge (the built-in one when it loads, else
// one read from data/actors/*.json), and helpers to code a sentence without NER.
import { readFileSync } from "node:fs";
import { defaultKnowledge } from "../../src/actors/knowledge/load.js";
import { normalizeKey, type Knowledge } from "../../src/actors/knowledge/types.js";
import type { ActorKnowledge } from "../../src/coding/actors/knowledge.js";
import { segment } from "../../src/nlp/segment.js";
import type { AnnotatedDocument } from "../../src/types.js";

const root = new URL("../../../", import.meta.url);

interface CountryRow { code: string; name: string; names?: string[]; demonyms?: string[] }
interface AgentRow { sector: string; terms: string[] }
interface OrgRow { code: string; name: string; aliases?: string[]; country?: string; sector?: string[] }

/** Knowledge from the data files only (countries, sector nouns, organisations). */
export function fileKnowledge(): ActorKnowledge {
  const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(`data/actors/${f}`, root), "utf8")) as T;
  const countries = read<{ countries: CountryRow[] }>("countries.json").countries;
  const agents = read<{ agents: AgentRow[] }>("agents.json").agents;
  let orgs: OrgRow[] = [];
  try {
    orgs = read<{ organizations: OrgRow[] }>("organizations.json").organizations;
  } catch {
    orgs = [];
  }
  const byName = new Map<string, CountryRow>();
  const byDemonym = new Map<string, CountryRow>();
  for (const c of countries) {
    for (const n of [c.name, ...(c.names ?? [])]) byName.set(normalizeKey(n), c);
    for (const d of c.demonyms ?? []) byDemonym.set(normalizeKey(d), c);
  }
  const sectors = new Map<string, string>();
  for (const a of agents) for (const t of a.terms) if (!sectors.has(t)) sectors.set(t, a.sector);
  const orgByName = new Map<string, OrgRow>();
  for (const o of orgs) for (const n of [o.name, ...(o.aliases ?? [])]) orgByName.set(normalizeKey(n), o);
  const kb = {
    countryByName: (n: string) => byName.get(normalizeKey(n.replace(/^the\s+/i, ""))),
    countryByDemonym: (w: string) => byDemonym.get(normalizeKey(w)),
    sectorOf: (t: string) => sectors.get(t.toLowerCase()),
    organizationByName: (n: string) => {
      const o = orgByName.get(normalizeKey(n));
      return o ? { id: o.code.toLowerCase(), kind: "IGO" as const, aliases: [], sector: [], ...o } : undefined;
    },
  };
  return kb as unknown as ActorKnowledge;
}

let cached: ActorKnowledge | undefined;
/** The built-in knowledge when its loader is ready, else the file-only stand-in. */
export function testKnowledge(): ActorKnowledge {
  if (cached) return cached;
  try {
    cached = defaultKnowledge() as Knowledge;
  } catch {
    cached = fileKnowledge();
  }
  return cached;
}

/** A document with real tokens and no entities: the coder must fall back on the knowledge. */
export function bareDocument(text: string, published = "2024-04-06"): AnnotatedDocument {
  return { text, published, language: "eng", ...segment(text), mentions: [], entities: [], dates: [], quotes: [] };
}
