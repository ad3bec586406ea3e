import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { InputError } from "../../src/errors.js";
import { acquire } from "../../src/ingest/sources/acquire.js";
import { expandInputs } from "../../src/ingest/sources/expand-inputs.js";
import type { AcquireJob, AcquireOptions } from "../../src/ingest/sources/types.js";
import type { Acquired } from "../../src/ingest/types.js";

let dir: string;
const SEEN = "2024-04-06T12:00:00.000Z";
/** No test here may reach the network: every name lookup fails. */
const offline: AcquireOptions = {
  now: () => new Date(SEEN),
  fetch: {
    retries: 0,
    lookup: async () => {
      throw Object.assign(new Error("offline"), { code: "ENOTFOUND" });
    },
  },
};

const LONG = "The regional assembly approved the budget for next year after a debate that lasted two days, with the governing coalition's members voting in favour. ".repeat(4).trim();

before(() => {
  dir = mkdtempSync(join(tmpdir(), "eventwire-acquire-"));
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  write("notes/assembly.txt", "Assembly approves budget\n\nThe regional assembly approved the budget on Tuesday.\n\nThe opposition voted against it.\n");
  write("notes/deep/brief.md", "# Mayor resigns\n\nThe mayor of the port town resigned on Monday.\n\n## Reaction\n\nCouncillors said they were surprised.\n");
  write("notes/untitled.txt", "Protesters gathered outside the ministry on Friday morning.\nPolice closed the street.");
  write("notes/legacy.txt", iconv.encode("Café closes\n\nThe café in the square closed after sixty years – its owner retired.", "windows-1252"));
  write("notes/.hidden.txt", "should never be read");
  write("notes/empty.txt", "  \n");
  write("pages/saved.html", `<!doctype html><html lang="en"><head><title>Budget passes - Assembly News</title>
<link rel="canonical" href="https://www.assembly-news.example/politics/budget/?utm_source=x"></head>
<body><article><h1>Budget passes</h1><p>${LONG}</p></article></body></html>`);
  write("batch.jsonl", [
    JSON.stringify({ guid: "a1", headline: "Budget passes", body: "First paragraph.\n\nSecond paragraph.", published_at: "2024-04-02", link: "https://www.example.org/a?utm_medium=x" }),
    "{not json",
    JSON.stringify({ guid: "a3", headline: "No body" }),
    JSON.stringify({ guid: "a4", body: "Some text here.", published_at: "last week" }),
    "",
  ].join("\n"));
  write("feed.xml", `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Assembly Feed</title>
<item><title>Budget passes</title><link>https://assembly-news.example/budget</link><guid>b-1</guid><pubDate>Tue, 02 Apr 2024 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://assembly-news.example/summary</link><description>Short.</description></item>
</channel></rss>`);
  write("list.opml", `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="One" xmlUrl="https://one.example/rss"/><outline text="Group"><outline text="Two" xmlUrl="https://two.example/atom"/></outline></body></opml>`);
  write("records.json", `{"id": "1", "text": "not a feed"}`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(inputs: string[], opts: AcquireOptions = offline): Promise<Acquired[]> {
  const out: Acquired[] = [];
  for await (const item of acquire(inputs, opts)) out.push(item);
  return out;
}
function ok(result: Acquired | undefined) {
  assert.ok(result?.ok, result && !result.ok ? result.failure.reason : "no result");
  return result.article;
}

test("a text file: title from the first line before a blank line, no invented date", async () => {
  const article = ok((await collect([join(dir, "notes/assembly.txt")]))[0]);
  assert.deepEqual(article, {
    source: { kind: "file", location: join(dir, "notes/assembly.txt") },
    title: "Assembly approves budget",
    text: "The regional assembly approved the budget on Tuesday.\n\nThe opposition voted against it.",
    publishedFrom: "none",
    language: "eng",
    seenAt: SEEN,
  });
});

test("--date gives text files their date; a bad --date is an InputError before anything is read", async () => {
  const article = ok((await collect([join(dir, "notes/untitled.txt")], { ...offline, date: "2024-04-05" }))[0]);
  assert.equal(article.title, undefined);
  assert.equal(article.published, "2024-04-05");
  assert.equal(article.publishedFrom, "input");
  await assert.rejects(collect([join(dir, "notes/untitled.txt")], { ...offline, date: "05/04/2024" }), InputError);
});

test("Markdown headings and legacy encodings", async () => {
  const md = ok((await collect([join(dir, "notes/deep/brief.md")]))[0]);
  assert.equal(md.title, "Mayor resigns");
  assert.equal(md.text, "The mayor of the port town resigned on Monday.\n\nReaction\n\nCouncillors said they were surprised.");
  const legacy = ok((await collect([join(dir, "notes/legacy.txt")]))[0]);
  assert.equal(legacy.title, "Café closes");
  assert.match(legacy.text, /sixty years – its owner/);
});

test("a folder is walked in order, hidden files skipped, globs filter", async () => {
  const all = await collect([join(dir, "notes")]);
  const locations = all.map((r) => (r.ok ? r.article.source.location : r.failure.source.location));
  assert.deepEqual(locations.map((l) => l.slice(dir.length + 1)), [
    "notes/assembly.txt", "notes/deep/brief.md", "notes/empty.txt", "notes/legacy.txt", "notes/untitled.txt",
  ]);
  assert.match((all[2] as Extract<Acquired, { ok: false }>).failure.reason, /empty/);
  const onlyMd = await collect([join(dir, "notes")], { ...offline, include: ["**/*.md"] });
  assert.equal(onlyMd.length, 1);
  const noDeep = await collect([join(dir, "notes")], { ...offline, include: ["**/*.txt"], exclude: ["deep/**", "empty.txt"] });
  assert.equal(noDeep.length, 3);
});

test("a saved HTML page takes its URL from the canonical link", async () => {
  const article = ok((await collect([join(dir, "pages/saved.html")]))[0]);
  assert.equal(article.source.kind, "html");
  assert.equal(article.url, "https://assembly-news.example/politics/budget");
  assert.equal(article.canonicalUrl, "https://assembly-news.example/politics/budget");
  assert.equal(article.title, "Budget passes");
  assert.equal(article.publishedFrom, "none");
});

test("JSONL with a field map: good lines become articles, bad lines failures naming the line", async () => {
  const results = await collect([join(dir, "batch.jsonl")], { ...offline, fieldMap: "text=body,date=published_at,url=link,title=headline,id=guid" });
  assert.equal(results.length, 4);
  const first = ok(results[0]);
  assert.deepEqual(first, {
    source: { kind: "jsonl", location: join(dir, "batch.jsonl") },
    url: "https://www.example.org/a?utm_medium=x",
    canonicalUrl: "https://example.org/a",
    title: "Budget passes",
    text: "First paragraph.\n\nSecond paragraph.",
    published: "2024-04-02",
    publishedFrom: "input",
    language: "und",
    seenAt: SEEN,
    externalId: "a1",
  });
  const reasons = results.slice(1).map((r) => (r.ok ? "" : r.failure.reason));
  assert.match(reasons[0]!, /^line 2: not valid JSON/);
  assert.match(reasons[1]!, /^line 3: no text in field "body"/);
  assert.match(reasons[2]!, /^line 4: "last week" in field "published_at" is not a date/);
});

test("a feed file: full-content items directly, others fetched (and failing here, offline)", async () => {
  const results = await collect([join(dir, "feed.xml")]);
  assert.equal(results.length, 2);
  const article = ok(results[0]);
  assert.equal(article.published, "2024-04-02T09:00:00Z");
  assert.equal(article.publishedFrom, "feed");
  assert.equal(article.externalId, "b-1");
  assert.equal(article.source.name, "Assembly Feed");
  assert.ok(!results[1]!.ok);
  assert.match(results[1]!.failure.reason, /^dns:/);
});

test("an OPML file expands to its feeds; a .json that is not a feed is refused", async () => {
  const jobs: AcquireJob[] = [];
  for await (const job of expandInputs([join(dir, "list.opml"), join(dir, "records.json")])) jobs.push(job);
  assert.deepEqual(jobs.slice(0, 2), [
    { kind: "feed-url", url: "https://one.example/rss", name: "One", from: join(dir, "list.opml") },
    { kind: "feed-url", url: "https://two.example/atom", name: "Two", from: join(dir, "list.opml") },
  ]);
  assert.equal(jobs[2]!.kind, "invalid");
});

test("stdin as text or as JSONL", async () => {
  const text = ok((await collect(["-"], { ...offline, stdin: "Ceasefire holds\n\nThe ceasefire held for a third day.", date: "2024-04-01" }))[0]);
  assert.deepEqual(text.source, { kind: "stdin", location: "-" });
  assert.equal(text.title, "Ceasefire holds");
  assert.equal(text.published, "2024-04-01");
  const jsonl = await collect(["-"], { ...offline, stdin: `{"id":"s1","text":"One."}\n{"id":"s2","text":"Two.","date":"2024-04-03"}\n` });
  assert.deepEqual(jsonl.map((r) => r.ok && [r.article.externalId, r.article.published]), [["s1", undefined], ["s2", "2024-04-03"]]);
});

test("a missing path is a failure, not an exception", async () => {
  const [missing] = await collect([join(dir, "nope.txt")]);
  assert.ok(missing && !missing.ok);
  assert.match(missing.failure.reason, /no such file/);
  assert.equal(missing.failure.retryable, false);
});
