import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { backoffSeconds, watchFeeds } from "../../src/ingest/watch.js";
import { parseFeedList, parseInterval } from "../../src/ingest/watch-list.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { fixtureText, tempDir } from "../store/helpers/articles.js";
import { runCli, startCli } from "../store/helpers/cli.js";
import { fakeCoder } from "../store/helpers/fake-coder.js";
import { rss, startFeedServer } from "../store/helpers/feed-server.js";

const ITEMS = [
  { slug: "quito-embassy", title: "Ecuador condemns Mexico over asylum", text: fixtureText("original"), date: "2024-04-02" },
  { slug: "kenya-loans", title: "Kenya and China talk loans", text: fixtureText("unrelated"), date: "2024-03-11" },
];

// Long enough (over 400 characters) to count as full content: no page fetch needed.
const REPLY = {
  slug: "reply", title: "Mexico takes Ecuador to the world court", date: "2024-04-07",
  text: "Mexico condemned Ecuador on Sunday for the raid on its embassy in Quito and said it had asked the International Court of Justice " +
    "to suspend Ecuador from the United Nations until it apologised. The foreign minister told reporters in Mexico City that the raid " +
    "broke the most basic rule of diplomacy, and that every Mexican diplomat had now left Quito. Ecuador said it would defend itself in " +
    "court and that the former vice president would stay in prison while his appeals were heard.",
};

/** A clock the test moves by hand. */
function clock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (seconds: number) => void (t += seconds * 1000) };
}

