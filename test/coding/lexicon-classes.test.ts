// Classes of constructions the lexicon codes as one family, each checked on fresh sentences
// (not the entries' own examples): the code family must appear, and a look-alike must not get it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../../src/code.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import { bareDocument, fileKnowledge } from "./coder-kit.js";

const knowledge = fileKnowledge();
const lexicon = defaultLexicon();

function codes(text: string): string[] {
  return codeDocument(bareDocument(text, "2024-03-14"), { lexicon, knowledge }).events.map((e) => e.cameo);
}

/** Each sentence must give a code starting with `want`; each counter-sentence none starting with it. */
function classOf(want: string, sentences: string[], counter: string[] = []): void {
  for (const s of sentences) assert.ok(codes(s).some((c) => c.startsWith(want)), `${want} expected for "${s}", got ${codes(s).join(",") || "nothing"}`);
  for (const s of counter) assert.ok(!codes(s).some((c) => c.startsWith(want)), `${want} not expected for "${s}", got ${codes(s).join(",")}`);
}

test("opposing a plan, a deployment or a mediation is a rejection (12), not disapproval", () => {
  classOf("12", ["Bolivia opposes the Chilean plan for the port.", "The Malian junta opposed the deployment of Kenyan police.",
    "Pakistan opposed any Indian mediation in the dispute."]);
  classOf("126", ["Pakistan opposed any Indian mediation in the dispute."]);
  classOf("11", [], ["Bolivia opposes the Chilean plan for the port."]);
});

test("talks that fail or collapse are a rejection (12)", () => {
  classOf("12", ["Ukraine and Russia failed to reach a deal on grain exports.", "Talks between Sudan and South Sudan collapsed on Monday."],
    ["The Nigerian team failed to reach the final."]);
});

test("expelling or ordering out diplomats cuts relations (161); deporting others stays 174", () => {
  classOf("161", ["Poland expelled three Belarusian diplomats.", "Mali ordered the French ambassador to leave within 72 hours."]);
  classOf("174", ["Thailand deported forty Uyghur migrants to China."]);
  classOf("161", [], ["Thailand deported forty Uyghur migrants to China.", "Ghana ordered an inquiry into the death of a Togolese diplomat."]);
});

test("forcing out aid agencies, peacekeepers and inspectors is 166", () => {
  classOf("1663", ["Niger forced the UN refugee agency out of the country.", "The junta expelled Oxfam and two other aid agencies."]);
  classOf("1661", ["Congo forced the UN peacekeepers out of its eastern provinces."]);
  classOf("1662", ["North Korea forced the nuclear inspectors out of Yongbyon."]);
});

test("inquiries, hearings and inspectors sent are investigations (09)", () => {
  classOf("09", ["Brazilian prosecutors put the former minister under investigation.", "The Senate in Chile opened a hearing into the mine disaster.",
    "The UN dispatched a team of investigators to Myanmar.", "The ombudsman investigated conditions in Greek migrant camps."],
  ["Russia dispatched troops to the Georgian border."]);
});

test("troops contributed to a force are protection (074), and an intent when only offered", () => {
  classOf("074", ["Rwanda contributed 1,000 soldiers to the African Union force in Sudan."]);
  classOf("03", ["Indonesia is ready to contribute troops to a UN force in Gaza.", "Fiji will commit 200 soldiers to the peacekeeping mission."]);
});

test("leaving ground, lifting blockades and closures, and truces are the retreat family (087)", () => {
  classOf("087", ["Azerbaijani forces evacuated two outposts near the border.", "Turkey pulled its troops out of the Syrian town.",
    "Egypt lifted the closure of the Rafah crossing.", "The Houthis declared a unilateral truce."]);
});

test("drills held with another side are military cooperation (062); one side's drills stay 15", () => {
  classOf("062", ["Japan held naval drills with Australia off Okinawa.", "Iran and Russia held joint naval exercises in the Gulf."]);
  classOf("15", ["Taiwan held a military exercise near Kinmen."]);
  classOf("062", [], ["Taiwan held a military exercise near Kinmen."]);
});

test("welcoming a visitor is hosting (043); welcoming a decision is praise (051)", () => {
  classOf("043", ["The Ghanaian president welcomed the visiting Ivorian leader.", "The emir received a Sudanese delegation in Doha."]);
  classOf("051", ["Canada welcomed the decision by Mexico to free the prisoners."]);
});

test("burning, bulldozing and blowing up property is 1712", () => {
  classOf("1712", ["Maoist rebels blew up a railway line in eastern India.", "Guerrillas blew up power lines near Bogota.",
    "Soldiers bulldozed Palestinian homes near Jenin."]);
});

test("seeking refuge is an appeal (02); pushing and pressing for a policy is a demand (10)", () => {
  classOf("023", ["Hundreds of Afghan soldiers sought refuge in Iran.", "The Venezuelan opposition leader sought asylum in Spain."]);
  classOf("10", ["The EU is pushing for Serbia to recognise Kosovo.", "Washington pressured Israel to allow more aid into Gaza."]);
  classOf("17", [], ["Washington pressured Israel to allow more aid into Gaza."]);
});
