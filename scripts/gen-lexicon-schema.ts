// Writes docs/schemas/lexicon.schema.json from the zod schema of lexicon files, so editors can
// check and complete users' lexicon files. Run after changing src/coding/lexicon/schema.ts:
//   npx tsc -p . && node dist/scripts/gen-lexicon-schema.js          (write)
//   node dist/scripts/gen-lexicon-schema.js --check                  (exit 1 when out of date)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { packageRoot } from "../src/coding/codebook/data-dir.js";
import { lexiconFileSchema } from "../src/coding/lexicon/schema.js";

export const lexiconSchemaPath = (): string => join(packageRoot(), "docs", "schemas", "lexicon.schema.json");

/** The JSON Schema text, as committed. Input shape: fields with defaults are optional. */
export function lexiconJsonSchema(): string {
  const schema = z.toJSONSchema(lexiconFileSchema, { io: "input", unrepresentable: "any" });
  const doc = {
    ...schema,
    title: "eventwire event lexicon file",
    description: "Entries mapping verb and noun triggers, with constraints, to CAMEO codes; see docs/CODEBOOK.md.",
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

function main(): void {
  const path = lexiconSchemaPath();
  const text = lexiconJsonSchema();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`${path} is out of date; run node dist/scripts/gen-lexicon-schema.js`);
      process.exit(1);
    }
    console.log(`${path} is up to date`);
    return;
  }
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
