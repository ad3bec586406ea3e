import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fetchPage } from "../../src/ingest/fetch/fetch-page.js";
import { HostLimiter } from "../../src/ingest/fetch/host-limiter.js";
import type { FetchOptions, FetchResult } from "../../src/ingest/fetch/types.js";
import { startNewsServer, type NewsServer } from "../helpers/news-server.js";

let site: NewsServer;
before(async () => {
  site = await startNewsServer();
});
after(() => site.close());

/** Fast settings for the loopback site: private addresses allowed, no politeness delay. */
const local = (extra: FetchOptions = {}): FetchOptions => ({
  allowPrivate: true,
  limiter: new HostLimiter({ perHost: 4, minDelayMs: 0 }),
  backoffMs: 5,
  timeoutMs: 5000,
  ...extra,
});

function page(result: FetchResult) {
  assert.ok(result.ok, result.ok ? "" : `${result.error.reason}: ${result.error.message}`);
  assert.equal(result.notModified, false);
  return result as Extract<FetchResult, { notModified: false }>;
}
function error(result: FetchResult) {
  assert.equal(result.ok, false, "expected a failure");
  return (result as Extract<FetchResult, { ok: false }>).error;
}

test("fetches a page and says who is asking", async () => {
  const result = page(await fetchPage(site.url("/news/2024/04/05/port-strike.html"), local()));
  assert.equal(result.status, 200);
  assert.equal(result.contentType, "text/html");
  assert.equal(result.charset, "utf-8");
  assert.match(result.body, /nine-day strike/);
  assert.match(site.lastHeaders("/news/2024/04/05/port-strike.html")!["user-agent"]!, /^eventwire\/\d+\.\d+\.\d+ \(\+https?:\/\//);
});

test("refuses loopback addresses unless allowed", async () => {
  const refused = error(await fetchPage(site.url("/news/canonical.html"), { limiter: new HostLimiter({ minDelayMs: 0 }) }));
  assert.equal(refused.reason, "private-address");
  assert.equal(refused.retryable, false);
  assert.match(refused.message, /127\.0\.0\.1/);
  assert.equal(site.hits("/news/canonical.html"), 0, "no request may reach the address");
  const viaName = error(await fetchPage(`http://localhost:1/`, { lookup: async () => ["10.1.2.3"] }));
  assert.equal(viaName.reason, "private-address");
  page(await fetchPage(site.url("/news/canonical.html"), local()));
});

test("checks redirect targets against the guard too", async () => {
  const options = local({ allowPrivate: false, allowAddresses: ["127.0.0.1"] });
  const refused = error(await fetchPage(site.url("/private-redirect"), options));
  assert.equal(refused.reason, "private-address");
  assert.match(refused.url, /127\.0\.0\.2/);
  const ftp = error(await fetchPage(site.url("/ftp-redirect"), local()));
  assert.equal(ftp.reason, "bad-url");
});

test("follows a 301 then 302 chain and reports the final URL", async () => {
  const result = page(await fetchPage(site.url("/redirect/301"), local()));
  assert.equal(result.url, site.url("/news/2024/04/05/port-strike.html"));
  assert.deepEqual(result.redirects, [site.url("/redirect/302"), site.url("/news/2024/04/05/port-strike.html")]);
  assert.equal(result.requestedUrl, site.url("/redirect/301"));
});

test("stops a redirect loop and a chain over the cap", async () => {
  const loop = error(await fetchPage(site.url("/loop/a"), local()));
  assert.equal(loop.reason, "redirect-loop");
  assert.equal(loop.retryable, false);
  const capped = error(await fetchPage(site.url("/redirect/301"), local({ maxRedirects: 1 })));
  assert.equal(capped.reason, "too-many-redirects");
});

test("404 fails at once; 500 is retried, then fails as retryable", async () => {
  const missing = error(await fetchPage(site.url("/missing"), local()));
  assert.equal(missing.reason, "http-status");
  assert.equal(missing.status, 404);
  assert.equal(missing.retryable, false);
  assert.equal(missing.attempts, 1);
  const broken = error(await fetchPage(site.url("/broken"), local({ retries: 2 })));
  assert.equal(broken.status, 500);
  assert.equal(broken.retryable, true);
  assert.equal(broken.attempts, 3);
  assert.equal(site.hits("/broken"), 3);
});

test("retries 503 and 429 with Retry-After and then succeeds", async () => {
  const flaky = page(await fetchPage(site.url("/flaky"), local()));
  assert.equal(flaky.attempts, 2);
  const limited = page(await fetchPage(site.url("/rate-limited"), local()));
  assert.equal(limited.attempts, 2);
});

test("does not wait out a Retry-After longer than the cap", async () => {
  const later = error(await fetchPage(site.url("/come-back-tomorrow"), local()));
  assert.equal(later.reason, "http-status");
  assert.equal(later.retryable, true);
  assert.equal(later.retryAfterMs, 86_400_000);
  assert.equal(later.attempts, 1);
});

test("times out a response that never comes", async () => {
  const slow = error(await fetchPage(site.url("/slow"), local({ timeoutMs: 200, retries: 0 })));
  assert.equal(slow.reason, "timeout");
  assert.equal(slow.retryable, true);
});

test("aborts bodies over the size cap, declared, streamed or decompressed", async () => {
  for (const path of ["/huge", "/huge-declared", "/bomb"]) {
    const big = error(await fetchPage(site.url(path), local({ maxBytes: 100_000 })));
    assert.equal(big.reason, "too-large", path);
    assert.equal(big.retryable, false);
  }
});

test("refuses content that is not a page or feed before reading it", async () => {
  const image = error(await fetchPage(site.url("/image.png"), local()));
  assert.equal(image.reason, "unsupported-content-type");
  assert.match(image.message, /image\/png/);
  const feedAsPage = error(await fetchPage(site.url("/feeds/rss.xml"), local({ accept: "html" })));
  assert.equal(feedAsPage.reason, "unsupported-content-type");
});

test("decodes windows-1252 from the header, ISO-8859-1 from <meta>, UTF-8 with a BOM", async () => {
  const cp1252 = page(await fetchPage(site.url("/encoding/cp1252"), local()));
  assert.equal(cp1252.charsetFrom, "header");
  assert.match(cp1252.body, /Café owners in Montréal said the city’s “terrasse” rules/);
  const latin1 = page(await fetchPage(site.url("/encoding/latin1-meta"), local()));
  assert.equal(latin1.charsetFrom, "meta");
  assert.equal(latin1.charset, "iso-8859-1");
  assert.match(latin1.body, /São Tomé's trade envoy, visiting Nürnberg/);
  const bom = page(await fetchPage(site.url("/encoding/utf8-bom"), local()));
  assert.equal(bom.charsetFrom, "bom");
  assert.ok(!bom.body.startsWith("\uFEFF"), "the BOM is not part of the text");
  assert.match(bom.body, /Café owners/);
});

test("decompresses gzip, brotli and raw deflate", async () => {
  for (const path of ["/gzip", "/br", "/deflate"]) {
    const result = page(await fetchPage(site.url(path), local()));
    assert.match(result.body, /nine-day strike/, path);
    assert.match(site.lastHeaders(path)!["accept-encoding"]!, /gzip.*br/);
  }
});

test("a conditional GET with the previous ETag gives notModified", async () => {
  const first = page(await fetchPage(site.url("/conditional"), local()));
  assert.equal(first.etag, '"v1"');
  assert.equal(first.lastModified, "Fri, 05 Apr 2024 12:00:00 GMT");
  const second = await fetchPage(site.url("/conditional"), local({ etag: first.etag, lastModified: first.lastModified }));
  assert.ok(second.ok && second.notModified);
  assert.equal(second.status, 304);
  assert.equal(site.lastHeaders("/conditional")!["if-none-match"], '"v1"');
  assert.equal(site.lastHeaders("/conditional")!["if-modified-since"], "Fri, 05 Apr 2024 12:00:00 GMT");
});

test("names DNS failures and bad URLs", async () => {
  const dns = error(await fetchPage("http://no-such-host.invalid/", {
    lookup: async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    },
  }));
  assert.equal(dns.reason, "dns");
  assert.equal(dns.retryable, false);
  assert.equal(error(await fetchPage("file:///etc/passwd")).reason, "bad-url");
  assert.equal(error(await fetchPage("not a url")).reason, "bad-url");
});
