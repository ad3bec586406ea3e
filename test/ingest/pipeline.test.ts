import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ingestArticle } from "../../src/ingest/pipeline.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { fixtureText, raw, tempDir } from "../store/helpers/articles.js";
import { FAKE_CODER_VERSION, fakeCoder } from "../store/helpers/fake-coder.js";

const URL_A = "https://news.example.org/world/ecuador-mexico?utm_source=feed";
const URL_B = "https://wire.example.net/stories/quito-asylum";

function open() {
  const tmp = tempDir();
  const store = new SqliteStore(join(tmp.dir, "archive.db"));
  const ingest = (text: string, extra = {}) => ingestArticle(raw(text, extra), { store, coder: fakeCoder });
  return { store, ingest, done: async () => { await store.close(); tmp.cleanup(); } };
}

test("the same article twice is stored once", async () => {
  const { store, ingest, done } = open();
  const first = await ingest(fixtureText("original"), { url: URL_A, published: "2024-04-02", title: "Ecuador condemns Mexico" });
  assert.equal(first.kind, "article");
  const again = await ingest(fixtureText("original"), { url: URL_A, published: "2024-04-02", title: "Ecuador condemns Mexico" });
  assert.equal(again.kind, "known");
  assert.deepEqual(await store.stats(), { articles: 1, versions: 1, sightings: 1, events: 1, quotes: 0, failures: 0 });
  const [article] = await store.articles({});
  // Tracking parameters are not part of the identity.
  assert.equal(article!.url, "https://news.example.org/world/ecuador-mexico");
  await done();
});

test("a syndicated copy at another URL becomes a sighting of the same article", async () => {
  const { store, ingest, done } = open();
  await ingest(fixtureText("original"), { url: URL_A, published: "2024-04-02" });
  const copy = await ingest(fixtureText("syndicated"), { url: URL_B, published: "2024-04-02", source: { kind: "feed", location: "https://wire.example.net/rss" } });
  assert.equal(copy.kind, "duplicate");
  assert.equal(copy.kind === "duplicate" && copy.why, "near");
  // Exact copy at a third place: also a sighting, found by its hash.
  const exact = await ingest(fixtureText("original"), { url: "https://mirror.example.com/a" });
  assert.equal(exact.kind === "duplicate" && exact.why, "exact");
  // Seen again at the syndicating site: already known, nothing stored.
  assert.equal((await ingest(fixtureText("syndicated"), { url: URL_B, source: { kind: "feed", location: "https://wire.example.net/rss" } })).kind, "known");
  const stats = await store.stats();
  assert.equal(stats.articles, 1);
  assert.equal(stats.versions, 1);
  assert.equal(stats.sightings, 3);
  assert.equal((await store.articles({}))[0]!.sightings, 3);
  await done();
});

test("a lightly edited text at the same URL is the same version", async () => {
  const { store, ingest, done } = open();
  await ingest(fixtureText("original"), { url: URL_A });
  const edited = await ingest(fixtureText("edited"), { url: URL_A });
  // Same version, same source, same URL: nothing new to record.
  assert.equal(edited.kind, "known");
  assert.equal((await store.stats()).versions, 1);
  await done();
});

test("an updated article becomes a second version; both versions' events stay queryable", async () => {
  const { store, ingest, done } = open();
  await ingest(fixtureText("original"), { url: URL_A, published: "2024-04-02", title: "Ecuador condemns Mexico" });
  const update = await ingest(fixtureText("updated"), { url: URL_A, published: "2024-04-06", title: "Ecuador raids Mexican embassy", seenAt: "2024-04-06T23:00:00.000Z" });
  assert.equal(update.kind, "version");
  assert.equal(update.kind === "version" && update.result.kind === "version" && update.result.number, 2);
  const stats = await store.stats();
  assert.equal(stats.articles, 1);
  assert.equal(stats.versions, 2);

  const latest = await store.events({});
  assert.deepEqual(latest.map((e) => [e.version, e.cameo, e.date]), [["2", "171", "2024-04-06"], ["2", "111", "2024-04-06"]].map(([v, c, d]) => [Number(v), c, d]));
  assert.ok(latest.every((e) => e.latest && e.coder === FAKE_CODER_VERSION));
  const all = await store.events({ allVersions: true });
  assert.equal(all.length, 3);
  assert.deepEqual(all.filter((e) => e.version === 1).map((e) => [e.cameo, e.latest, e.title]), [["111", false, "Ecuador condemns Mexico"]]);
  const [article] = await store.articles({});
  assert.equal(article!.versions, 2);
  assert.equal(article!.title, "Ecuador raids Mexican embassy");
  await done();
});

