// The Knowledge interface over merged knowledge files. Every lookup is a Map hit on a folded
// key (plus a few word-drops for sectors), so annotation never scans the dictionaries.
import type { ActorCode } from "../../types.js";
import type { Knowledge, Place } from "./types.js";
import type { Agent, Country, Organization, Person, Role, Title } from "./schema.js";
import type { Merged } from "./merge.js";
import { NameIndex, foldKey, isAcronym, withoutArticle } from "./keys.js";
import { endedBefore, periodEnd, periodStart, within } from "./role-dates.js";
import { Gazetteer } from "./gazetteer.js";

/** Roles that define a person's actor code when several are held at once, best first. */
const LEADING_TITLES = [
  "president", "prime minister", "chancellor", "king", "queen", "emperor", "emir", "supreme leader",
  "head of state", "head of government", "secretary-general", "director-general", "commission chairperson",
  "crown prince", "vice president", "deputy prime minister",
];
/** Words for whoever heads an organisation ("the NATO chief"): its leading office on the date. */
const HEAD_WORDS = new Set(["chief", "head", "leader", "boss"]);
const rank = (title: string) => {
  const i = LEADING_TITLES.indexOf(title);
  return i < 0 ? LEADING_TITLES.length : i;
};

/** Plural of a demonym when regular: Mexican -> Mexicans, Frenchman -> Frenchmen; Swiss, Chinese, Dutch stay. */
function demonymPlural(word: string): string | undefined {
  if (/man$/.test(word)) return word.replace(/man$/, "men");
  if (/(s|sh|ch|x|z|ese|men)$/.test(word)) return undefined;
  return word + "s";
}

interface Holding {
  person: Person;
  role: Role;
}

interface NamedPerson {
  person: Person;
  capitalsOnly: boolean;
}

export class KnowledgeBase implements Knowledge {
  readonly countries: readonly Country[];
  readonly agents: readonly Agent[];
  readonly titles: readonly Title[];
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];

  private readonly byCode = new Map<string, Country>();
  private readonly countryNames = new NameIndex<Country>();
  private readonly demonyms = new NameIndex<Country>();
  private readonly agentSectors = new Map<string, string>();
  private readonly titleIndex = new Map<string, Title>();
  private readonly orgNames = new NameIndex<Organization>();
  private readonly orgIds = new Map<string, Organization>();
  private readonly personNames = new Map<string, NamedPerson[]>();
  private readonly surnames = new Map<string, NamedPerson[]>();
  private readonly holdings = new Map<string, Holding[]>();
  private gazetteer: Gazetteer | undefined;

  constructor(merged: Merged) {
    this.countries = merged.countries;
    this.agents = merged.agents;
    this.titles = merged.titles;
    this.organizations = merged.organizations;
    this.people = merged.people;

    for (const c of this.countries) {
      this.byCode.set(c.code, c);
      for (const name of [c.name, ...c.names]) this.countryNames.add(name, c);
    }
    // Generated plurals first, so that a demonym written in any file wins over a guessed plural.
    for (const c of this.countries) {
      for (const d of c.demonyms) {
        const plural = demonymPlural(d);
        if (plural) this.demonyms.add(plural, c);
      }
    }
    for (const c of this.countries) for (const d of c.demonyms) this.demonyms.add(d, c);

    for (const a of this.agents) for (const t of a.terms) this.agentSectors.set(foldKey(t), a.sector);
    for (const t of this.titles) {
      for (const v of [t.title, ...t.variants]) this.titleIndex.set(foldKey(v), t);
    }
    for (const o of this.organizations) {
      this.orgIds.set(o.id, o);
      for (const n of [o.name, ...o.aliases]) this.orgNames.add(n, o);
    }

    for (const p of this.people) {
      for (const n of [p.name, ...p.aliases]) {
        addPerson(this.personNames, n, p);
        for (const s of surnameKeys(n)) addPerson(this.surnames, s, p);
      }
      for (const role of p.roles) {
        const key = holdingKey(role);
        const list = this.holdings.get(key) ?? [];
        list.push({ person: p, role });
        this.holdings.set(key, list);
      }
    }
  }

  country(code: string): Country | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  countryByName(name: string): Country | undefined {
    return this.countryNames.get(name);
  }

  countryByDemonym(word: string): Country | undefined {
    return this.demonyms.get(word);
  }

  sectorOf(term: string): string | undefined {
    // "senior government officials" -> "government officials" -> hit: the head noun phrase decides.
    const words = foldKey(term).split(" ");
    for (let i = 0; i < words.length; i++) {
      const key = words.slice(i).join(" ");
      const sector = this.agentSectors.get(key) ?? this.titleIndex.get(key)?.sector;
      if (sector) return sector;
    }
    return undefined;
  }

  titleOf(phrase: string): Title | undefined {
    const hit = this.titleIndex.get(foldKey(phrase));
    if (hit) return hit;
    const bare = withoutArticle(phrase);
    return bare === undefined ? undefined : this.titleIndex.get(foldKey(bare));
  }

  organizationByName(name: string): Organization | undefined {
    return this.orgNames.get(name);
  }

  peopleByName(name: string): Person[] {
    return matching(this.personNames, name);
  }

  peopleBySurname(surname: string): Person[] {
    return matching(this.surnames, surname);
  }

  organization(id: string): Organization | undefined {
    return this.orgIds.get(id);
  }

  holder(country: string, title: string, date: string): Person | undefined {
    return this.holderOf(`${country.toUpperCase()}|${this.titleOf(title)?.title ?? title}`, date);
  }

  orgHolder(org: string, title: string, date: string): Person | undefined {
    const canonical = this.titleOf(title)?.title;
    if (canonical || !HEAD_WORDS.has(foldKey(title))) return this.holderOf(`org:${org}|${canonical ?? title}`, date);
    for (const leading of LEADING_TITLES) {
      const person = this.holderOf(`org:${org}|${leading}`, date);
      if (person) return person;
    }
    return undefined;
  }

  private holderOf(key: string, date: string): Person | undefined {
    const list = this.holdings.get(key);
    if (!list) return undefined;
    // On a handover day both hold the office; the one who started later is the new holder.
    let best: Holding | undefined;
    for (const h of list) {
      if (!within(date, h.role.from, h.role.to)) continue;
      if (!best || periodStart(h.role.from) > periodStart(best.role.from)) best = h;
    }
    return best?.person;
  }

  rolesOn(person: Person, date: string): Role[] {
    return person.roles.filter((r) => within(date, r.from, r.to));
  }

  actorFor(person: Person, date: string): ActorCode {
    const current = this.rolesOn(person, date);
    if (current.length > 0) {
      const role = current.reduce((best, r) => (rank(r.title) < rank(best.title) ? r : best));
      const org = role.org !== undefined ? this.orgIds.get(role.org) : undefined;
      if (org) return orgActor(org, role.sector);
      const country = role.country ?? person.country;
      const sector = role.sector ?? "GOV";
      return { code: country + sector, country, sector: [sector] };
    }
    const past = person.roles.filter((r) => endedBefore(date, r.to));
    if (past.length > 0) {
      const last = past.reduce((a, b) => (periodEnd(b.to!) > periodEnd(a.to!) ? b : a));
      // A former head of an international body is an elite of their own country.
      const country = last.country ?? this.orgIds.get(last.org ?? "")?.country ?? person.country;
      return { code: country + "ELI", country, sector: ["ELI"] };
    }
    return { code: person.country + "CVL", country: person.country, sector: ["CVL"] };
  }

  place(name: string, contextCountries?: ReadonlySet<string>): Place | undefined {
    this.gazetteer ??= new Gazetteer(this.countries);
    return this.gazetteer.find(name, contextCountries);
  }
}

