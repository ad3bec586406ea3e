// Merges knowledge files into one set. Built-in files must not contradict each other (a code
// or id defined twice is an error); a user's file overrides them: an entry with the same
// country code, organisation or person id, or title replaces the built-in one, agent terms
// are added to their sector (moving a term out of any other sector), anything else is appended.
import { InputError } from "../../errors.js";
import type { Agent, Country, Organization, Person, Title } from "./schema.js";
import type { LoadedFile } from "./read-file.js";
import { periodEnd, periodStart } from "./role-dates.js";

export interface Merged {
  countries: Country[];
  agents: Agent[];
  titles: Title[];
  organizations: Organization[];
  people: Person[];
  /** Where each entry came from ("data/actors/people.json", "people[3]"), for later messages. */
  origin: Map<object, { file: string; path: string }>;
}

type Keyed = "countries" | "titles" | "organizations" | "people";
function keyOf(section: Keyed, entry: unknown): string {
  if (section === "countries") return (entry as Country).code;
  if (section === "titles") return (entry as Title).title.toLowerCase();
  return (entry as Organization | Person).id;
}
const keyName: Record<Keyed, string> = { countries: "code", titles: "title", organizations: "id", people: "id" };

export function mergeFiles(builtins: readonly LoadedFile[], users: readonly LoadedFile[]): Merged {
  const merged: Merged = { countries: [], agents: [], titles: [], organizations: [], people: [], origin: new Map() };
  for (const file of builtins) addFile(merged, file, false);
  for (const file of users) addFile(merged, file, true);
  checkReferences(merged);
  return merged;
}

function addFile(merged: Merged, file: LoadedFile, overrides: boolean): void {
  for (const section of ["countries", "titles", "organizations", "people"] as const) {
    const entries = file.data[section];
    if (!entries) continue;
    const list = merged[section] as object[];
    const at = new Map<string, number>();
    list.forEach((entry, i) => at.set(keyOf(section, entry), i));
    const seenHere = new Map<string, number>();
    entries.forEach((entry, i) => {
      const key = keyOf(section, entry);
      const path = `${section}[${i}]`;
      const field = keyName[section];
      const earlier = seenHere.get(key);
      if (earlier !== undefined) {
        throw new InputError(file.path, `${path}.${field}: "${key}" is already used by ${section}[${earlier}]; each ${field} may appear once per file`);
      }
      seenHere.set(key, i);
      const existing = at.get(key);
      if (existing !== undefined && !overrides) {
        const other = merged.origin.get(list[existing]!)!;
        throw new InputError(file.path, `${path}.${field}: "${key}" is already defined in ${other.file} (${other.path})`);
      }
      merged.origin.set(entry, { file: file.path, path });
      if (existing !== undefined) list[existing] = entry;
      else {
        at.set(key, list.length);
        list.push(entry);
      }
    });
  }
  if (file.data.agents) addAgents(merged, file);
}

function addAgents(merged: Merged, file: LoadedFile): void {
  const seen = new Map<string, number>();
  file.data.agents!.forEach((agent, i) => {
    const earlier = seen.get(agent.sector);
    if (earlier !== undefined) {
      throw new InputError(file.path, `agents[${i}].sector: "${agent.sector}" already has an entry at agents[${earlier}]; put all its terms in one list`);
    }
    seen.set(agent.sector, i);
    const terms = new Set(agent.terms.map((t) => t.toLowerCase()));
    // A term belongs to one sector: the latest file decides.
    merged.agents = merged.agents.map((a) => (a.sector === agent.sector ? a : { ...a, terms: a.terms.filter((t) => !terms.has(t.toLowerCase())) }));
    const current = merged.agents.findIndex((a) => a.sector === agent.sector);
    if (current < 0) {
      const entry = { ...agent, terms: [...terms] };
      merged.agents.push(entry);
      merged.origin.set(entry, { file: file.path, path: `agents[${i}]` });
    } else {
      const old = merged.agents[current]!;
      const entry = { ...old, label: old.label, terms: [...new Set([...old.terms, ...terms])] };
      merged.agents[current] = entry;
      merged.origin.set(entry, { file: file.path, path: `agents[${i}]` });
    }
  });
}

/** Links between sections: role titles, country codes, role organisations, role periods. */
function checkReferences(merged: Merged): void {
  const countries = new Set(merged.countries.map((c) => c.code));
  const titles = new Set(merged.titles.map((t) => t.title));
  const variantOf = new Map<string, string>();
  for (const t of merged.titles) for (const v of t.variants) variantOf.set(v.toLowerCase(), t.title);
  const knownCountry = (code: string, at: () => [string, string]) => {
    if (countries.size > 0 && !countries.has(code)) {
      const [file, path] = at();
      throw new InputError(file, `${path}: "${code}" is not a country in the knowledge files; use an alpha-3 code from data/actors/countries.json or add the country`);
    }
  };
  for (const org of merged.organizations) {
    const o = merged.origin.get(org)!;
    if (org.country) knownCountry(org.country, () => [o.file, `${o.path}.country`]);
  }
  const orgIds = new Set(merged.organizations.map((org) => org.id));
  for (const person of merged.people) {
    const o = merged.origin.get(person)!;
    knownCountry(person.country, () => [o.file, `${o.path}.country`]);
    person.roles.forEach((role, r) => {
      const path = `${o.path}.roles[${r}]`;
      if (role.country !== undefined) knownCountry(role.country, () => [o.file, `${path}.country`]);
      if (role.org !== undefined && !orgIds.has(role.org)) {
        const near = [...orgIds].filter((id) => id.includes(role.org!) || role.org!.includes(id)).slice(0, 3);
        const hint = near.length ? `did you mean ${near.map((id) => `"${id}"`).join(" or ")}? ` : "";
        throw new InputError(o.file, `${path}.org: "${role.org}" is not an organisation id in the knowledge files; ${hint}use an id from data/actors/organizations.json or add the organisation`);
      }
      if (!titles.has(role.title)) {
        const canonical = variantOf.get(role.title.toLowerCase());
        const hint = canonical
          ? `write "${canonical}", the canonical title for "${role.title}"`
          : `use a canonical title from data/actors/titles.json (${[...titles].slice(0, 8).join(", ")}, ...) or add it there`;
        throw new InputError(o.file, `${path}.title: "${role.title}" is not a title in titles.json; ${hint}`);
      }
      if (role.to !== undefined && periodEnd(role.to) < periodStart(role.from)) {
        throw new InputError(o.file, `${path}: ends (${role.to}) before it starts (${role.from}); check the dates`);
      }
    });
  }
}
