import { test } from "node:test";
import assert from "node:assert/strict";
import { contentHash, normalizeText } from "../../src/ingest/dedup-text.js";
import {
  hammingDistance, NEAR_DUPLICATE_BITS, SAME_URL_UNCHANGED_BITS, simhash, simhashBands,
} from "../../src/ingest/dedup-simhash.js";
import { fixtureText } from "../store/helpers/articles.js";

test("content hash ignores spacing, case, curly quotes and dashes", () => {
  const a = "Ecuador\u2019s   minister said \u201Cno\u201D \u2014 twice.\n\nThen left.";
  const b = "ecuador's minister said \"no\" - twice. then left.";
  assert.equal(normalizeText(a), normalizeText(b));
  assert.equal(contentHash(a), contentHash(b));
  assert.notEqual(contentHash(a), contentHash(`${b} Again.`));
  assert.match(contentHash(a), /^[0-9a-f]{64}$/);
});

test("simhash is 16 hex digits and stable", () => {
  const text = fixtureText("original");
  const h = simhash(text);
  assert.match(h.hex, /^[0-9a-f]{16}$/);
  assert.equal(simhash(text).hex, h.hex);
  assert.ok(h.shingles > 200);
  assert.equal(simhash("").shingles, 0);
});

test("syndicated and lightly edited copies are near; an update and another story are not", () => {
  const original = simhash(fixtureText("original")).hex;
  const distance = (name: string) => hammingDistance(original, simhash(fixtureText(name)).hex);
  assert.ok(distance("syndicated") <= NEAR_DUPLICATE_BITS, `syndicated: ${distance("syndicated")}`);
  assert.ok(distance("edited") <= SAME_URL_UNCHANGED_BITS, `edited: ${distance("edited")}`);
  assert.ok(distance("updated") > NEAR_DUPLICATE_BITS, `updated: ${distance("updated")}`);
  assert.ok(distance("unrelated") > 2 * NEAR_DUPLICATE_BITS, `unrelated: ${distance("unrelated")}`);
});

test("fingerprints within the threshold always share a band", () => {
  const base = simhash(fixtureText("original")).hex;
  const bands = new Set(simhashBands(base));
  assert.equal(bands.size, NEAR_DUPLICATE_BITS + 1);
  // Flip NEAR_DUPLICATE_BITS bits spread over the fingerprint: one band must survive untouched.
  let bits = BigInt(`0x${base}`);
  for (let i = 0; i < NEAR_DUPLICATE_BITS; i++) bits ^= 1n << BigInt(i * 11 + 3);
  const flipped = bits.toString(16).padStart(16, "0");
  assert.equal(hammingDistance(base, flipped), NEAR_DUPLICATE_BITS);
  assert.ok(simhashBands(flipped).some((b) => bands.has(b)));
});
