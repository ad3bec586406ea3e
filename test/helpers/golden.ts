// Golden files: compare a result with its expected.json and show a line diff on failure.
// UPDATE_GOLDEN=1 (or a missing file) writes the file instead; review the diff before committing.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function expectGolden(expectedPath: string, actual: unknown, label = expectedPath): void {
  const text = JSON.stringify(actual, null, 2) + "\n";
  if (process.env.UPDATE_GOLDEN || !existsSync(expectedPath)) writeFileSync(expectedPath, text);
  const expected = readFileSync(expectedPath, "utf8");
  if (text !== expected) assert.fail(`${label}: output differs from expected.json\n${lineDiff(expected, text)}`);
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
