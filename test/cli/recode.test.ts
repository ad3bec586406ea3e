// `recode` replaces what an older coder stored; the archive is written by the fake coder, so
// the real coder's version always differs from what is stored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import Database from "better-sqlite3";
import { coderVersion } from "../../src/code.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import { ingestArticle } from "../../src/ingest/pipeline.js";
import { recodeArchive } from "../../src/ingest/recode.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { fixtureText, raw, tempDir } from "../store/helpers/articles.js";
import { runCli } from "../store/helpers/cli.js";
import { FAKE_CODER_VERSION, fakeCoder } from "../store/helpers/fake-coder.js";
import type { CodeFn } from "../../src/ingest/pipeline.js";

async function fakeArchive(file: string): Promise<void> {
  const store = new SqliteStore(file);
  await ingestArticle(raw(fixtureText("original"), { url: "https://news.example.org/quito", title: "Embassy raid", published: "2024-04-06" }), { store, coder: fakeCoder });
  await ingestArticle(raw(fixtureText("unrelated"), { url: "https://news.example.org/kenya", published: "2024-03-11" }), { store, coder: fakeCoder });
  await store.close();
}

test("recodeArchive replaces each version's events in place, only where the coder version differs", async () => {
  const tmp = tempDir();
  const file = join(tmp.dir, "archive.db");
  await fakeArchive(file);
  const store = new SqliteStore(file);
  const before = await store.events({ allVersions: true });
  assert.ok(before.length > 0);
  // A "newer" coder that finds each event twice.
  const doubled: CodeFn = (text, meta) => {
    const doc = fakeCoder(text, meta);
    return { ...doc, coder: "fake-coder-2", events: [...doc.events, ...doc.events.map((e) => ({ ...e, id: `${e.id}b` }))] };
  };
  const none = await recodeArchive({ store, coder: doubled, coderVersion: FAKE_CODER_VERSION });
  assert.deepEqual([none.recoded, none.current], [0, 2]);
  const s = await recodeArchive({ store, coder: doubled, coderVersion: "fake-coder-2" });
  assert.deepEqual([s.recoded, s.current, s.eventsBefore, s.eventsAfter], [2, 0, before.length, 2 * before.length]);
  const after = await store.events({ allVersions: true });
  assert.equal(after.length, 2 * before.length);
  assert.ok(after.every((e) => e.coder === "fake-coder-2"));
  // The full-text index still finds the texts, once each.
  assert.equal((await store.articles({ text: "embassy" })).length, 1);
  assert.equal((await recodeArchive({ store, coder: doubled, coderVersion: "fake-coder-2" })).recoded, 0);
  assert.equal((await recodeArchive({ store, coder: doubled, coderVersion: "fake-coder-2", all: true })).recoded, 2);
  assert.equal((await store.events({ allVersions: true })).length, 2 * before.length);
  await store.close();
  tmp.cleanup();
});

test("eventwire recode re-codes versions of another coder version, then nothing; --all everything", { timeout: 120_000 }, async () => {
  const tmp = tempDir();
  const db = join(tmp.dir, "archive.db");
  await fakeArchive(db);
  const current = coderVersion(defaultLexicon());
  const first = await runCli(["recode", "--db", db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, new RegExp(`2 versions re-coded with ${current.replace(/[.+]/g, "\\$&")}, 0 already current; events \\d+ -> \\d+`));
  const check = new Database(db, { readonly: true });
  const coders = check.prepare("SELECT DISTINCT coder FROM versions UNION SELECT DISTINCT coder FROM events").all() as Array<{ coder: string }>;
  assert.deepEqual(coders.map((c) => c.coder), [current]);
  check.close();
  const again = await runCli(["recode", "--db", db]);
  assert.match(again.stderr, /0 versions re-coded with .*, 2 already current/);
  const all = await runCli(["recode", "--db", db, "--all"]);
  assert.match(all.stderr, /2 versions re-coded/);
  const missing = await runCli(["recode", "--db", join(tmp.dir, "none.db")]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such database/);
  tmp.cleanup();
});
