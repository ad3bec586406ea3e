// The event scorer on a hand-made confusion whose counts are worked out by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pairTypes, scoreEvents, type ScoreEvent, type ScoreItem } from "../../src/eval/score.js";

const a = (country: string, sector = "") => ({ country, full: country + sector });
const ev = (type: string, source: ScoreEvent["source"], target: ScoreEvent["target"], rule?: string): ScoreEvent => ({
  type, code: type, source, target, ...(rule ? { rule } : {}),
});

const items: ScoreItem[] = [
  // compound source, one of two found: A tp; B,C tp 1 fn 1
  { id: "s1", text: "one", gold: [ev("AGREE", [a("HUN", "GOV"), a("ROU", "GOV")], [])], predicted: [ev("AGREE", [a("HUN", "GOV")], [], "agree")] },
  // wrong type: fp and fn at every level
  { id: "s2", text: "two", gold: [ev("REJECT", [a("PSE")], [a("ISR")])], predicted: [ev("ACCUSE", [a("PSE")], [a("ISR")], "accuse-x")] },
  // nothing found: fn at every level
  { id: "s3", text: "three", gold: [ev("ASSAULT", [a("ISR", "MIL")], [a("PSE")])], predicted: [] },
  // right event plus an extra one: tp and fp at every level
  { id: "s4", text: "four", gold: [ev("REQUEST", [a("USA")], [a("IRN")])], predicted: [ev("REQUEST", [a("USA")], [a("IRN")], "ask"), ev("CONSULT", [a("USA")], [a("IRN")], "meet")] },
];

test("score: counts and P/R/F1 at the three levels", () => {
  const s = scoreEvents(items);
  assert.equal(s.sentences, 4);
  assert.equal(s.goldSentences, 4);
  assert.equal(s.typeHits, 2);
  assert.equal(s.typeAccuracy, 0.5);
  assert.deepEqual({ ...s.levels.A }, { tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  assert.deepEqual([s.levels.B.tp, s.levels.B.fp, s.levels.B.fn], [2, 2, 3]);
  assert.equal(s.levels.B.precision, 0.5);
  assert.equal(s.levels.B.recall, 0.4);
  assert.ok(Math.abs(s.levels.B.f1 - 4 / 9) < 1e-12);
  assert.deepEqual([s.levels.C.tp, s.levels.C.fp, s.levels.C.fn], [2, 2, 3]);
});

test("score: level C tells sectors apart where level B does not", () => {
  const wrongSector: ScoreItem = { id: "x", text: "", gold: [ev("AGREE", [a("HUN", "GOV")], [])], predicted: [ev("AGREE", [a("HUN", "MIL")], [])] };
  const s = scoreEvents([wrongSector]);
  assert.equal(s.levels.B.tp, 1);
  assert.equal(s.levels.C.tp, 0);
  assert.equal(s.levels.C.fp, 1);
});

test("score: confusion table, misses and false events with rules", () => {
  const s = scoreEvents(items);
  assert.deepEqual(s.confusion, {
    AGREE: { AGREE: 1 },
    REJECT: { ACCUSE: 1 },
    ASSAULT: { NONE: 1 },
    REQUEST: { REQUEST: 1 },
    NONE: { CONSULT: 1 },
  });
  assert.deepEqual(s.misses.map((m) => [m.id, m.gold]), [["s2", "REJECT"], ["s3", "ASSAULT"]]);
  assert.deepEqual(s.misses[0]!.ours, [{ type: "ACCUSE", rule: "accuse-x" }]);
  assert.deepEqual(s.falseEvents.map((f) => [f.id, f.ours, f.rule]), [["s2", "ACCUSE", "accuse-x"], ["s4", "CONSULT", "meet"]]);
});

test("score: empty input scores zero without dividing by zero", () => {
  const s = scoreEvents([]);
  assert.equal(s.typeAccuracy, 0);
  assert.deepEqual({ ...s.levels.A }, { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
});

test("pairTypes: matches, then leftovers paired, then NONE", () => {
  assert.deepEqual(pairTypes(["A", "B"], ["B", "C", "D"]), [["B", "B"], ["A", "C"], ["NONE", "D"]]);
  assert.deepEqual(pairTypes([], []), [["NONE", "NONE"]]);
  assert.deepEqual(pairTypes(["A"], []), [["A", "NONE"]]);
});