/** Who acts for an organisation takes its code (IGOUNO, no country) and, unless the role says, its sector. */
export function orgActor(org: Organization, sector?: string): ActorCode {
  const sectors = sector ? [sector] : [...org.sector];
  return { code: org.code, ...(org.country ? { country: org.country } : {}), ...(sectors.length ? { sector: sectors } : {}) };
}

/** Holdings are indexed by the office: a country's or an organisation's, with the title. */
function holdingKey(role: Role): string {
  return role.org !== undefined ? `org:${role.org}|${role.title}` : `${role.country}|${role.title}`;
}

function addPerson(index: Map<string, NamedPerson[]>, name: string, person: Person): void {
  const key = foldKey(name);
  if (!key) return;
  const list = index.get(key) ?? [];
  const capitalsOnly = isAcronym(name);
  const old = list.find((e) => e.person === person);
  if (old) old.capitalsOnly &&= capitalsOnly;
  else list.push({ person, capitalsOnly });
  index.set(key, list);
}

function matching(index: Map<string, NamedPerson[]>, name: string): Person[] {
  const list = index.get(foldKey(name));
  if (!list) return [];
  const capitals = isAcronym(name);
  return list.filter((e) => !e.capitalsOnly || capitals).map((e) => e.person);
}

const PARTICLES = new Set(["de", "del", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "di", "du", "y"]);

/**
 * Short forms a surname mention may take: the last name, the last two names ("López Obrador",
 * "bin Salman") and, for three or more names, the second-to-last ("Glas" of "Jorge Glas Espinel",
 * since Spanish usage drops the mother's surname). One-word names have no surname form.
 */
export function surnameKeys(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return [];
  const keys = new Set<string>();
  const last = words[words.length - 1]!;
  const lastTwo = words.slice(-2).join(" ");
  if (!PARTICLES.has(last.toLowerCase())) keys.add(last);
  keys.add(lastTwo);
  if (words.length >= 3) {
    const secondLast = words[words.length - 2]!;
    const initial = /^\p{L}\.?$/u.test(secondLast);
    if (!PARTICLES.has(secondLast.toLowerCase()) && !initial) keys.add(secondLast);
    const prev = words[words.length - 3]!;
    if (PARTICLES.has(prev.toLowerCase())) keys.add(words.slice(-3).join(" "));
  }
  return [...keys];
}
