// The act tables: refused cooperation is a CAMEO 12 rejection ("will not accept", "refused to allow",
// "would not meet"; a plain "did not meet" is no event), stated intentions are 03/13; both checked at load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { codeDocument } from "../../src/code.js";
import { defaultCodebook, loadCodebook } from "../../src/coding/codebook.js";
import { codingDataDir } from "../../src/coding/codebook/data-dir.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import { bareDocument, fileKnowledge } from "./coder-kit.js";

const knowledge = fileKnowledge();
const lexicon = defaultLexicon();

function events(text: string) {
  return codeDocument(bareDocument(text, "2024-03-14"), { lexicon, knowledge }).events;
}

function codes(text: string): string[] {
  return events(text).filter((e) => !e.negated).map((e) => `${e.cameo} ${e.plover.type} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}`);
}

test("the refusal table maps each cooperative act to its rejection, longest code first", () => {
  const cb = defaultCodebook();
  assert.equal(cb.refusal("0862", true), "1245");
  assert.equal(cb.refusal("0841", false), "1243");
  assert.equal(cb.refusal("057", false), "127");
  assert.equal(cb.refusal("040", false), undefined, "a plain 'did not meet' is no refusal");
  assert.equal(cb.refusal("040", true), "125");
  assert.equal(cb.refusal("173", true), undefined, "not arresting someone is no rejection");
});

test("a cooperative act ruled out with will/would not is a rejection, not a dropped event", () => {
  assert.ok(codes("Jordan said it would not allow the monitors to enter.").some((c) => c.startsWith("1245 REJECT JOR")));
  assert.ok(codes("Peru will not meet the Chilean delegation.").some((c) => c.startsWith("125 REJECT PER")));
  const e = events("Jordan said it would not allow the monitors to enter.").find((x) => x.cameo === "1245");
  assert.equal(e?.negated, false);
  assert.equal(e?.hypothetical, false, "a refusal is said now, not planned");
});

test("a plain negated meeting stays a negated event, not a rejection", () => {
  const list = events("Peru did not meet the Chilean delegation.");
  assert.ok(list.every((e) => e.root !== "12"));
  assert.ok(list.some((e) => e.root === "04" && e.negated));
});

test("a refusal table naming an unknown code fails with the file and the row", () => {
  const dir = mkdtempSync(join(tmpdir(), "ew-refusals-"));
  for (const f of ["cameo.json", "plover.json", "cameo-plover.json", "intents.json"]) copyFileSync(join(codingDataDir(), f), join(dir, f));
  const data = JSON.parse(readFileSync(join(codingDataDir(), "refusals.json"), "utf8")) as { refusals: Array<{ act: string; refusal: string }> };
  data.refusals[1] = { act: "031", refusal: "1299" };
  writeFileSync(join(dir, "refusals.json"), JSON.stringify(data));
  assert.throws(() => loadCodebook({ dir }), /refusals\.json at refusals\[1\]\.refusal.*1299 is not a CAMEO code/);
});

test("the intent table gives the finest intent code listed for an act", () => {
  const cb = defaultCodebook();
  assert.equal(cb.intent("0874", false), "0356", "will withdraw: intent to de-escalate");
  assert.equal(cb.intent("074", false), "0334", "will send peacekeepers");
  assert.equal(cb.intent("1723", false), "1323", "plans a curfew: threat of curfew");
  assert.equal(cb.intent("161", true), "1313", "may sever relations: a threat");
  assert.equal(cb.intent("071", true), undefined, "may send aid: no commitment");
  assert.equal(cb.intent("112", false), undefined, "a verbal act has no intent form");
});
