// The two gold readers on small files written for these tests, and the evaluation run with a
// fake coder so the figures do not depend on the real one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { readPloverGsr, parsePloverGsr } from "../../src/eval/plover-gsr.js";
import { readPetrarchXml, parsePetrarchXml } from "../../src/eval/petrarch.js";
import { evaluateEvents, type SentenceCoder } from "../../src/eval/events.js";
import type { CodedEvent } from "../../src/coding/types.js";
import { InputError } from "../../src/errors.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/eval/", import.meta.url));

test("plover-gsr: skips DOCUMENT, maps old types and old country codes, tolerates odd targets, pairs SRC/TAR actors", () => {
  const gold = readPloverGsr(FIXTURES + "plover-gsr-mini.txt");
  assert.deepEqual(gold.map((g) => g.events[0]!.type), ["AGREE", "REQUEST", "ASSAULT", "ACCUSE", "CONSULT"]);
  const [agree, demand, fight, disapprove, consult] = gold;
  // reciprocal actors without a target: one directed event each way
  assert.deepEqual(agree!.events.map((e) => [e.source, e.target]), [
    [[{ country: "CHL", full: "CHLGOV" }], [{ country: "PER", full: "PERGOV" }]],
    [[{ country: "PER", full: "PERGOV" }], [{ country: "CHL", full: "CHLGOV" }]],
  ]);
  assert.equal(agree!.date, "2001-05-02");
  assert.deepEqual(demand!.events[0]!.source, [{ country: "ITA", full: "ITAGOV" }]);
  assert.deepEqual(fight!.events[0]!.source, [{ country: "COL", full: "COLREB" }]);
  assert.deepEqual(fight!.events[0]!.target, []);
  assert.deepEqual(disapprove!.events[0]!.source, [{ country: "IGO", full: "IGO" }]);
  assert.deepEqual(disapprove!.events[0]!.target, []);
  assert.deepEqual(consult!.events[0]!.source, [{ country: "JPN", full: "JPN" }]);
  assert.deepEqual(consult!.events[0]!.target, [{ country: "VNM", full: "VNM" }]);
  assert.equal(consult!.date, undefined);
});

test("plover-gsr: clear errors for a broken file", () => {
  assert.throws(() => parsePloverGsr("{not json", "bad.txt"), (e: unknown) => e instanceof InputError && /not JSON/.test(e.message));
  assert.throws(() => parsePloverGsr('[{"id":"x","event":"WAVE","text":"Hello there."}]', "t.txt"), /"WAVE" is not a PLOVER type/);
  assert.throws(() => readPloverGsr(FIXTURES + "missing.txt"), /no such file/);
});

test("petrarch-xml: sentences, several codings, noevents, skip and error records", () => {
  const gold = readPetrarchXml(FIXTURES + "petrarch-mini.xml");
  assert.deepEqual(gold.map((g) => g.id), ["MINI-01", "MINI-02", "MINI-03"]);
  const [one, two, three] = gold;
  assert.equal(one!.date, "2003-01-15");
  assert.equal(one!.text, "Norway's government signed a fisheries accord with Chile on Monday.");
  assert.deepEqual(one!.events, [{ type: "05", code: "057", source: [{ country: "NOR", full: "NORGOV" }], target: [{ country: "CHL", full: "CHL" }] }]);
  assert.deepEqual(two!.events.map((e) => e.code), ["173", "141"]);
  assert.match(two!.text, /"marching"/);
  assert.deepEqual(three!.events, []);
  assert.throws(() => parsePetrarchXml("<Validation></Validation>", "x.xml"), /no <Sentence> records/);
});

function fakeEvent(type: string, cameo: string, source: string, target: string, rule: string): CodedEvent {
  const actor = (code: string) => (code ? [{ text: code, code, country: code.slice(0, 3), sector: code.length > 3 ? [code.slice(3, 6)] : [] }] : []);
  return {
    id: "ev1", sentence: 0, mentions: [0], date: "2001-01-01", dateGranularity: "day",
    source: actor(source), target: actor(target), cameo, root: cameo.slice(0, 2),
    plover: { type, context: [] }, goldstein: 0, quadClass: 1,
    evidence: { trigger: { start: 0, end: 1, text: "x" } }, rule, negated: false, hypothetical: false, reported: false, confidence: 1,
  };
}

test("evaluateEvents: plover-gsr with a fake coder", () => {
  const gold = readPloverGsr(FIXTURES + "plover-gsr-mini.txt");
  const dates: string[] = [];
  const coder: SentenceCoder = (text, published) => {
    dates.push(published);
    if (text.startsWith("Chilean")) return [fakeEvent("AGREE", "057", "CHLGOV", "PERGOV", "agree")];
    if (text.startsWith("The Italian")) return [fakeEvent("REQUEST", "10", "ITAGOV", "LBYGOV", "demand")];
    if (text.startsWith("The Japanese")) return [{ ...fakeEvent("CONSULT", "040", "JPNGOV", "VNM", "meet"), negated: true }];
    return [];
  };
  const s = evaluateEvents(gold, "plover-gsr", coder);
  assert.equal(dates[4], "2000-01-01", "a record without a date gets the placeholder");
  assert.equal(s.typeHits, 2);
  assert.equal(s.typeAccuracy, 2 / 5);
  assert.deepEqual([s.levels.A.tp, s.levels.A.fp, s.levels.A.fn], [2, 0, 3]);
  // AGREE finds one of the two directions; REQUEST matches fully
  assert.deepEqual([s.levels.B.tp, s.levels.B.fp, s.levels.B.fn], [2, 0, 4]);
  assert.deepEqual([s.levels.C.tp, s.levels.C.fp, s.levels.C.fn], [2, 0, 4]);
  assert.equal(s.confusion.CONSULT!.NONE, 1, "negated events are left out");
});

test("evaluateEvents: petrarch-xml scores CAMEO roots and full codes", () => {
  const gold = readPetrarchXml(FIXTURES + "petrarch-mini.xml");
  const coder: SentenceCoder = (text) => {
    if (text.startsWith("Norway")) return [fakeEvent("AGREE", "057", "NORGOV", "CHL", "sign")];
    if (text.startsWith("Police")) return [fakeEvent("COERCE", "173", "ECUCOP", "ECUOPP", "arrest"), fakeEvent("PROTEST", "145", "ECUOPP", "ECUGOV", "march")];
    if (text.startsWith("The weather")) return [fakeEvent("CONSULT", "040", "", "", "weather")];
    return [];
  };
  const s = evaluateEvents(gold, "petrarch-xml", coder);
  assert.equal(s.goldSentences, 2);
  assert.equal(s.typeHits, 2);
  assert.deepEqual([s.levels.A.tp, s.levels.A.fp, s.levels.A.fn], [3, 1, 0]);
  // 145 vs gold 141: same root, different full code
  assert.deepEqual([s.levels.C.tp, s.levels.C.fp, s.levels.C.fn], [2, 2, 1]);
  assert.deepEqual(s.falseEvents.map((f) => [f.id, f.ours, f.rule]), [["MINI-03", "04", "weather"]]);
});
