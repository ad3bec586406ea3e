// `eventwire code` as a user runs it: the compiled CLI on files made here, good and bad.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
let dir: string;

const ENGLISH =
  "Police in Quito detained two opposition activists on Monday, the interior ministry said.\n\n" +
  "The activists had led a march against new fuel taxes in the capital.\n";
const FRENCH =
  "Le gouvernement a annoncé mardi une nouvelle réforme des retraites. Les syndicats ont appelé à une grève " +
  "nationale la semaine prochaine, et plusieurs ministres se sont réunis avec les représentants des régions " +
  "pour discuter des conséquences de cette décision sur les travailleurs les plus âgés du pays.\n";

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, "code", ...args], { input, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "eventwire-code-"));
  const batch = join(dir, "batch");
  mkdirSync(join(batch, "sub"), { recursive: true });
  writeFileSync(join(batch, "good.txt"), ENGLISH);
  writeFileSync(join(batch, "sub", "french.txt"), FRENCH);
  writeFileSync(join(batch, "empty.txt"), "  \n");
  writeFileSync(join(batch, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00]));
  writeFileSync(join(batch, "ignored.bin"), "not a text extension, so not read");
  // 50 MB without writing 50 MB: a sparse file.
  const fd = openSync(join(batch, "huge.txt"), "w");
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(
    join(batch, "records.jsonl"),
    JSON.stringify({ id: "r1", text: ENGLISH, published: "2024-03-04 08:15:00Z" }) + "\n" + "{this is not json\n" + JSON.stringify({ id: "r2", text: "" }) + "\n",
  );
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("code DIR: bad records are reported with their path and the good ones still come out", () => {
  const r = run([join(dir, "batch"), "--format", "jsonl", "--date", "2024-03-05"]);
  assert.match(r.stderr, /huge\.txt: too large \(50\.0 MB > 5 MB\); split it or raise --max-bytes/);
  assert.match(r.stderr, /binary\.txt: binary data, not text/);
  assert.match(r.stderr, /empty\.txt: empty text/);
  assert.match(r.stderr, /sub\/french\.txt: skipped: .*fra.*French.*not English/);
  assert.match(r.stderr, /line 2 of .*records\.jsonl: not valid JSON/);
  assert.match(r.stderr, /records\.jsonl#r2: empty text/);
  assert.match(r.stderr, /8 records, 2 coded, 1 skipped, 5 failed, \d+ events/);
  assert.doesNotMatch(r.stderr, /ignored\.bin/);
  assert.ok(!r.stderr.includes("\r") && !r.stderr.includes("\u001b["), "no progress bar when stderr is not a terminal");
  const docs = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; published: string; events: unknown[]; skipped?: string });
  assert.deepEqual(docs.map((d) => d.id).sort(), ["good.txt", "records.jsonl#r1", "sub/french.txt"]);
  assert.equal(docs.find((d) => d.id === "records.jsonl#r1")!.published, "2024-03-04");
  assert.equal(docs.find((d) => d.id === "good.txt")!.published, "2024-03-05");
  assert.deepEqual(docs.find((d) => d.id === "sub/french.txt")!.events, []);
  assert.equal(r.code, 1, "exit 1 when some records failed");
});

test("code --jsonl -: records from stdin as CSV, a bad line does not stop the batch", () => {
  const input = [
    JSON.stringify({ id: "a", text: ENGLISH, date: "2024-03-04", url: "https://example.org/a" }),
    "[1, 2]",
    JSON.stringify({ id: "b", text: ENGLISH, date: "2024-03-06" }),
  ].join("\n");
  const r = run(["-", "--jsonl", "--format", "csv"], input);
  const lines = r.stdout.split("\r\n").filter(Boolean);
  assert.match(lines[0]!, /^doc_id,event_id,date,/);
  for (const line of lines.slice(1)) assert.match(line, /^(a|b),/);
  assert.match(r.stderr, /line 2 of stdin: expected a JSON object/);
  assert.match(r.stderr, /3 records, 2 coded, 0 skipped, 1 failed/);
});

test("code FILE: one document, pretty JSON, no summary line", () => {
  const file = join(dir, "one.txt");
  writeFileSync(file, ENGLISH);
  const r = run([file, "--date", "2024-03-05"]);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { published: string; events: unknown[]; id?: string };
  assert.equal(doc.published, "2024-03-05");
  assert.equal(doc.id, undefined);
  assert.ok(Array.isArray(doc.events));
  assert.match(r.stdout, /\n {2}"text"/);
  assert.equal(r.stderr, "");
});

test("code: --max-bytes caps a record and unknown formats are refused", () => {
  const file = join(dir, "two-k.txt");
  writeFileSync(file, "word ".repeat(400));
  const capped = run([file, "--max-bytes", "1000"]);
  assert.match(capped.stderr, /two-k\.txt: too large \(2\.0 KB > 1000 bytes\); split it or raise --max-bytes/);
  assert.equal(capped.code, 1);
  const bad = run([file, "--format", "xml"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format: "xml" is not a format; use one of json, jsonl, gdelt, plover, csv/);
  const missing = run([join(dir, "nope.txt")]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.txt: no such file or directory/);
});
