// `eventwire annotate` as a user runs it: the compiled CLI on one article, on stdin and in batch mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, "annotate", ...args], { input, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE =
  "Peru recalls envoy after raid\n\n" +
  "Peruvian President Dina Boluarte said on Friday that police had raided the Bolivian consulate in Puno. " +
  "\"We will not accept threats,\" Boluarte told reporters.\n";

test("one file: the documented JSON fields, dates against --date, quotes with speakers", () => {
  const dir = mkdtempSync(join(tmpdir(), "eventwire-annotate-"));
  const file = join(dir, "a.txt");
  writeFileSync(file, ARTICLE);
  const r = run([file, "--date", "2024-03-10"]);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  for (const s of doc.sentences) assert.equal(ARTICLE.slice(s.start, s.end), s.text);
  const boluarte = doc.entities.find((e: { name: string }) => e.name === "Dina Boluarte");
  assert.ok(boluarte, "the president is an entity");
  assert.equal(boluarte.type, "PERSON");
  assert.ok(boluarte.mentions.some((m: { text: string }) => m.text === "Boluarte"), "the surname joins the full name");
  assert.deepEqual(doc.dates.map((d: { value: string; granularity: string }) => [d.value, d.granularity]), [["2024-03-08", "day"]]);
  const quote = doc.quotes.find((q: { direct: boolean }) => q.direct);
  assert.equal(quote.text, "We will not accept threats,");
  assert.equal(quote.speaker.entity, boluarte.id);
});

test("text format prints entities, dates and quotes for reading", () => {
  const r = run(["-", "--date", "2024-03-10", "--format", "text"], ARTICLE);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /ENTITIES[\s\S]*Dina Boluarte/);
  assert.match(r.stdout, /2024-03-08 day/);
});

test("bad inputs get errors that name the input", () => {
  const missing = run(["/no/such/file.txt", "--date", "2024-03-10"]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /\/no\/such\/file\.txt: no such file/);
  const badDate = run(["-", "--date", "2024-02-30"], "text");
  assert.equal(badDate.code, 2);
  assert.match(badDate.stderr, /--date: "2024-02-30" is not a calendar day/);
  const badFormat = run(["-", "--format", "xml"], "text");
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format/);
});

test("batch mode: one result per line with the same id; a bad line is reported and the batch goes on", () => {
  const input = [
    JSON.stringify({ id: "a1", text: "Chilean police arrested three men in Santiago on Monday.", date: "2024-05-08" }),
    "{not json",
    JSON.stringify({ id: "a3" }),
    JSON.stringify({ id: "a4", text: "Brazil and Chile signed a trade deal.", date: "2024-13-01" }),
    JSON.stringify({ id: 5, text: "Argentina's president spoke in Buenos Aires." }),
  ].join("\n");
  const r = run(["-", "--jsonl", "--date", "2024-05-10"], input);
  assert.equal(r.code, 1, "a failed record makes the exit code 1");
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ["a1", null, "a3", "a4", "5"]);
  assert.equal(lines[0].dates[0].value, "2024-05-06");
  assert.match(lines[1].error, /line 2 of stdin: not valid JSON/);
  assert.match(lines[2].error, /"text" must be a string/);
  assert.match(lines[3].error, /"2024-13-01" is not a calendar day/);
  assert.equal(lines[4].published, "2024-05-10", "a record without a date takes --date");
  assert.match(r.stderr, /line 2 of stdin/);
});
