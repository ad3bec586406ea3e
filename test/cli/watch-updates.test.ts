// A developing story: the feed item's page changes between two `watch --once` runs. The known
// URL is fetched again because the item's date is after the stored version was last seen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { fixtureText, tempDir } from "../store/helpers/articles.js";
import { runCli } from "../store/helpers/cli.js";
import { startFeedServer } from "../store/helpers/feed-server.js";

/** An RSS feed with one link-only item (no full content), so its page is fetched. */
function linkFeed(base: string, pubDate: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example Wire</title><link>${base}/</link>
<description>Test feed</description><language>en</language>
<item><title>Embassy raid</title><link>${base}/news/embassy</link><guid>${base}/news/embassy</guid>
<pubDate>${pubDate.toUTCString()}</pubDate><description>Short teaser.</description></item></channel></rss>`;
}

function page(text: string): string {
  return `<!doctype html><html><head><title>Embassy raid</title></head><body><article><h1>Embassy raid</h1>` +
    `${text.split(/\n\n+/).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
}

test("watch fetches a known page again when its feed item is newer, and the changed text becomes version 2", async () => {
  const server = await startFeedServer();
  server.routes.set("/rss", { body: linkFeed(server.base, new Date("2024-04-06T09:00:00Z")), type: "application/rss+xml" });
  server.routes.set("/news/embassy", { body: page(fixtureText("original")) });
  const tmp = tempDir();
  const db = join(tmp.dir, "archive.db");
  const list = join(tmp.dir, "feeds.txt");
  writeFileSync(list, `${server.base}/rss 0s\n`);
  const args = ["watch", "--feeds", list, "--db", db, "--once", "--allow-private"];

  const first = await runCli(args);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /1 new, 0 new versions/);

  // Same item date: the page is not fetched again.
  const same = await runCli(args);
  assert.match(same.stderr, /0 new, 0 new versions, 0 duplicates, 1 already known/);
  assert.equal(server.hits.get("/news/embassy"), 1);

  // The story is updated: a later item date and a changed page.
  const check = new Database(db, { readonly: true });
  const lastSeen = String((check.prepare("SELECT max(last_seen) AS t FROM versions").get() as { t: string }).t);
  check.close();
  server.routes.set("/rss", { body: linkFeed(server.base, new Date(Date.parse(lastSeen) + 3600_000)), type: "application/rss+xml" });
  server.routes.set("/news/embassy", { body: page(fixtureText("updated")) });
  const second = await runCli(args);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /0 new, 1 new versions/);
  assert.equal(server.hits.get("/news/embassy"), 2);

  const all = await runCli(["query", "events", "--db", db, "--all-versions", "--format", "json"]);
  assert.equal(all.code, 0, all.stderr);
  const versions = new Set((JSON.parse(all.stdout) as Array<{ version: number }>).map((e) => e.version));
  assert.deepEqual([...versions].sort(), [1, 2]);
  const articles = await runCli(["query", "articles", "--db", db, "--format", "json"]);
  assert.equal((JSON.parse(articles.stdout) as Array<{ versions: number }>)[0]!.versions, 2);
  await server.close();
  tmp.cleanup();
});
