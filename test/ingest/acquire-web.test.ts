import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { HostLimiter } from "../../src/ingest/fetch/host-limiter.js";
import { acquire } from "../../src/ingest/sources/acquire.js";
import type { AcquireOptions, Validators } from "../../src/ingest/sources/types.js";
import type { Acquired, RawArticle } from "../../src/ingest/types.js";
import { startNewsServer, type NewsServer } from "../helpers/news-server.js";

let site: NewsServer;
before(async () => {
  site = await startNewsServer();
});
after(() => site.close());

const options = (extra: AcquireOptions = {}): AcquireOptions => ({
  fetch: { allowPrivate: true, limiter: new HostLimiter({ perHost: 4, minDelayMs: 0 }), backoffMs: 5, retries: 1 },
  now: () => new Date("2024-04-06T12:00:00Z"),
  ...extra,
});

async function collect(inputs: string[], opts: AcquireOptions): Promise<Acquired[]> {
  const out: Acquired[] = [];
  for await (const item of acquire(inputs, opts)) out.push(item);
  return out;
}
const articles = (results: Acquired[]): RawArticle[] => results.flatMap((r) => (r.ok ? [r.article] : []));
const failures = (results: Acquired[]) => results.flatMap((r) => (r.ok ? [] : [r.failure]));

test("a page URL becomes one article with its date, byline and canonical URL", async () => {
  const [result] = await collect([site.url("/redirect/301")], options());
  assert.ok(result?.ok);
  const article = result.article;
  assert.deepEqual(article.source, { kind: "url", location: site.url("/redirect/301") });
  assert.equal(article.url, site.url("/news/2024/04/05/port-strike.html"));
  assert.equal(article.canonicalUrl, site.url("/news/2024/04/05/port-strike"));
  assert.equal(article.title, "Dock workers end nine-day strike at Valmora port");
  assert.equal(article.published, "2024-04-05T14:30:00+02:00");
  assert.equal(article.publishedFrom, "json-ld");
  assert.equal(article.byline, "Mira Okafor, Tomas Lind");
  assert.equal(article.siteName, "The Harbour Gazette");
  assert.equal(article.language, "eng");
  assert.match(article.seenAt, /^\d{4}-\d{2}-\d{2}T/);
  assert.equal(article.text.split("\n\n").length, 5);
  assert.ok(!/Advertisement|Subscribe|Share this|Read more|Follow us|AP Photo|Photo:|Related/.test(article.text), article.text);
});

test("a canonical link elsewhere is resolved and stripped of tracking", async () => {
  const [result] = await collect([site.url("/news/canonical.html")], options());
  assert.ok(result?.ok);
  assert.equal(result.article.canonicalUrl, "https://riverside-courier.example/local/bridge-reopens?id=77&page=2");
  assert.equal(result.article.title, "Old bridge reopens after repairs");
  assert.equal(result.article.published, "2024-03-30T09:15:00Z");
  assert.equal(result.article.publishedFrom, "meta");
});

test("an RSS feed: pages fetched for summaries, full content used as is, a dead link is one failure", async () => {
  const results = await collect([site.url("/feeds/rss.xml")], options());
  assert.equal(results.length, 3);
  const [strike, fleet] = articles(results);
  assert.deepEqual(strike!.source, { kind: "feed", location: site.url("/feeds/rss.xml"), name: "Harbour Gazette – Business" });
  assert.equal(strike!.externalId, "gazette-1001");
  assert.equal(strike!.publishedFrom, "json-ld", "the page's own date wins over the feed's");
  assert.equal(strike!.canonicalUrl, site.url("/news/2024/04/05/port-strike"));
  assert.equal(fleet!.published, "2024-04-04T07:00:00+01:00");
  assert.equal(fleet!.publishedFrom, "feed");
  assert.equal(fleet!.byline, "Ana Whitlow");
  assert.equal(site.hits("/news/2024/04/04/fleet-stays.html"), 0, "full content needs no page fetch");
  const [gone] = failures(results);
  assert.deepEqual(gone!.source, { kind: "url", location: site.url("/missing"), name: "Harbour Gazette – Business" });
  assert.match(gone!.reason, /^http-status: HTTP 404/);
  assert.equal(gone!.retryable, false);
});

