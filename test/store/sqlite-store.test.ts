import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import Database from "better-sqlite3";
import { InputError } from "../../src/errors.js";
import { textIdentity } from "../../src/ingest/dedup-identity.js";
import { ingestArticle } from "../../src/ingest/pipeline.js";
import { resolveDbPath } from "../../src/store/open.js";
import { MIGRATIONS } from "../../src/store/sqlite/migrations/index.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { StoreConflict, type NewVersion } from "../../src/store/types.js";
import { fixtureText, raw, tempDir } from "./helpers/articles.js";
import { fakeCoder } from "./helpers/fake-coder.js";

function version(text: string): NewVersion {
  const id = textIdentity(text);
  return {
    text, publishedFrom: "input", published: "2024-04-02", language: "eng", contentHash: id.contentHash, bands: id.bands,
    ...(id.simhash ? { simhash: id.simhash } : {}), seenAt: "2024-04-06T12:00:00.000Z", coded: fakeCoder(text, { published: "2024-04-02" }),
  };
}

const sighting = (text: string, url?: string) => ({
  source: { kind: "jsonl", location: "a.jsonl" }, contentHash: textIdentity(text).contentHash, seenAt: "2024-04-06T12:00:00.000Z",
  ...(url ? { url } : {}),
});

test("a new archive is WAL, synchronous NORMAL, with foreign keys and the migrations recorded", async () => {
  const tmp = tempDir();
  const file = join(tmp.dir, "sub", "archive.db");
  const store = new SqliteStore(file);
  await store.close();
  const db = new Database(file);
  assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
  const migrations = db.prepare("SELECT id, name FROM schema_migrations ORDER BY id").all();
  assert.deepEqual(migrations, MIGRATIONS.map((m) => ({ id: m.id, name: m.name })));
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
  for (const t of ["sources", "feeds", "articles", "versions", "sightings", "failures", "entities", "quotes", "events", "versions_fts"]) {
    assert.ok(tables.includes(t), t);
  }
  db.close();
  // Opening again applies nothing twice.
  const again = new SqliteStore(file);
  assert.equal((await again.stats()).articles, 0);
  await again.close();
  tmp.cleanup();
});

test("a database from a newer eventwire is refused with a clear error", async () => {
  const tmp = tempDir();
  const file = join(tmp.dir, "archive.db");
  await new SqliteStore(file).close();
  const db = new Database(file);
  db.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, 'future', '2030-01-01')").run();
  db.close();
  assert.throws(() => new SqliteStore(file), (e: unknown) => e instanceof InputError && /newer than this eventwire/.test(e.message));
  tmp.cleanup();
});

test("query on a missing archive says how to make one", () => {
  const tmp = tempDir();
  assert.throws(() => new SqliteStore(join(tmp.dir, "none.db"), { mustExist: true }), /no such database; ingest something first/);
  tmp.cleanup();
});

test("the archive file comes from --db, then EVENTWIRE_DB, then ./eventwire.db", () => {
  assert.equal(resolveDbPath("/data/a.db", { EVENTWIRE_DB: "/data/b.db" }), "/data/a.db");
  assert.equal(resolveDbPath(undefined, { EVENTWIRE_DB: "/data/b.db" }), "/data/b.db");
  assert.equal(resolveDbPath(undefined, {}), join(process.cwd(), "eventwire.db"));
});

test("a write that fails half-way leaves nothing behind", async () => {
  const tmp = tempDir();
  const store = new SqliteStore(join(tmp.dir, "archive.db"));
  const v = version(fixtureText("original"));
  // An event without a CAMEO code breaks a NOT NULL column after the article and version rows are written.
  (v.coded.events[0] as { cameo: unknown }).cameo = null;
  await assert.rejects(store.addArticle("https://example.org/a", v, sighting(v.text, "https://example.org/a")));
  assert.deepEqual(await store.stats(), { articles: 0, versions: 0, sightings: 0, events: 0, quotes: 0, failures: 0 });
  assert.equal(await store.knowsUrl("https://example.org/a"), false);
  await store.close();
  tmp.cleanup();
});

test("two writers storing the same text: the second gets a conflict, and the pipeline turns it into a sighting", async () => {
  const tmp = tempDir();
  const file = join(tmp.dir, "archive.db");
  const a = new SqliteStore(file);
  const b = new SqliteStore(file);
  const text = fixtureText("original");
  await b.addArticle("https://example.org/a", version(text), sighting(text, "https://example.org/a"));
  await assert.rejects(a.addArticle("https://example.org/a", version(text), sighting(text, "https://example.org/a")), StoreConflict);
  // The pipeline decides, sees nothing (a stale read is simulated by a store that forgets once), writes, conflicts, decides again.
  let forget = true;
  const stale = Object.create(a) as SqliteStore;
  stale.findByContentHash = async (hash) => (forget ? ((forget = false), undefined) : a.findByContentHash(hash));
  stale.findByUrl = async (url) => (forget ? undefined : a.findByUrl(url));
  const out = await ingestArticle(raw(text, { url: "https://example.org/a" }), { store: stale, coder: fakeCoder });
  assert.equal(out.kind, "duplicate");
  assert.equal((await a.stats()).articles, 1);
  await a.close();
  await b.close();
  tmp.cleanup();
});

test("failures are recorded once per input and reason, counted, and resolved", async () => {
  const tmp = tempDir();
  const store = new SqliteStore(join(tmp.dir, "archive.db"));
  const f = { input: "https://example.org/dead", kind: "url", reason: "http-status: 503", retryable: true, at: "2024-04-06T12:00:00.000Z" };
  await store.recordFailure(f);
  await store.recordFailure({ ...f, at: "2024-04-06T13:00:00.000Z" });
  const [one, ...rest] = await store.failures();
  assert.equal(rest.length, 0);
  assert.equal(one!.attempts, 2);
  assert.equal(one!.firstTry, "2024-04-06T12:00:00.000Z");
  assert.equal(one!.lastTry, "2024-04-06T13:00:00.000Z");
  await store.resolveFailures(f.input);
  assert.deepEqual(await store.failures(), []);
  await store.close();
  tmp.cleanup();
});

test("feed state is saved and read back", async () => {
  const tmp = tempDir();
  const store = new SqliteStore(join(tmp.dir, "archive.db"));
  const state = { url: "https://example.org/rss", intervalSeconds: 900, etag: '"v1"', nextPoll: "2024-04-06T12:15:00.000Z", errors: 0 };
  await store.saveFeed(state);
  assert.deepEqual(await store.getFeed(state.url), state);
  await store.saveFeed({ ...state, errors: 2, lastError: "http-status: 500" });
  assert.deepEqual((await store.listFeeds()).map((f) => [f.errors, f.lastError]), [[2, "http-status: 500"]]);
  await store.close();
  tmp.cleanup();
});
