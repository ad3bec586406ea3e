// Kills an ingest half-way (SIGKILL, no chance to clean up), runs it again, and checks that every
// article is stored exactly once and that nothing stored is partial.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { tempDir } from "../store/helpers/articles.js";
import { runCli } from "../store/helpers/cli.js";

const RECORDS = 50;
const CRASH_AFTER = 20;

/** Distinct texts: words drawn by a seeded generator, so no two records are near-duplicates. */
function records(): string {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const vocabulary = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}${"aeiou"[i % 5]}n`);
  const lines: string[] = [];
  for (let r = 0; r < RECORDS; r++) {
    const words = Array.from({ length: 80 }, () => vocabulary[next() % vocabulary.length]!);
    const text = `Ecuador condemned Mexico on Tuesday over record ${r}. ${words.join(" ")}.`;
    lines.push(JSON.stringify({ id: `rec-${r}`, url: `https://example.org/news/${r}`, title: `Record ${r}`, date: "2024-04-02", text }));
  }
  return lines.join("\n") + "\n";
}

function count(db: Database.Database, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

test("an ingest killed after K articles leaves K whole articles; the rerun stores the rest exactly once", { timeout: 240_000 }, async () => {
  const tmp = tempDir();
  const input = join(tmp.dir, "batch.jsonl");
  const db = join(tmp.dir, "archive.db");
  writeFileSync(input, records());

  const crashed = await runCli(["ingest", input, "--db", db], { EVENTWIRE_TEST_CRASH_AFTER: String(CRASH_AFTER) });
  assert.equal(crashed.signal, "SIGKILL", crashed.stderr);
  let check = new Database(db, { readonly: true });
  assert.equal(count(check, "SELECT count(*) AS n FROM articles"), CRASH_AFTER);
  check.close();

  const rerun = await runCli(["ingest", input, "--db", db]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${RECORDS - CRASH_AFTER} new, 0 new versions, 0 duplicates, ${CRASH_AFTER} already known`));

  check = new Database(db, { readonly: true });
  assert.equal(check.pragma("integrity_check", { simple: true }), "ok");
  assert.equal(count(check, "SELECT count(*) AS n FROM articles"), RECORDS);
  assert.equal(count(check, "SELECT count(*) AS n FROM versions"), RECORDS);
  assert.equal(count(check, "SELECT count(DISTINCT external_id) AS n FROM sightings"), RECORDS);
  assert.equal(count(check, "SELECT count(*) AS n FROM sightings"), RECORDS);
  // Whole articles only: each has its version, sighting, full-text row and coder stamp.
  assert.equal(count(check, "SELECT count(*) AS n FROM articles WHERE latest_version_id IS NULL"), 0);
  assert.equal(count(check, "SELECT count(*) AS n FROM versions v WHERE NOT EXISTS (SELECT 1 FROM sightings s WHERE s.version_id = v.id)"), 0);
  assert.equal(count(check, "SELECT count(*) AS n FROM versions WHERE coder IS NULL"), 0);
  assert.equal(count(check, "SELECT count(*) AS n FROM versions_fts"), RECORDS);
  assert.equal(count(check, "SELECT count(*) AS n FROM versions_fts WHERE versions_fts MATCH 'record'"), RECORDS);
  check.close();
  tmp.cleanup();
});
