// Golden files for date finding: test/fixtures/dates/<case>/{input.txt, meta.json, expected.json}.
// A failing case prints a line diff of the JSON. Run with UPDATE_GOLDEN=1 to rewrite expected.json
// after checking the new output by eye.
import { test } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { segment } from "../../src/nlp/segment.js";
import { findDates } from "../../src/nlp/dates.js";
import type { AnnotatedDocument } from "../../src/types.js";
import { expectGolden } from "../helpers/golden.js";

const root = join(import.meta.dirname, "../../../test/fixtures/dates");

for (const name of readdirSync(root).sort()) {
  test(`dates golden: ${name}`, () => {
    const dir = join(root, name);
    const text = readFileSync(join(dir, "input.txt"), "utf8");
    const { published } = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as { published: string };
    const doc: AnnotatedDocument = { text, published, language: "en", ...segment(text), mentions: [], entities: [], dates: [], quotes: [] };
    expectGolden(join(dir, "expected.json"), findDates(doc), name);
  });
}

