// Writes docs/schemas/coded-document.schema.json from the zod mirror of CodedDocument.
// Run after changing the coded-document types: `npx tsc -p . && node dist/scripts/gen-event-schema.js`
// (`--check` only compares and exits 1 when the file is stale).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { codedDocumentJsonSchema } from "../src/coding/formats/schema.js";

const target = fileURLToPath(new URL("../../docs/schemas/coded-document.schema.json", import.meta.url));
const text = JSON.stringify(codedDocumentJsonSchema(), null, 2) + "\n";

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    process.stderr.write(`${target} is stale; run node dist/scripts/gen-event-schema.js\n`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