test("Atom, RDF and JSON feeds; feed dates fill in when the page has none", async () => {
  const atom = await collect([site.url("/feeds/atom.xml")], options());
  assert.deepEqual(atom.map((r) => r.ok), [true, true]);
  const [bridge, library] = articles(atom);
  assert.equal(bridge!.publishedFrom, "meta");
  assert.equal(library!.title, "Library extends opening hours");
  assert.equal(library!.publishedFrom, "feed");
  const rdf = articles(await collect([site.url("/feeds/rdf.xml")], options()));
  assert.equal(rdf.length, 1);
  const json = articles(await collect([site.url("/feeds/feed.json")], options()));
  assert.equal(json.length, 2);
  assert.equal(json[0]!.published, "2024-03-28T06:00:00+02:00", "the feed's time beats a URL date");
  assert.equal(json[0]!.publishedFrom, "feed");
  assert.equal(json[1]!.url, undefined);
  assert.equal(json[1]!.byline, "Petra Lund");
});

test("a feed served as text/plain is still read as a feed", async () => {
  const results = await collect([site.url("/feeds/as-text.xml")], options());
  assert.equal(results.length, 3);
});

test("an OPML list fetches each of its feeds", async () => {
  const results = await collect([site.url("/feeds/list.opml")], options());
  const sources = new Set(articles(results).map((a) => a.source.location));
  assert.deepEqual([...sources].sort(), [site.url("/feeds/atom.xml"), site.url("/feeds/rdf.xml"), site.url("/feeds/rss.xml")].sort());
  assert.equal(failures(results).length, 1, "only the dead link in the RSS feed");
});

test("a malformed feed is one failure naming the feed", async () => {
  const results = await collect([site.url("/feeds/broken.xml")], options());
  assert.equal(results.length, 1);
  const [failure] = failures(results);
  assert.match(failure!.reason, /broken\.xml: malformed feed: not well-formed XML/);
  assert.equal(failure!.retryable, false);
});

test("validators make the second run of a feed a conditional GET", async () => {
  const store = new Map<string, Validators>();
  const notices: string[] = [];
  const cache = { get: (url: string) => store.get(url), set: (url: string, v: Validators) => void store.set(url, v) };
  const first = await collect([site.url("/feeds/conditional.xml")], options({ validators: cache, onNotice: (m) => notices.push(m) }));
  assert.equal(first.length, 3);
  assert.deepEqual(store.get(site.url("/feeds/conditional.xml")), { etag: '"v1"', lastModified: "Fri, 05 Apr 2024 12:00:00 GMT" });
  const second = await collect([site.url("/feeds/conditional.xml")], options({ validators: cache, onNotice: (m) => notices.push(m) }));
  assert.equal(second.length, 0);
  assert.ok(notices.some((m) => /not modified/.test(m)));
});

test("shouldFetch skips pages the caller already has", async () => {
  const results = await collect([site.url("/feeds/rss.xml")], options({ shouldFetch: () => false }));
  assert.equal(results.length, 1, "only the full-content item, which needs no fetch");
  assert.ok(results[0]!.ok);
});

test("without allowPrivate a loopback URL is refused, and the batch goes on", async () => {
  const results = await collect([site.url("/news/canonical.html"), "/no/such/file.txt"], { now: () => new Date("2024-04-06T12:00:00Z") });
  assert.equal(results.length, 2);
  const [guard, missing] = failures(results);
  assert.match(guard!.reason, /^private-address: refused 127\.0\.0\.1/);
  assert.match(missing!.reason, /no such file/);
});
