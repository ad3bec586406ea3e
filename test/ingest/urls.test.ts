import { test } from "node:test";
import assert from "node:assert/strict";
import { InputError } from "../../src/errors.js";
import { isTrackingParam, normalizeUrl, tryNormalizeUrl } from "../../src/ingest/urls.js";

test("lower-cases scheme and host, keeps the path's case", () => {
  assert.equal(normalizeUrl("HTTPS://News.Example.ORG/World/Story"), "https://news.example.org/World/Story");
});

test("drops www.", () => {
  assert.equal(normalizeUrl("https://www.example.org/a"), "https://example.org/a");
});

test("drops default ports and keeps others", () => {
  assert.equal(normalizeUrl("https://example.org:443/a"), "https://example.org/a");
  assert.equal(normalizeUrl("http://example.org:80/a"), "http://example.org/a");
  assert.equal(normalizeUrl("http://example.org:8080/a"), "http://example.org:8080/a");
});

test("drops fragments and credentials", () => {
  assert.equal(normalizeUrl("https://user:pw@example.org/a#comments"), "https://example.org/a");
});

test("drops tracking parameters and sorts the rest", () => {
  const url = "https://example.org/a?utm_source=x&utm_medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=home&ref_src=twsrc&cmpid=5&ocid=6&igshid=7&_ga=8&at_medium=9&at_campaign=10&page=2&id=7";
  assert.equal(normalizeUrl(url), "https://example.org/a?id=7&page=2");
  for (const name of ["utm_content", "UTM_Term", "at_custom1", "msclkid"]) assert.ok(isTrackingParam(name), name);
  for (const name of ["id", "page", "q", "story"]) assert.ok(!isTrackingParam(name), name);
});

test("removes the query when only tracking parameters were in it", () => {
  assert.equal(normalizeUrl("https://example.org/a?utm_source=rss"), "https://example.org/a");
});

test("drops trailing slashes except on the root", () => {
  assert.equal(normalizeUrl("https://example.org/world/story/"), "https://example.org/world/story");
  assert.equal(normalizeUrl("https://example.org/"), "https://example.org/");
  assert.equal(normalizeUrl("https://example.org"), "https://example.org/");
});

test("resolves a relative canonical link against the page", () => {
  assert.equal(normalizeUrl("/news/story?utm_source=x", "https://www.example.org/other/page.html"), "https://example.org/news/story");
  assert.equal(normalizeUrl("story-2", "https://example.org/news/"), "https://example.org/news/story-2");
});

test("refuses what is not an http(s) URL with an InputError", () => {
  assert.throws(() => normalizeUrl("mailto:desk@example.org"), InputError);
  assert.throws(() => normalizeUrl("not a url"), /not a URL/);
  assert.equal(tryNormalizeUrl("javascript:void(0)"), undefined);
  assert.equal(tryNormalizeUrl(undefined), undefined);
});
