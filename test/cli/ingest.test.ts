import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { fixtureText, tempDir } from "../store/helpers/articles.js";
import { runCli } from "../store/helpers/cli.js";
import { startFeedServer } from "../store/helpers/feed-server.js";

function jsonl(records: object[]): string {
  return records.map((r) => JSON.stringify(r)).join("\n") + "\n";
}

const RECORDS = [
  { guid: "a1", link: "https://news.example.org/world/quito", headline: "Ecuador condemns Mexico", published: "2024-04-02", body: fixtureText("original") },
  { guid: "a2", link: "https://news.example.org/africa/kenya", headline: "Kenya and China talk loans", published: "2024-03-11", body: fixtureText("unrelated") },
  { guid: "a3", link: "https://wire.example.net/quito-copy", headline: "Quito asylum row", published: "2024-04-02", body: fixtureText("syndicated") },
];

test("ingest twice: the second run stores nothing new and says so", { timeout: 120_000 }, async () => {
  const tmp = tempDir();
  const input = join(tmp.dir, "batch.data");
  writeFileSync(input, jsonl(RECORDS));
  const args = ["ingest", input, "--jsonl", "--map", "text=body,date=published,url=link,title=headline,id=guid"];
  // The archive comes from EVENTWIRE_DB when there is no --db.
  const env = { EVENTWIRE_DB: join(tmp.dir, "env.db") };
  const first = await runCli(args, env);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /2 new, 0 new versions, 1 duplicate, 0 already known, 0 skipped \(language\), 0 failed/);
  const second = await runCli(args, env);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /0 new, 0 new versions, 0 duplicates, 3 already known/);
  const db = new Database(env.EVENTWIRE_DB, { readonly: true });
  assert.equal((db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n, 2);
  assert.equal((db.prepare("SELECT count(*) AS n FROM sightings").get() as { n: number }).n, 3);
  db.close();
  tmp.cleanup();
});

test("a bad input is a recorded failure that never stops the batch; --retry-failed tries the retryable ones again, --retry-all the rest", { timeout: 120_000 }, async () => {
  const server = await startFeedServer({ "/late": { status: 503, body: "busy", type: "text/plain" } });
  const tmp = tempDir();
  const folder = join(tmp.dir, "in");
  mkdirSync(folder);
  writeFileSync(join(folder, "kenya.txt"), `Kenya and China talk loans\n\n${fixtureText("unrelated")}`);
  writeFileSync(join(folder, "broken.jsonl"), '{"id": "x1", "text": "The minister met the press."}\nnot json at all\n');
  const db = join(tmp.dir, "archive.db");
  const first = await runCli(["ingest", folder, `${server.base}/late`, join(tmp.dir, "missing.txt"), "--db", db, "--date", "2024-03-11", "--allow-private"]);
  assert.equal(first.code, 1);
  assert.match(first.stderr, /2 new, .* 3 failed/);
  assert.match(first.stderr, /failed: .*broken\.jsonl: line 2: not valid JSON/);
  assert.match(first.stderr, /failed: .*\/late: http-status/);
  assert.match(first.stderr, /failed: .*missing\.txt/);

  const page = `<!doctype html><html><head><title>Late news</title><link rel="canonical" href="https://news.example.org/late"></head>
    <body><article><h1>Late news</h1>${fixtureText("updated").split(/\n\n+/).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  server.routes.set("/late", { body: page });
  const retry = await runCli(["ingest", "--retry-failed", "--db", db, "--allow-private"]);
  assert.match(retry.stderr, /retried 1 failed input; 2 left whose failure retrying cannot fix/);
  assert.match(retry.stderr, /1 new, /);
  assert.equal(retry.code, 0, retry.stderr);
  const all = await runCli(["ingest", "--retry-all", "--db", db, "--allow-private"]);
  assert.match(all.stderr, /retried 2 failed inputs\n/);
  assert.equal(all.code, 1);
  const check = new Database(db, { readonly: true });
  const open = check.prepare("SELECT input FROM failures WHERE resolved_at IS NULL ORDER BY input").all() as Array<{ input: string }>;
  // The page is stored now; the broken line and the missing file still fail, tried twice each.
  assert.equal(open.length, 2);
  const attempts = check.prepare("SELECT attempts FROM failures WHERE resolved_at IS NULL").all() as Array<{ attempts: number }>;
  assert.deepEqual(attempts.map((a) => a.attempts), [2, 2]);
  assert.ok(open.every((f) => !f.input.endsWith("/late")));
  check.close();
  await server.close();
  tmp.cleanup();
});
