import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/nlp/segment.js";

test("splits sentences with offsets that slice back to the text", () => {
  const text = "Police raided the compound on Monday. Two men were held.\n\nOfficials said little.";
  const { sentences, tokens } = segment(text);
  assert.deepEqual(sentences.map((s) => s.text), ["Police raided the compound on Monday.", "Two men were held.", "Officials said little."]);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test("keeps abbreviations and initials inside the sentence", () => {
  const text = "Gen. Smith met U.S. envoys in the city of St. Louis on Jan. 4. Talks ended.";
  const { sentences } = segment(text);
  assert.equal(sentences.length, 2);
  assert.equal(sentences[1]!.text, "Talks ended.");
});

test("marks a headline without end punctuation", () => {
  const text = "Troops seize border town after clashes\n\nGovernment troops took the town on Sunday.";
  const { sentences } = segment(text);
  assert.equal(sentences.length, 2);
  assert.equal(sentences[0]!.headline, true);
  assert.equal(sentences[1]!.headline, undefined);
});

test("tags parts of speech and lemmas", () => {
  const { tokens } = segment("The ministers said they were arresting protesters.");
  const said = tokens.find((t) => t.text === "said")!;
  assert.equal(said.pos, "VERB");
  assert.equal(said.lemma, "say");
  assert.equal(tokens.find((t) => t.text === "ministers")!.lemma, "minister");
});
