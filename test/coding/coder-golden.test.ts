// Golden cases: test/fixtures/coding/<case>/{input.txt, meta.json, expected.json}, coded with
// the fixture lexicon and the file-only knowledge (no entity recogniser), so that a change
// in the coder shows as a diff. UPDATE_GOLDEN=1 rewrites expected.json.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { codeDocument } from "../../src/code.js";
import { readLexiconFile } from "../../src/coding/lexicon/load.js";
import { detectLanguage } from "../../src/nlp/language.js";
import { findDates } from "../../src/nlp/dates.js";
import type { CodedEvent } from "../../src/coding/types.js";
import { bareDocument, fileKnowledge } from "./coder-kit.js";

const dir = new URL("../../../test/fixtures/coding/", import.meta.url);
const lexiconFile = new URL("lexicon.json", dir).pathname;

export function summarize(e: CodedEvent): Record<string, unknown> {
  return {
    id: e.id,
    sentence: e.sentence,
    mentions: e.mentions,
    source: e.source.map((a) => a.code || "?"),
    target: e.target.map((a) => a.code || "?"),
    cameo: e.cameo,
    root: e.root,
    plover: e.plover.type,
    date: e.date,
    rule: e.rule,
    trigger: e.evidence.trigger.text,
    ...(e.location ? { location: e.location.text } : {}),
    flags: [e.negated ? "negated" : "", e.hypothetical ? "hypothetical" : "", e.reported ? "reported" : ""].filter((f) => f),
    confidence: e.confidence,
  };
}

describe("coder golden cases", () => {
  const entries = readLexiconFile(lexiconFile);
  const lexicon = { entries, fingerprint: "fixture" };
  const knowledge = fileKnowledge();
  for (const name of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    it(name, () => {
      const text = readFileSync(new URL(`${name}/input.txt`, dir), "utf8");
      const meta = JSON.parse(readFileSync(new URL(`${name}/meta.json`, dir), "utf8")) as { published: string };
      const doc = bareDocument(text, meta.published);
      doc.language = detectLanguage(text);
      doc.dates = findDates(doc);
      const coded = codeDocument(doc, { lexicon, knowledge });
      const actual = { ...(coded.skipped ? { skipped: coded.skipped } : {}), events: coded.events.map(summarize) };
      const file = new URL(`${name}/expected.json`, dir);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
      assert.deepEqual(actual, JSON.parse(readFileSync(file, "utf8")));
    });
  }
});
