import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ingestArticle } from "../../src/ingest/pipeline.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { fixtureText, raw, tempDir } from "../store/helpers/articles.js";
import { runCli } from "../store/helpers/cli.js";
import { fakeCoder } from "../store/helpers/fake-coder.js";

const tmp = tempDir();
const db = join(tmp.dir, "archive.db");
const query = (...args: string[]) => runCli(["query", ...args, "--db", db]);

before(async () => {
  const store = new SqliteStore(db);
  const add = (text: string, extra: object) => ingestArticle(raw(text, extra), { store, coder: fakeCoder });
  await add(fixtureText("original"), { url: "https://news.example.org/quito", published: "2024-04-02", title: "Ecuador condemns Mexico" });
  await add(fixtureText("updated"), { url: "https://news.example.org/quito", published: "2024-04-06", title: "Ecuador raids Mexican embassy" });
  await add(fixtureText("unrelated"), { url: "https://news.example.org/kenya", published: "2024-03-11", title: "Kenya and China talk loans" });
  await store.close();
});
after(() => tmp.cleanup());

test("events as an aligned table, latest versions only unless --all-versions", async () => {
  const r = await query("events", "--pair", "ECU-MEX");
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split("\n");
  assert.match(lines[0]!, /^DATE\s+SOURCE\s+CAMEO\s+PLOVER\s+TARGET\s+GS\s+V\s+ARTICLE$/);
  assert.match(lines[1]!, /^-+( +-+)+$/);
  assert.equal(lines.length, 4);
  assert.ok(lines.slice(2).every((l) => l.indexOf("ECU Ecuador") === lines[0]!.indexOf("SOURCE")));
  const all = await query("--pair", "ECU-MEX", "--all-versions");
  assert.equal(all.stdout.trimEnd().split("\n").length, 5);
});

test("events as JSON and CSV", async () => {
  const json = JSON.parse((await query("--code", "17", "--format", "json")).stdout) as Array<Record<string, unknown>>;
  assert.equal(json.length, 1);
  assert.equal(json[0]!.cameo, "171");
  assert.equal(json[0]!.ploverType, "COERCE");
  assert.equal(json[0]!.version, 2);
  assert.equal(json[0]!.title, "Ecuador raids Mexican embassy");
  const csv = (await query("--type", "CONSULT", "--format", "csv")).stdout.split("\r\n");
  assert.match(csv[0]!, /^article_id,version,latest,event_id,date,source_code/);
  assert.match(csv[1]!, /,KEN,Kenya,KEN,040,04,CONSULT,CHN,/);
});

test("events as GDELT rows through the shared formatter", async () => {
  const r = await query("--from", "2024-04-01", "--to", "2024-04-30", "--source", "ECU", "--format", "gdelt");
  const rows = r.stdout.trimEnd().split("\n").map((l) => l.split("\t"));
  assert.equal(rows.length, 2);
  assert.ok(rows.every((cols) => cols.length === 61));
  assert.deepEqual(rows.map((c) => [c[0], c[1], c[5], c[15], c[26]]), [["1", "20240406", "ECU", "MEX", "171"], ["2", "20240406", "ECU", "MEX", "111"]]);
  assert.equal(rows[0]![60], "https://news.example.org/quito");
});

test("articles and quotes; full-text search", async () => {
  const articles = await query("articles", "--text", "railway", "--format", "json");
  const found = JSON.parse(articles.stdout) as Array<{ title: string; versions: number }>;
  assert.deepEqual(found.map((a) => a.title), ["Kenya and China talk loans"]);
  const table = (await query("articles")).stdout;
  assert.match(table, /^ID\s+PUBLISHED\s+LANG\s+VERSIONS\s+SIGHTINGS\s+EVENTS\s+TITLE\s+URL/);
  assert.match(table, /Ecuador raids Mexican embassy/);
  const quotes = await query("quotes", "--format", "csv");
  assert.equal(quotes.code, 0, quotes.stderr);
  assert.match(quotes.stdout, /^article_id,published,speaker/);
});

test("bad options and a missing archive are clear errors", async () => {
  const pair = await query("--pair", "ECUMEX");
  assert.equal(pair.code, 2);
  assert.match(pair.stderr, /--pair: "ECUMEX" is not a country pair; write two ISO alpha-3 codes/);
  const date = await query("--from", "2024-13-01");
  assert.match(date.stderr, /--from: "2024-13-01" is not a calendar day/);
  const fts = await query("articles", "--text", '"unbalanced');
  assert.equal(fts.code, 2);
  assert.match(fts.stderr, /--text: not a valid full-text query/);
  const missing = await runCli(["query", "--db", join(tmp.dir, "nothing.db")]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such database; ingest something first/);
});
