// Writes docs/schemas/actors.schema.json from the zod schema of actor knowledge files, so
// editors can check users' files. Run after changing src/actors/knowledge/schema.ts:
//   npx tsc -p . && node dist/scripts/gen-schemas.js            (write)
//   node dist/scripts/gen-schemas.js --check                    (exit 1 when out of date)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { actorsJsonSchemaText } from "../src/actors/knowledge/json-schema.js";
import { packageRoot } from "../src/actors/knowledge/paths.js";

const target = join(packageRoot(), "docs", "schemas", "actors.schema.json");
const text = actorsJsonSchemaText();

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    process.stderr.write(`${target} is stale; run node dist/scripts/gen-schemas.js\n`);
    process.exitCode = 1;
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
