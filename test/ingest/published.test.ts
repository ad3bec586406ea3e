import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizePublished } from "../../src/ingest/published.js";

test("keeps ISO dates and the source's own offset", () => {
  assert.equal(normalizePublished("2024-04-05"), "2024-04-05");
  assert.equal(normalizePublished("2024-04-05T23:30:00-05:00"), "2024-04-05T23:30:00-05:00");
  assert.equal(normalizePublished("2024-04-05T10:00:00.000Z"), "2024-04-05T10:00:00Z");
  assert.equal(normalizePublished("2024-04-05T10:00+0000"), "2024-04-05T10:00:00Z");
  assert.equal(normalizePublished("2024-04-05 10:00:00"), "2024-04-05T10:00:00");
});

test("reads RSS (RFC 822) dates with zones", () => {
  assert.equal(normalizePublished("Fri, 05 Apr 2024 10:00:00 GMT"), "2024-04-05T10:00:00Z");
  assert.equal(normalizePublished("Thu, 04 Apr 2024 07:00:00 +0100"), "2024-04-04T07:00:00+01:00");
  assert.equal(normalizePublished("5 Apr 2024 09:30 EST"), "2024-04-05T09:30:00-05:00");
});

test("reads written dates only with year, month and day", () => {
  assert.equal(normalizePublished("April 5, 2024"), "2024-04-05");
  assert.equal(normalizePublished("20240405"), "2024-04-05");
  assert.equal(normalizePublished("April 2024"), undefined);
  assert.equal(normalizePublished("yesterday"), undefined);
});

test("refuses impossible days and empty values", () => {
  assert.equal(normalizePublished("2024-02-30"), undefined);
  assert.equal(normalizePublished("2024-13-01"), undefined);
  assert.equal(normalizePublished(""), undefined);
  assert.equal(normalizePublished(undefined), undefined);
});
