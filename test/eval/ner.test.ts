import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { parseConll, snapToTokens } from "../../src/eval/conll.js";
import { SpanScorer } from "../../src/eval/conll-score.js";
import { formatNerReport, runNerEval } from "../../src/eval/ner.js";
import { InputError } from "../../src/errors.js";
import { smallKnowledge } from "../actors/fake-knowledge.js";

const TINY = fileURLToPath(new URL("../../../test/fixtures/conll/tiny.txt", import.meta.url));

test("reads CoNLL documents, rebuilds their text and gold spans", () => {
  const docs = parseConll("-DOCSTART- -X- -X- O\n\nJorge NNP B-NP B-PER\nGlas NNP I-NP I-PER\nleft VBD B-VP O\n\nIn IN B-PP O\nQuito NNP B-NP B-LOC\n");
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.text, "Jorge Glas left\nIn Quito");
  assert.deepEqual(docs[0]!.gold, [{ start: 0, end: 10, type: "PER", text: "Jorge Glas" }, { start: 19, end: 24, type: "LOC", text: "Quito" }]);
  assert.deepEqual(snapToTokens(docs[0]!, 3, 8), { start: 0, end: 10 });
});

test("bad tags are reported with their line", () => {
  assert.throws(() => parseConll("Quito NNP B-NP X-LOC\n", "g.txt"), (e: unknown) => e instanceof InputError && /line 1 of g\.txt/.test(e.message));
});

test("scores exact spans per type and lists errors by surface form", () => {
  const s = new SpanScorer();
  s.add(
    [{ start: 0, end: 5, type: "PER", text: "Glas" }, { start: 10, end: 15, type: "LOC", text: "Quito" }],
    [{ start: 0, end: 5, type: "PER", text: "Glas" }, { start: 10, end: 15, type: "ORG", text: "Quito" }],
  );
  assert.equal(s.score("PER").f1, 1);
  assert.equal(s.score("LOC").recall, 0);
  assert.equal(s.micro(["PER", "ORG", "LOC"]).precision, 0.5);
  assert.deepEqual([...s.falseNegatives], [["LOC Quito", 1]]);
});

test("eval ner runs the annotator over a CoNLL file", () => {
  const report = runNerEval({ gold: TINY, knowledge: smallKnowledge(), date: "2024-03-04" });
  assert.equal(report.documents, 2);
  assert.equal(report.micro.gold, 6);
  assert.equal(report.micro.f1, 1);
  assert.equal(report.misc.correct, 1);
  assert.match(formatNerReport(report), /micro\s+100\.0/);
});
