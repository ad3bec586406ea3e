// Writes the JSON Schemas in docs/schemas/ from the zod schemas they mirror, so that editors can
// check users' files and scripts can rely on the output. Run after changing one of those schemas:
//   npx tsc -p . && node dist/scripts/gen-schemas.js            (write)
//   node dist/scripts/gen-schemas.js --check                    (exit 1 when one is out of date)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { actorsJsonSchemaText } from "../src/actors/knowledge/json-schema.js";
import { packageRoot } from "../src/actors/knowledge/paths.js";
import { codedDocumentJsonSchema } from "../src/coding/formats/schema.js";
import { lexiconJsonSchemaText } from "../src/coding/lexicon/json-schema.js";
import { intentFileSchema, refusalFileSchema } from "../src/coding/codebook/schema.js";
import { z } from "zod";

const schemas: Array<[file: string, text: () => string]> = [
  ["actors.schema.json", actorsJsonSchemaText],
  ["lexicon.schema.json", lexiconJsonSchemaText],
  ["refusals.schema.json", () => JSON.stringify({ ...z.toJSONSchema(refusalFileSchema, { io: "input" }), title: "eventwire refusal table", description: "Which CAMEO 12 rejection a refused cooperative act becomes; see docs/CODEBOOK.md." }, null, 2) + "\n"],
  ["intents.schema.json", () => JSON.stringify({ ...z.toJSONSchema(intentFileSchema, { io: "input" }), title: "eventwire intent table", description: "Which CAMEO 03/13 code an act only stated as intended becomes; see docs/CODEBOOK.md." }, null, 2) + "\n"],
  ["coded-document.schema.json", () => JSON.stringify(codedDocumentJsonSchema(), null, 2) + "\n"],
];

const dir = join(packageRoot(), "docs", "schemas");
const check = process.argv.includes("--check");
mkdirSync(dir, { recursive: true });
for (const [file, text] of schemas) {
  const target = join(dir, file);
  const wanted = text();
  if (!check) {
    writeFileSync(target, wanted);
    process.stdout.write(`wrote ${target}\n`);
    continue;
  }
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as out of date
  }
  if (current !== wanted) {
    process.stderr.write(`${target} is out of date; run node dist/scripts/gen-schemas.js\n`);
    process.exitCode = 1;
  }
}
