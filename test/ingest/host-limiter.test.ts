import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";
import { HostLimiter } from "../../src/ingest/fetch/host-limiter.js";

test("keeps at most perHost requests in flight to one host", async () => {
  const limiter = new HostLimiter({ perHost: 2, minDelayMs: 0 });
  let active = 0;
  let peak = 0;
  const task = () => limiter.run("a.example", async () => {
    active++;
    peak = Math.max(peak, active);
    await delay(5);
    active--;
  });
  await Promise.all([task(), task(), task(), task(), task()]);
  assert.equal(peak, 2);
});

test("spaces the starts of requests to one host, not across hosts", async () => {
  const limiter = new HostLimiter({ perHost: 4, minDelayMs: 40 });
  const starts: Record<string, number[]> = { a: [], b: [] };
  const task = (host: "a" | "b") => limiter.run(host, async () => void starts[host]!.push(Date.now()));
  await Promise.all([task("a"), task("a"), task("a"), task("b")]);
  const a = starts.a!;
  for (let i = 1; i < a.length; i++) assert.ok(a[i]! - a[i - 1]! >= 35, `gap ${a[i]! - a[i - 1]!} ms`);
  assert.ok(starts.b![0]! - a[0]! < 35, "another host does not wait");
});

test("a failing task frees its slot", async () => {
  const limiter = new HostLimiter({ perHost: 1, minDelayMs: 0 });
  await assert.rejects(limiter.run("h", async () => {
    throw new Error("boom");
  }));
  assert.equal(await limiter.run("h", async () => 42), 42);
});