test("full-text search finds an article by a word of its text", async () => {
  const { store, ingest, done } = open();
  await ingest(fixtureText("original"), { url: URL_A, published: "2024-04-02", title: "Ecuador condemns Mexico" });
  await ingest(fixtureText("unrelated"), { url: "https://news.example.org/africa/kenya-loans", published: "2024-03-11", title: "Kenya and China talk loans" });
  assert.deepEqual((await store.articles({ text: "railway" })).map((a) => a.title), ["Kenya and China talk loans"]);
  assert.deepEqual((await store.articles({ text: '"former vice president"' })).map((a) => a.title), ["Ecuador condemns Mexico"]);
  assert.deepEqual((await store.events({ text: "asylum" })).map((e) => e.cameo), ["111"]);
  assert.deepEqual(await store.articles({ text: "zeppelin" }), []);
  await done();
});

test("events are filtered by country pair, CAMEO prefix, PLOVER type, actor and date", async () => {
  const { store, ingest, done } = open();
  await ingest(fixtureText("original"), { url: URL_A, published: "2024-04-02" });
  await ingest(fixtureText("unrelated"), { url: "https://news.example.org/africa/kenya-loans", published: "2024-03-11" });
  await ingest("Mexico condemned Ecuador for the raid on its embassy. Its government said it would take the case to the world court in The Hague within days.", { url: "https://news.example.org/mexico-reply", published: "2024-04-07" });
  const cameos = async (f: Parameters<typeof store.events>[0]) => (await store.events(f)).map((e) => `${e.source[0]!.code}-${e.cameo}-${e.target[0]!.code}`);
  assert.deepEqual(await cameos({ pair: { from: "ECU", to: "MEX", either: false } }), ["ECU-111-MEX"]);
  assert.deepEqual(await cameos({ pair: { from: "ECU", to: "MEX", either: true } }), ["MEX-111-ECU", "ECU-111-MEX"]);
  assert.deepEqual(await cameos({ code: "04" }), ["KEN-040-CHN"]);
  assert.deepEqual(await cameos({ type: "accuse", from: "2024-04-03" }), ["MEX-111-ECU"]);
  assert.deepEqual(await cameos({ from: "2024-03-01", to: "2024-03-31" }), ["KEN-040-CHN"]);
  assert.deepEqual(await cameos({ actor: "chn" }), ["KEN-040-CHN"]);
  assert.deepEqual(await cameos({ actor: "kenya" }), ["KEN-040-CHN"]);
  assert.deepEqual(await cameos({ source: "MEX" }), ["MEX-111-ECU"]);
  assert.deepEqual(await cameos({ target: "MEX" }), ["ECU-111-MEX"]);
  assert.deepEqual(await cameos({ limit: 1 }), ["MEX-111-ECU"]);
  await done();
});

test("a text that is not English is archived but not coded", async () => {
  const { store, ingest, done } = open();
  const out = await ingest("Le ministre des affaires étrangères a condamné la décision du Mexique. ".repeat(4), { url: "https://exemple.fr/a", language: "fra" });
  assert.equal(out.kind, "article");
  assert.match(out.kind === "article" ? out.skipped ?? "" : "", /not English/);
  assert.equal((await store.stats()).events, 0);
  assert.equal((await store.articles({}))[0]!.language, "fra");
  await done();
});
