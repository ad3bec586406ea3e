import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../../src/errors.js";
import { compileGlob } from "../../src/ingest/sources/glob.js";
import { DEFAULT_FIELD_MAP, parseFieldMap, readPath } from "../../src/ingest/sources/field-map.js";

test("** crosses folders, * stays in one", () => {
  const html = compileGlob("**/*.html");
  assert.ok(html("a.html"));
  assert.ok(html("news/2024/a.html"));
  assert.ok(!html("a.htm"));
  const top = compileGlob("news/*.txt");
  assert.ok(top("news/a.txt"));
  assert.ok(!top("news/old/a.txt"));
});

test("braces, ? and classes; a bare pattern matches the file name", () => {
  const either = compileGlob("**/*.{txt,md}");
  assert.ok(either("x/y.md") && either("y.txt") && !either("y.html"));
  assert.ok(compileGlob("day-?.txt")("deep/day-3.txt"));
  assert.ok(compileGlob("[ab]*.txt")("b1.txt"));
  assert.ok(!compileGlob("[!ab]*.txt")("b1.txt"));
  assert.ok(compileGlob("drafts/**")("drafts/x/y.txt"));
});

test("parses a JSONL field map over the defaults", () => {
  const map = parseFieldMap("text=body,date=published_at,url=link,title=headline,id=guid");
  assert.deepEqual(map, { ...DEFAULT_FIELD_MAP, text: "body", date: "published_at", url: "link", title: "headline", id: "guid" });
  assert.deepEqual(parseFieldMap(undefined), DEFAULT_FIELD_MAP);
  assert.throws(() => parseFieldMap("txt=body"), (e: unknown) => e instanceof InputError && /unknown field "txt"/.test(e.message));
  assert.throws(() => parseFieldMap("text"), /not FIELD=NAME/);
});

test("reads dotted paths into nested records", () => {
  assert.equal(readPath({ meta: { published: "2024-01-02" } }, "meta.published"), "2024-01-02");
  assert.equal(readPath({ "a.b": 1 }, "a.b"), 1);
  assert.equal(readPath({ a: 1 }, "a.b"), undefined);
});
