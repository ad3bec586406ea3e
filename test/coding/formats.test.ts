// Output formats over hand-built coded documents (golden files in test/fixtures/formats/<case>/),
// so these tests do not depend on how well the coder codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { CodedDocument } from "../../src/coding/types.js";
import { createWriter, type OutputFormat } from "../../src/coding/formats/index.js";
import { GDELT_COLUMNS, toGdeltRows } from "../../src/coding/formats/gdelt.js";
import { csvField } from "../../src/coding/formats/csv.js";
import { toPloverRecords } from "../../src/coding/formats/plover.js";
import { fipsOf } from "../../src/coding/formats/fips.js";
import { codedDocumentJsonSchema } from "../../src/coding/formats/schema.js";
import { checkSchema } from "./formats-schema-check.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/formats/", import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL("../../../docs/schemas/coded-document.schema.json", import.meta.url));
const ADDED = new Date("2024-03-12T08:30:00Z");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

const EXPECTED: Array<[OutputFormat, string]> = [
  ["gdelt", "expected.gdelt.tsv"],
  ["csv", "expected.csv"],
  ["plover", "expected.plover.jsonl"],
  ["jsonl", "expected.jsonl"],
];

function load(name: string): CodedDocument {
  return JSON.parse(readFileSync(join(FIXTURES, name, "input.json"), "utf8")) as CodedDocument;
}

function render(format: OutputFormat, doc: CodedDocument, id?: string): string {
  const w = createWriter(format, { added: ADDED });
  return w.start() + w.document(doc, id) + w.end();
}

for (const name of readdirSync(FIXTURES)) {
  for (const [format, file] of EXPECTED) {
    test(`formats: ${name} as ${format} matches ${file}`, () => {
      const actual = render(format, load(name), name);
      const path = join(FIXTURES, name, file);
      if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
      assert.equal(actual, readFileSync(path, "utf8"));
    });
  }
}

test("gdelt: 61 columns in the GDELT 2.0 codebook order", () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(GDELT_COLUMNS[0], "GlobalEventID");
  assert.equal(GDELT_COLUMNS[5], "Actor1Code");
  assert.equal(GDELT_COLUMNS[15], "Actor2Code");
  assert.equal(GDELT_COLUMNS[25], "IsRootEvent");
  assert.equal(GDELT_COLUMNS[26], "EventCode");
  assert.equal(GDELT_COLUMNS[34], "AvgTone");
  assert.equal(GDELT_COLUMNS[35], "Actor1Geo_Type");
  assert.equal(GDELT_COLUMNS[51], "ActionGeo_Type");
  assert.equal(GDELT_COLUMNS[59], "DATEADDED");
  assert.equal(GDELT_COLUMNS[60], "SOURCEURL");
});

test("gdelt: one row per event, CAMEO country codes for actors and FIPS for geo", () => {
  const rows = toGdeltRows(load("two-events"), { firstId: 7, added: ADDED }).map((r) => r.split("\t"));
  assert.equal(rows.length, 2);
  const col = (row: string[], name: string) => row[GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])];
  for (const row of rows) assert.equal(row.length, 61);
  const [first, second] = rows as [string[], string[]];
  assert.equal(col(first, "GlobalEventID"), "7");
  assert.equal(col(second, "GlobalEventID"), "8");
  assert.equal(col(first, "Day"), "20240311");
  assert.equal(col(first, "MonthYear"), "202403");
  assert.equal(col(first, "Actor1CountryCode"), "NOR");
  assert.equal(col(first, "Actor1Geo_CountryCode"), "NO");
  assert.equal(col(first, "ActionGeo_CountryCode"), "NO");
  assert.equal(col(first, "ActionGeo_Type"), "4");
  assert.equal(col(first, "Actor2Code"), "");
  assert.equal(col(second, "EventBaseCode"), "173");
  assert.equal(col(second, "EventRootCode"), "17");
  assert.equal(col(second, "QuadClass"), "4");
  assert.equal(col(second, "Actor1Type1Code"), "COP");
  assert.equal(col(second, "ActionGeo_CountryCode"), "EC");
  assert.equal(col(second, "ActionGeo_Type"), "1");
  assert.equal(col(first, "DATEADDED"), "20240312083000");
  assert.equal(col(first, "SOURCEURL"), "https://example.org/news/1");
});

test("gdelt: a month-only date takes the first day of the month", () => {
  const [row] = toGdeltRows(load("no-target"), { added: ADDED });
  const fields = row!.split("\t");
  assert.equal(fields[1], "20231201");
  assert.equal(fields[4], (2023 + (12 * 30 + 1) / 365).toFixed(4));
});

test("fips: ISO alpha-3 codes that differ from FIPS", () => {
  assert.equal(fipsOf("DEU"), "GM");
  assert.equal(fipsOf("GBR"), "UK");
  assert.equal(fipsOf("IRQ"), "IZ");
  assert.equal(fipsOf("ECU"), "EC");
  assert.equal(fipsOf("XXX"), "");
  assert.equal(fipsOf(undefined), "");
});

test("csv: RFC 4180 quoting", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
});

test("csv: header only when there are no events", () => {
  const out = render("csv", load("no-events"));
  assert.equal(out.split("\r\n").filter(Boolean).length, 1);
});

test("plover: compound actors joined with '; ' and flags listed", () => {
  const [rec] = toPloverRecords(load("two-events"), "doc-1");
  assert.equal(rec!.id, "doc-1#ev1");
  assert.equal(rec!.source_country, "NOR; CHL");
  assert.equal(rec!.event_type, "AGREE");
  assert.deepEqual(rec!.flags, ["reported"]);
  assert.equal(rec!.rule, "sign-agreement");
});

test("json: a batch is one JSON array of documents", () => {
  const w = createWriter("json", { batch: true });
  const out = w.start() + w.document(load("two-events"), "a") + w.document(load("no-events"), "b") + w.end();
  const parsed = JSON.parse(out) as Array<{ id: string }>;
  assert.deepEqual(parsed.map((d) => d.id), ["a", "b"]);
  const empty = createWriter("json", { batch: true });
  assert.deepEqual(JSON.parse(empty.start() + empty.end()), []);
});

test("schema: docs/schemas/coded-document.schema.json is up to date", () => {
  const published = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as unknown;
  assert.deepEqual(published, codedDocumentJsonSchema(), "run node dist/scripts/gen-schemas.js");
});

test("schema: json and jsonl output validates against the published schema", () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
  for (const name of readdirSync(FIXTURES)) {
    const doc = load(name);
    assert.deepEqual(checkSchema(schema, JSON.parse(render("json", doc))), [], name);
    assert.deepEqual(checkSchema(schema, JSON.parse(render("jsonl", doc, name))), [], name);
  }
});

test("schema: the checker rejects what the schema forbids", () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
  const doc = load("two-events") as unknown as Record<string, unknown>;
  const bad = { ...doc, published: "12/03/2024", extra: 1 };
  const problems = checkSchema(schema, bad);
  assert.ok(problems.some((p) => p.includes("$.published")));
  assert.ok(problems.some((p) => p.includes('unexpected property "extra"')));
});
