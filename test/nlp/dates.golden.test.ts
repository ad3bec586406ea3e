// Golden files for date finding: test/fixtures/dates/<case>/{input.txt, meta.json, expected.json}.
// A failing case prints a line diff of the JSON. Run with UPDATE_GOLDEN=1 to rewrite expected.json
// after checking the new output by eye.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { segment } from "../../src/nlp/segment.js";
import { findDates } from "../../src/nlp/dates.js";
import type { AnnotatedDocument } from "../../src/types.js";

const root = join(import.meta.dirname, "../../../test/fixtures/dates");

for (const name of readdirSync(root).sort()) {
  test(`dates golden: ${name}`, () => {
    const dir = join(root, name);
    const text = readFileSync(join(dir, "input.txt"), "utf8");
    const { published } = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as { published: string };
    const doc: AnnotatedDocument = { text, published, language: "en", ...segment(text), mentions: [], entities: [], dates: [], quotes: [] };
    const actual = JSON.stringify(findDates(doc), null, 2) + "\n";
    const expectedPath = join(dir, "expected.json");
    if (process.env.UPDATE_GOLDEN || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    const expected = readFileSync(expectedPath, "utf8");
    if (actual !== expected) assert.fail(`${name}: output differs from expected.json\n${lineDiff(expected, actual)}`);
  });
}

function lineDiff(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined) out.push(`- ${i + 1}: ${a[i]}`);
    if (b[i] !== undefined) out.push(`+ ${i + 1}: ${b[i]}`);
  }
  return out.slice(0, 40).join("\n");
}
