// In-document coreference: mentions of the same thing become one entity. Dictionary
// references join by id, later surnames and short forms join the full name, acronyms
// join the organisation they abbreviate, roles join the office holder on the date.
import type { DocContext } from "../recognize/context.js";
import type { ActorCue, Candidate } from "../recognize/candidate.js";
import type { MentionKind, MentionType } from "../../types.js";
import type { Country, Organization, Person } from "../knowledge/schema.js";
import type { Place } from "../knowledge/types.js";
import { normalizeKey } from "../knowledge/types.js";

export interface Cluster {
  type: MentionType;
  members: Array<{ c: Candidate; kind: MentionKind; text: string }>;
  person?: Person;
  org?: Organization;
  country?: Country;
  place?: Place;
  cue: ActorCue;
  role?: { country?: string; org?: Organization; title: string };
  nominal?: { country: string; sector: string; phrase: string };
}

const CONNECTOR_OR_DET = /^(of|the|and|for|de|del|la|le|el|et|y|&|-)$/i;

/** "United Nations Security Council" -> "UNSC"; "Bank of England" -> "BE". */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !CONNECTOR_OR_DET.test(w)).map((w) => w[0]!.toUpperCase()).join("");
}

export function clusterMentions(ctx: DocContext): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const surnames = new Map<string, Cluster>();
  const acronyms = new Map<string, Cluster>();
  // "the Embassy" after "the Mexican embassy": the head word of a nominal organisation.
  const nominalHeads = new Map<string, Cluster>();
  const published = ctx.doc.published;
  // Full names first, so that a surname in a headline above the story still joins the full name.
  const full = (c: Candidate) => c.type === "PERSON" && c.kind === "name" && (c.person !== undefined || c.last - c.first >= 2);
  const ordered = [...ctx.candidates].sort((a, b) => Number(full(b)) - Number(full(a)) || a.first - b.first);

  const open = (key: string, c: Candidate, seed: Partial<Cluster> = {}): Cluster => {
    let cl = byKey.get(key);
    if (!cl) {
      cl = { type: c.type, members: [], cue: {}, ...seed };
      clusters.push(cl);
      byKey.set(key, cl);
    }
    return cl;
  };
  const clusterOf = new Map<Candidate, Cluster>();
  const join = (cl: Cluster, c: Candidate, kind: MentionKind, text: string) => {
    cl.members.push({ c, kind, text });
    clusterOf.set(c, cl);
    if (c.cue) cl.cue = { ...c.cue, ...cl.cue, country: cl.cue.country ?? c.cue.country, sector: cl.cue.sector ?? c.cue.sector };
    if (cl.type === "PERSON" && kind === "name") {
      const words = text.split(/\s+/);
      if (words.length >= 2) {
        surnames.set(normalizeKey(words[words.length - 1]!), cl);
        if (words.length >= 3) surnames.set(normalizeKey(words.slice(-2).join(" ")), cl);
      }
    }
    if (cl.type === "ORGANIZATION" && kind === "name") {
      const a = initials(text);
      if (a.length >= 2 && !acronyms.has(a)) acronyms.set(a, cl);
    }
  };
  const personKey = (p: Person) => "p:" + p.id;

  for (const c of ordered) {
    const text = ctx.doc.text.slice(ctx.tokens[c.first]!.start, ctx.tokens[c.last - 1]!.end);
    const key = normalizeKey(text);
    if (c.type === "PERSON") {
      if (c.kind === "role" && c.role) {
        // "Kofi Annan, the UN secretary-general": the office in apposition is that person, whatever the date says.
        const named = c.apposed && clusterOf.get(c.apposed);
        if (named) { join(named, c, "role", text); continue; }
        const { country, org, title } = c.role;
        const holder = country ? ctx.kb.holder(country, title, published) : org ? ctx.kb.orgHolder?.(org.id, title, published) : undefined;
        if (holder) join(open(personKey(holder), c, { person: holder }), c, "role", text);
        else join(open("role:" + (org ? "org:" + org.id : country) + ":" + title, c, { role: c.role }), c, "role", text);
        continue;
      }
      if (c.person) {
        const cl = open(personKey(c.person), c, { person: c.person });
        const alias = c.person.aliases.some((a) => normalizeKey(a) === key) && !isFullName(c.person, key);
        // "López Obrador" for "Andrés Manuel López Obrador" is a short form, "AMLO" an alias.
        const short = alias && normalizeKey(c.person.name).endsWith(" " + key);
        join(cl, c, short ? "short" : alias ? "alias" : "name", text);
        byKey.set("n:PERSON:" + key, cl);
        continue;
      }
      const seen = byKey.get("n:PERSON:" + key);
      if (seen) { join(seen, c, seen.members.some((m) => m.text === text && m.kind === "short") ? "short" : "name", text); continue; }
      const sur = c.last - c.first <= 2 ? surnames.get(key) : undefined;
      if (sur) { join(sur, c, "short", text); byKey.set("n:PERSON:" + key, sur); continue; }
      const known = ctx.kb.peopleByName(text);
      const bySurname = known.length === 0 && c.last - c.first <= 2 ? ctx.kb.peopleBySurname(text) : [];
      const person = known.length === 1 ? known[0] : bySurname.length === 1 ? bySurname[0] : undefined;
      if (person) {
        const cl = open(personKey(person), c, { person });
        join(cl, c, known.length === 1 ? "name" : "short", text);
        byKey.set("n:PERSON:" + key, cl);
        continue;
      }
      const cl = open("n:PERSON:" + key, c);
      join(cl, c, "name", text);
      continue;
    }
    if (c.type === "ORGANIZATION") {
      if (c.nominal) {
        const cl = open(`nom:${c.nominal.country}:${c.nominal.sector}:${c.nominal.phrase}`, c, { nominal: c.nominal });
        join(cl, c, "nominal", text);
        nominalHeads.set(normalizeKey(c.nominal.phrase.split(" ").pop() ?? ""), cl);
        continue;
      }
      const org = c.org ?? ctx.kb.organizationByName(text);
      if (org) {
        const cl = open("o:" + org.id, c, { org });
        const isAlias = normalizeKey(org.name) !== key;
        join(cl, c, isAlias && cl.members.length > 0 ? "alias" : "name", text);
        byKey.set("n:ORGANIZATION:" + key, cl);
        continue;
      }
      const seen = byKey.get("n:ORGANIZATION:" + key);
      if (seen) { join(seen, c, "name", text); continue; }
      const head = c.last - c.first === 1 ? nominalHeads.get(key) : undefined;
      if (head) { join(head, c, "short", text); continue; }
      const acro = /^[A-Z]{2,6}$/.test(text.replace(/\./g, "")) ? acronyms.get(text.replace(/\./g, "")) : undefined;
      if (acro) { join(acro, c, "alias", text); byKey.set("n:ORGANIZATION:" + key, acro); continue; }
      join(open("n:ORGANIZATION:" + key, c), c, "name", text);
      continue;
    }
    if ((c.type === "COUNTRY" || c.type === "NORP") && c.country) {
      join(open(`${c.type}:${c.country.code}`, c, { country: c.country }), c, "name", text);
      continue;
    }
    const placeKey = c.place ? `PLACE:${normalizeKey(c.place.name)}:${c.place.country}` : `${c.type}:${key}`;
    join(open(placeKey, c, c.place ? { place: c.place } : {}), c, "name", text);
  }
  return clusters;
}

function isFullName(p: Person, key: string): boolean {
  return normalizeKey(p.name) === key;
}