test("feed lists: text lines with optional intervals, comments, and clear errors", () => {
  assert.deepEqual(parseFeedList("# news\nhttps://a.example/rss 30m\n\nhttps://b.example/feed\n", "feeds.txt"), [
    { url: "https://a.example/rss", intervalSeconds: 1800 },
    { url: "https://b.example/feed" },
  ]);
  assert.throws(() => parseFeedList("a.example/rss\n", "feeds.txt"), /line 1 of feeds.txt: "a.example\/rss" is not a feed URL/);
  assert.throws(() => parseFeedList("https://a.example/rss soon\n", "feeds.txt"), /line 1 of feeds.txt: "soon" is not an interval/);
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
    <outline text="World"><outline text="Wire" type="rss" xmlUrl="https://c.example/rss"/></outline></body></opml>`;
  assert.deepEqual(parseFeedList(opml, "feeds.opml"), [{ url: "https://c.example/rss", name: "Wire" }]);
  assert.equal(parseInterval("1h30m"), 5400);
  assert.equal(parseInterval("90s"), 90);
  assert.equal(parseInterval("15"), 900);
});

test("watch --once stores a feed's items; the next poll gets 304 from the ETag and fetches nothing new", async () => {
  const server = await startFeedServer();
  server.routes.set("/rss", { body: rss(server.base, ITEMS), type: "application/rss+xml", etag: '"feed-v1"' });
  const tmp = tempDir();
  const store = new SqliteStore(join(tmp.dir, "archive.db"));
  const time = clock("2024-04-06T12:00:00Z");
  const options = { store, feeds: [{ url: `${server.base}/rss` }], intervalSeconds: 900, once: true, coder: fakeCoder, now: time.now, fetch: { allowPrivate: true, retries: 0 } };

  const [first] = await watchFeeds(options);
  assert.equal(first!.status, "new-items");
  assert.equal(first!.summary.newArticles, 2);
  const feed = await store.getFeed(`${server.base}/rss`);
  assert.equal(feed!.etag, '"feed-v1"');
  assert.equal(feed!.nextPoll, "2024-04-06T12:15:00.000Z");

  // Not due yet: --once polls nothing.
  assert.deepEqual(await watchFeeds(options), []);
  time.advance(900);
  const [second] = await watchFeeds(options);
  assert.equal(second!.status, "not-modified");
  assert.equal(server.notModified.get("/rss"), 1);
  assert.equal(server.hits.get("/rss"), 2);
  assert.equal((await store.stats()).articles, 2);
  await store.close();
  await server.close();
  tmp.cleanup();
});

test("a failing feed backs off exponentially, and the backoff is stored", async () => {
  const server = await startFeedServer({ "/broken": { status: 500, body: "oops", type: "text/plain" } });
  const tmp = tempDir();
  const store = new SqliteStore(join(tmp.dir, "archive.db"));
  const time = clock("2024-04-06T12:00:00Z");
  const options = { store, feeds: [{ url: `${server.base}/broken`, intervalSeconds: 600 }], intervalSeconds: 900, once: true, coder: fakeCoder, now: time.now, fetch: { allowPrivate: true, retries: 0 } };
  const [first] = await watchFeeds(options);
  assert.equal(first!.status, "error");
  let state = await store.getFeed(`${server.base}/broken`);
  assert.equal(state!.errors, 1);
  assert.match(state!.lastError!, /500/);
  assert.equal(state!.nextPoll, "2024-04-06T12:20:00.000Z");
  time.advance(1200);
  await watchFeeds(options);
  state = await store.getFeed(`${server.base}/broken`);
  assert.equal(state!.errors, 2);
  assert.equal(state!.nextPoll, "2024-04-06T13:00:00.000Z");
  // It recovers: the feed answers again, errors reset, the normal interval returns.
  server.routes.set("/broken", { body: rss(server.base, ITEMS.slice(1)), type: "application/rss+xml" });
  time.advance(2400);
  const [third] = await watchFeeds(options);
  assert.equal(third!.status, "new-items");
  state = await store.getFeed(`${server.base}/broken`);
  assert.equal(state!.errors, 0);
  assert.equal(state!.lastError, undefined);
  assert.equal(state!.nextPoll, "2024-04-06T13:10:00.000Z");
  assert.equal(backoffSeconds(600, 30), 24 * 3600);
  await store.close();
  await server.close();
  tmp.cleanup();
});

test("the watch command: --once twice, then SIGTERM during a watch exits 0 with the archive intact", async () => {
  const server = await startFeedServer();
  server.routes.set("/rss", { body: rss(server.base, ITEMS), type: "application/rss+xml", etag: '"feed-v1"' });
  const tmp = tempDir();
  const db = join(tmp.dir, "archive.db");
  const list = join(tmp.dir, "feeds.txt");
  // A zero interval makes the feed due again at once, so the second --once run polls it.
  writeFileSync(list, `${server.base}/rss 0s\n`);
  const once = await runCli(["watch", "--feeds", list, "--db", db, "--once", "--allow-private"]);
  assert.equal(once.code, 0, once.stderr);
  assert.match(once.stderr, /2 new, 0 new versions/);
  const again = await runCli(["watch", "--feeds", list, "--db", db, "--once", "--allow-private"]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /not modified/);
  assert.equal(server.notModified.get("/rss"), 1);

  writeFileSync(list, `${server.base}/rss 1h\n`);
  server.routes.set("/rss", { body: rss(server.base, [...ITEMS, REPLY]), type: "application/rss+xml", etag: '"feed-v2"' });
  const { child, done } = startCli(["watch", "--feeds", list, "--db", db, "--allow-private"]);
  let stderr = "";
  await new Promise<void>((resolve) => {
    child.stderr!.on("data", (d: string) => {
      stderr += d;
      if (/next poll/.test(stderr)) resolve();
    });
    child.on("close", () => resolve());
  });
  child.kill("SIGTERM");
  const result = await done;
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /stopped; archive closed/);
  const check = new Database(db, { readonly: true });
  assert.equal(check.pragma("integrity_check", { simple: true }), "ok");
  assert.equal((check.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n, 3);
  assert.equal((check.prepare("SELECT etag FROM feeds").get() as { etag: string }).etag, '"feed-v2"');
  check.close();
  await server.close();
  tmp.cleanup();
});
