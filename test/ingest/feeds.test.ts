import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InputError } from "../../src/errors.js";
import { parseOpmlText } from "../../src/ingest/feeds/opml.js";
import { hasFullContent, looksLikeFeed, parseFeedText } from "../../src/ingest/feeds/parse-feed.js";

const SITE = fileURLToPath(new URL("../../../test/fixtures/ingest/site/feeds/", import.meta.url));
const ORIGIN = "https://feeds.example";
const fixture = (name: string) => readFileSync(SITE + name, "utf8").replaceAll("{{origin}}", ORIGIN);

test("RSS 2.0: links, guids, pubDate, description and content:encoded", () => {
  const feed = parseFeedText(fixture("rss.xml"), `${ORIGIN}/feeds/rss.xml`);
  assert.equal(feed.format, "rss");
  assert.equal(feed.title, "Harbour Gazette – Business");
  assert.equal(feed.language, "en");
  assert.equal(feed.items.length, 3);
  const [first, second] = feed.items;
  assert.deepEqual(first, {
    url: `${ORIGIN}/news/2024/04/05/port-strike.html?utm_source=rss`,
    id: "gazette-1001",
    title: "Dock workers end nine-day strike at Valmora port",
    published: "2024-04-05T12:30:00Z",
    summary: "Dockers accept a revised offer and return to work.",
  });
  assert.equal(second!.published, "2024-04-04T07:00:00+01:00");
  assert.equal(second!.author, "Ana Whitlow");
  assert.ok(hasFullContent(second!));
  assert.ok(!hasFullContent(first!));
  assert.equal(second!.content!.split("\n\n").length, 3, "paragraphs kept, the ad line dropped");
  assert.ok(!/Advertisement/.test(second!.content!));
});

test("Atom: alternate links resolved, published else updated, HTML content as text", () => {
  const feed = parseFeedText(fixture("atom.xml"), `${ORIGIN}/feeds/atom.xml`);
  assert.equal(feed.format, "atom");
  assert.equal(feed.link, `${ORIGIN}/`);
  const [bridge, library] = feed.items;
  assert.equal(bridge!.url, `${ORIGIN}/news/canonical.html`);
  assert.equal(bridge!.published, "2024-03-30T09:15:00Z");
  assert.equal(library!.published, "2024-03-29T16:00:00+01:00");
  assert.equal(library!.author, "Joel Partridge");
  assert.match(library!.content!, /^The town library will open until nine/);
  assert.ok(!/Share this article/.test(library!.content!));
});

test("RDF and JSON Feed", () => {
  const rdf = parseFeedText(fixture("rdf.xml"), `${ORIGIN}/feeds/rdf.xml`);
  assert.equal(rdf.format, "rdf");
  assert.deepEqual(rdf.items.map((i) => [i.url, i.published, i.author]), [[`${ORIGIN}/news/canonical.html`, "2024-03-30", "Bulletin desk"]]);
  const json = parseFeedText(fixture("feed.json"), `${ORIGIN}/feeds/feed.json`);
  assert.equal(json.format, "json");
  assert.equal(json.items[0]!.published, "2024-03-28T06:00:00+02:00");
  assert.equal(json.items[1]!.url, undefined);
  assert.equal(json.items[1]!.content!.split("\n\n").length, 3);
});

test("a malformed feed is an InputError that names it", () => {
  assert.throws(
    () => parseFeedText(fixture("broken.xml"), "https://feeds.example/broken.xml"),
    (e: unknown) => e instanceof InputError && e.input === "https://feeds.example/broken.xml" && /malformed feed/.test(e.message),
  );
  assert.throws(() => parseFeedText("<html><body>hi</body></html>", "page.html"), /not a feed/);
});

test("OPML: every feed, nested folders as categories", () => {
  const feeds = parseOpmlText(fixture("list.opml"), "list.opml");
  assert.deepEqual(feeds, [
    { url: `${ORIGIN}/feeds/rss.xml`, title: "Harbour Gazette", siteUrl: `${ORIGIN}/`, categories: ["Coast"] },
    { url: `${ORIGIN}/feeds/rdf.xml`, title: "Coast Bulletin", categories: ["Coast"] },
    { url: `${ORIGIN}/feeds/atom.xml`, title: "Riverside Courier", categories: [] },
  ]);
  assert.throws(() => parseOpmlText("<opml><body>", "bad.opml"), (e: unknown) => e instanceof InputError && e.input === "bad.opml");
});

test("tells feeds from pages", () => {
  assert.ok(looksLikeFeed(fixture("rss.xml")));
  assert.ok(looksLikeFeed(fixture("atom.xml")));
  assert.ok(looksLikeFeed(fixture("feed.json")));
  assert.ok(!looksLikeFeed("<!doctype html><html><body></body></html>"));
  assert.ok(!looksLikeFeed('{"id": "1", "text": "a record"}'));
});
