// A small in-memory Knowledge for tests, so the recognisers can be tested without the
// built-in dictionaries. It implements the interface plainly over the entries given.
import type { ActorCode } from "../../src/types.js";
import type { Agent, Country, Organization, Person, Role, Title } from "../../src/actors/knowledge/schema.js";
import { normalizeKey, type Knowledge, type Place } from "../../src/actors/knowledge/types.js";

export interface FakeData {
  countries?: Country[];
  agents?: Agent[];
  titles?: Title[];
  organizations?: Organization[];
  people?: Person[];
  places?: Place[];
}

function within(role: Role, date: string): boolean {
  return role.from <= date && (!role.to || date <= role.to);
}

export function makeKnowledge(data: FakeData): Knowledge {
  const countries = data.countries ?? [];
  const agents = data.agents ?? [];
  const titles = data.titles ?? [];
  const organizations = data.organizations ?? [];
  const people = data.people ?? [];
  const places = data.places ?? [];
  const byName = <T>(items: T[], names: (t: T) => string[]) => {
    const m = new Map<string, T>();
    for (const it of items) for (const n of names(it)) if (!m.has(normalizeKey(n))) m.set(normalizeKey(n.replace(/^the\s+/i, "")), it);
    return m;
  };
  const countryNames = byName(countries, (c) => [c.name, ...c.names]);
  const demonyms = byName(countries, (c) => c.demonyms);
  const orgNames = byName(organizations, (o) => [o.name, ...o.aliases]);
  const sectorTerms = new Map<string, string>();
  for (const a of agents) for (const t of a.terms) sectorTerms.set(t.toLowerCase(), a.sector);
  const titleNames = new Map<string, Title>();
  for (const t of titles) for (const v of [t.title, ...t.variants]) titleNames.set(v.toLowerCase(), t);
  const kb: Knowledge = {
    countries, agents, titles, organizations, people,
    country: (code) => countries.find((c) => c.code === code),
    countryByName: (name) => countryNames.get(normalizeKey(name.replace(/^the\s+/i, ""))),
    countryByDemonym: (word) => demonyms.get(normalizeKey(word)),
    sectorOf: (term) => sectorTerms.get(term.toLowerCase()),
    titleOf: (phrase) => titleNames.get(phrase.toLowerCase()),
    organizationByName: (name) => orgNames.get(normalizeKey(name)),
    organization: (id) => organizations.find((o) => o.id === id),
    peopleByName: (name) => people.filter((p) => [p.name, ...p.aliases].some((n) => normalizeKey(n) === normalizeKey(name))),
    peopleBySurname: (surname) => {
      const key = normalizeKey(surname);
      return people.filter((p) => {
        const words = normalizeKey(p.name).split(" ");
        return words[words.length - 1] === key || words.slice(-2).join(" ") === key;
      });
    },
    holder: (country, title, date) =>
      people.find((p) => p.roles.some((r) => r.country === country && r.title === title && within(r, date))),
    orgHolder: (org, title, date) =>
      people.find((p) => p.roles.some((r) => r.org === org && r.title === title && within(r, date))),
    rolesOn: (person, date) => person.roles.filter((r) => within(r, date)),
    actorFor: (person, date): ActorCode => {
      const role = person.roles.find((r) => within(r, date));
      const org = role?.org ? organizations.find((o) => o.id === role.org) : undefined;
      if (org) return { code: org.code, sector: role?.sector ? [role.sector] : [...org.sector] };
      if (role) return { code: role.country! + role.sector!, country: role.country!, sector: [role.sector!] };
      if (person.roles.some((r) => r.from <= date)) return { code: person.country + "ELI", country: person.country, sector: ["ELI"] };
      return { code: person.country + "CVL", country: person.country, sector: ["CVL"] };
    },
    place: (name, context) => {
      const key = normalizeKey(name);
      const hits = places.filter((p) => normalizeKey(p.name) === key);
      return hits.find((p) => context?.has(p.country)) ?? hits.sort((a, b) => b.population - a.population)[0];
    },
  };
  return kb;
}

const country = (code: string, iso2: string, name: string, names: string[], demonyms: string[], capital: string): Country =>
  ({ code, iso2, name, names, demonyms, capital, cities: [] });

/** A handful of entries around the 2024 Ecuador–Mexico embassy crisis, written for these tests. */
export function smallKnowledge(): Knowledge {
  return makeKnowledge({
    countries: [
      country("ECU", "EC", "Ecuador", ["Republic of Ecuador"], ["Ecuadorian", "Ecuadorean"], "Quito"),
      country("MEX", "MX", "Mexico", ["United Mexican States"], ["Mexican"], "Mexico City"),
      country("USA", "US", "United States", ["US", "U.S.", "USA", "America"], ["American"], "Washington"),
      country("ISR", "IL", "Israel", [], ["Israeli"], "Jerusalem"),
    ],
    agents: [
      { sector: "GOV", label: "government", terms: ["government", "foreign ministry", "ministry", "embassy", "presidency", "consular section"] },
      { sector: "COP", label: "police", terms: ["police", "riot police"] },
      { sector: "MIL", label: "military", terms: ["troops", "forces", "army"] },
      { sector: "LEG", label: "legislature", terms: ["lawmaker", "lawmakers", "congress"] },
    ],
    titles: [
      { title: "president", variants: [], sector: "GOV" },
      { title: "vice president", variants: ["vice-president"], sector: "GOV" },
      { title: "foreign minister", variants: ["foreign secretary", "secretary of foreign affairs"], sector: "GOV" },
    ],
    organizations: [
      { id: "un", code: "IGOUNO", name: "United Nations", aliases: ["UN", "U.N."], kind: "IGO", sector: [] },
    ],
    people: [
      { id: "andres-manuel-lopez-obrador", name: "Andrés Manuel López Obrador", aliases: ["AMLO", "Lopez Obrador", "López Obrador"], country: "MEX",
        roles: [{ country: "MEX", sector: "GOV", title: "president", from: "2018-12-01", to: "2024-09-30" }] },
      { id: "daniel-noboa", name: "Daniel Noboa", aliases: [], country: "ECU",
        roles: [{ country: "ECU", sector: "GOV", title: "president", from: "2023-11-23" }] },
      { id: "jorge-glas", name: "Jorge Glas", aliases: [], country: "ECU",
        roles: [{ country: "ECU", sector: "GOV", title: "vice president", from: "2013-05-24", to: "2018-01-06" }] },
      { id: "alicia-barcena", name: "Alicia Bárcena", aliases: [], country: "MEX",
        roles: [{ country: "MEX", sector: "GOV", title: "foreign minister", from: "2023-07-03", to: "2024-09-30" }] },
    ],
    places: [
      { name: "Quito", country: "ECU", lat: -0.22, lon: -78.51, population: 1_400_000, kind: "capital" },
      { name: "Guayaquil", country: "ECU", lat: -2.19, lon: -79.89, population: 2_300_000, kind: "city" },
      { name: "Mexico City", country: "MEX", lat: 19.43, lon: -99.13, population: 9_000_000, kind: "capital" },
      { name: "London", country: "GBR", lat: 51.5, lon: -0.13, population: 8_900_000, kind: "capital" },
    ],
  });
}
