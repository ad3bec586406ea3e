// ISO alpha-3 -> FIPS 10-4 country codes. GDELT's Geo columns use FIPS ("UK", "GM", "IZ")
// while its Actor country columns use CAMEO (ISO-like) codes, so a GDELT export needs both.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError } from "../../errors.js";
import { dataPath } from "../../package-root.js";

const tableSchema = z
  .object({
    description: z.string().optional(),
    countries: z.record(
      z.string().regex(/^[A-Z]{3}$/, "an ISO alpha-3 code as key, e.g. DEU"),
      z.string().regex(/^[A-Z]{2}$/, "a two-letter FIPS 10-4 code as value, e.g. GM"),
    ),
  })
  .strict();

const TABLE_FILE = dataPath("formats", "iso3-to-fips.json");
let table: Record<string, string> | undefined;

function load(): Record<string, string> {
  const file = TABLE_FILE;
  const parsed = tableSchema.safeParse(JSON.parse(readFileSync(TABLE_FILE, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(file, `at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data.countries;
}

/** FIPS 10-4 code for an ISO alpha-3 country code, or "" when there is none. */
export function fipsOf(iso3: string | undefined): string {
  if (!iso3) return "";
  table ??= load();
  return table[iso3] ?? "";
}
