// The cue lexicon loads, and a bad cue file fails with the JSON path and a hint.
import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultCues, parseCues } from "../../src/nlp/quotes/cues.js";
import { InputError } from "../../src/errors.js";

test("the built-in cue list knows said, told and according to", () => {
  const cues = defaultCues();
  assert.equal(cues.verbs.get("said")?.[0]?.verb.lemma, "say");
  assert.ok(cues.verbs.get("pointed")?.some((f) => f.words.join(" ") === "pointed out"));
  assert.deepEqual(cues.speakerAfter[0], ["according", "to"]);
});

test("a bad cue file names the path and what to write", () => {
  const bad = { verbs: [{ lemma: "say", forms: ["Said"] }], objects: [], phrases: [] };
  assert.throws(
    () => parseCues(bad, "my-cues.json"),
    (e: unknown) => e instanceof InputError && e.message.startsWith("my-cues.json: at .verbs[0].forms[0]") && /lower case/.test(e.message),
  );
  assert.throws(() => parseCues({ verbs: [] , objects: [], phrases: [], extra: 1 }, "x.json"), InputError);
});
