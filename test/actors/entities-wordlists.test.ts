import { test } from "node:test";
import assert from "node:assert/strict";
import { parseWordList, wordLists } from "../../src/actors/recognize/wordlists.js";
import { InputError } from "../../src/errors.js";

test("the built-in name word lists load and validate", () => {
  const w = wordLists();
  assert.ok(w.givenNames.has("roberto"));
  assert.ok(w.orgKeywords.has("ministry"));
  assert.equal(w.titles.get("gen."), "MIL");
  assert.ok(w.commonWords.has("monday"));
});

test("a bad word list names the file, the JSON path and the problem", () => {
  assert.throws(
    () => parseWordList("person-titles.json", { description: "x", titles: [{ text: "General", sector: "military" }] }, "my-titles.json"),
    (e: unknown) => e instanceof InputError && /my-titles\.json/.test(e.message) && /titles\.0\.sector/.test(e.message) && /GOV/.test(e.message),
  );
  assert.throws(() => parseWordList("given-names.json", { description: "x", names: [] }), /names/);
  assert.throws(() => parseWordList("cues.json", { description: "x", speechVerbs: ["said"], connectors: ["of"], officeWords: [], extra: 1 }), InputError);
});
