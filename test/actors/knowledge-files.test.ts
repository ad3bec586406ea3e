import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actorsJsonSchemaText } from "../../src/actors/knowledge/json-schema.js";
import { locateJsonError } from "../../src/actors/knowledge/json-error.js";
import { packageRoot } from "../../src/actors/knowledge/paths.js";

test("the committed JSON Schema is the one generated from the zod schema", () => {
  const committed = readFileSync(join(packageRoot(), "docs", "schemas", "actors.schema.json"), "utf8");
  assert.equal(committed, actorsJsonSchemaText(), "run: npx tsc -p . && node dist/scripts/gen-schemas.js");
});

test("JSON errors are located by line and column", () => {
  assert.equal(locateJsonError('{"a": 1}'), undefined);
  assert.deepEqual(locateJsonError('{\n  "a": [1, 2,]\n}'), { line: 2, column: 14, problem: "expected another value (no comma before ]) but found \"]\"" });
  assert.equal(locateJsonError("{\n  a: 1\n}")?.line, 2);
  assert.match(locateJsonError('{"a": "x')!.problem, /closing quote/);
  assert.match(locateJsonError('{"a": 1} x')!.problem, /end of the file/);
});
