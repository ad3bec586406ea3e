// Raw articles for archive tests, built from the fixture texts written for this project.
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawArticle } from "../../../src/ingest/types.js";

const FIXTURES = new URL("../../../../test/fixtures/store/articles/", import.meta.url);

/** Text of test/fixtures/store/articles/NAME.txt. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`${name}.txt`, FIXTURES), "utf8");
}

export function raw(text: string, extra: Partial<RawArticle> = {}): RawArticle {
  return {
    source: { kind: "jsonl", location: "test.jsonl" },
    text,
    publishedFrom: extra.published ? "input" : "none",
    language: "eng",
    seenAt: "2024-04-06T12:00:00.000Z",
    ...extra,
  };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = "eventwire-store-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
