// What the loaded actor knowledge offers the recognisers and resolvers.
// Implemented by ./load.ts over data/actors/*.json plus the user's own files.
import type { ActorCode } from "../../types.js";
import type { Agent, Country, Organization, Person, Role, Title } from "./schema.js";

export interface Place {
  name: string;
  /** ISO alpha-3 of the country the place is in. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** "capital", "city", "region" */
  kind: string;
}

export interface Knowledge {
  readonly countries: readonly Country[];
  readonly agents: readonly Agent[];
  readonly titles: readonly Title[];
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];

  /** By alpha-3 code. */
  country(code: string): Country | undefined;
  /** By any name or short form, case- and accent-insensitive ("Ecuador", "the US", "U.S."). */
  countryByName(name: string): Country | undefined;
  /** By a demonym ("Ecuadorian", "Ecuadorean", "Mexicans"). */
  countryByDemonym(word: string): Country | undefined;

  /** CAMEO sector for a lower-case noun or noun phrase ("police", "foreign ministry", "troops"). */
  sectorOf(term: string): string | undefined;
  /** The canonical title for a phrase ("secretary of foreign affairs" -> foreign minister). */
  titleOf(phrase: string): Title | undefined;

  /** By name or alias, case- and accent-insensitive ("United Nations", "UN", "U.N."). */
  organizationByName(name: string): Organization | undefined;
  // The two look-ups below came with roles in organisations; optional so that small stand-ins
  // (tests, an empty knowledge) need not implement them.
  /** By id ("un", "nato"). */
  organization?(id: string): Organization | undefined;

  /** People whose full name or an alias matches ("AMLO", "Lopez Obrador"). */
  peopleByName(name: string): Person[];
  /** People whose last name (or last two names) matches ("Glas", "López Obrador"). */
  peopleBySurname(surname: string): Person[];
  /** Who held a title in a country on a date (YYYY-MM-DD). */
  holder(country: string, title: string, date: string): Person | undefined;
  /** Who held a title in an organisation (by id) on a date: the UN secretary-general in 2002. */
  orgHolder?(org: string, title: string, date: string): Person | undefined;
  /** The roles a person held on a date. */
  rolesOn(person: Person, date: string): Role[];
  /**
   * The person's actor code on a date: a current role's country+sector (an organisation role gives
   * the organisation's code, IGOUNO, and no country), ELI for a past holder, else CVL.
   */
  actorFor(person: Person, date: string): ActorCode;

  /** A city or region by name; ambiguity settled by the countries already in context, then by population. */
  place(name: string, contextCountries?: ReadonlySet<string>): Place | undefined;
}

/** Folds case, accents, dots and spacing so that "U.S." ~ "US" and "López" ~ "Lopez". */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’']/g, "'")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
