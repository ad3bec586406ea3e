import { test } from "node:test";
import assert from "node:assert/strict";
import { isPrivateAddress, resolveAllowed } from "../../src/ingest/fetch/address-guard.js";

test("private, loopback, link-local and unique-local addresses are private", () => {
  for (const address of [
    "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254",
    "0.0.0.0", "100.64.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "[::1]",
  ]) assert.ok(isPrivateAddress(address), address);
});

test("public addresses are not", () => {
  for (const address of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]) {
    assert.ok(!isPrivateAddress(address), address);
  }
});

test("every address of a name is checked", async () => {
  const lookup = async () => ["93.184.216.34", "10.0.0.5"];
  const refused = await resolveAllowed("mixed.example", { lookup });
  assert.equal(refused.ok, false);
  assert.ok(!refused.ok && refused.reason === "private-address" && /10\.0\.0\.5/.test(refused.message));
  assert.deepEqual(await resolveAllowed("mixed.example", { lookup, allowPrivate: true }), { ok: true, addresses: ["93.184.216.34", "10.0.0.5"] });
  assert.equal((await resolveAllowed("mixed.example", { lookup, allowAddresses: ["10.0.0.5"] })).ok, true);
});
