// What a verbal act is about is not a second event: threats, appeals, demands, refusals and
// accusations keep one event for their governed clause; a protest keeps one for its stated aim.
import { test } from "node:test";
import assert from "node:assert/strict";
import { code, codeDocument } from "../../src/code.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import { bareDocument, fileKnowledge } from "./coder-kit.js";

const knowledge = fileKnowledge();
const lexicon = defaultLexicon();

function types(text: string): string[] {
  return codeDocument(bareDocument(text, "2024-03-14"), { lexicon, knowledge }).events.map((e) => e.plover.type);
}

test("a threat's infinitive is the threat, not a second act", () => {
  assert.deepEqual(types("Chile threatened on Monday to cut diplomatic ties with Peru."), ["THREATEN"]);
});

test("an appeal's object-controlled infinitive is the appeal", () => {
  assert.deepEqual(types("Brazil urged Argentina to withdraw its troops from the border."), ["REQUEST"]);
});

test("a demand's event noun and its purpose infinitive are the demand", () => {
  assert.deepEqual(types("Bolivia demanded the withdrawal of Chilean forces from the disputed zone."), ["REQUEST"]);
});

test("a refusal's infinitive is the refusal", () => {
  assert.ok(!types("Kenya refused to release the detained Somali officials.").includes("RETREAT"));
});

test("the aim of a protest is not a separate demand", () => {
  assert.deepEqual(types("Thousands of Chilean students protested in Santiago on Friday to demand free education."), ["PROTEST"]);
});

test("a purpose infinitive after a refusal's own object is an act of its own", () => {
  const got = types("Peruvian farmers boycotted the market on Monday to protest against the new tax.");
  assert.ok(got.includes("PROTEST"), got.join(","));
});

test("a past participle before its noun describes the noun and tells no act", () => {
  assert.ok(!types("Syria mounted its long-threatened offensive in the occupied West Bank.").includes("THREATEN"));
  assert.ok(!types("Jordan condemned raids in the occupied West Bank.").includes("COERCE"));
  assert.ok(!types("Uganda held talks with the Syrian-backed militia.").includes("SUPPORT"));
});

test("a clause that only describes a noun or the setting is background when the sentence tells something else", () => {
  assert.deepEqual(types("Serbia lifted the curfew in the province, where twelve people were killed in riots last year."), types("Serbia lifted the curfew in the province."));
  assert.deepEqual(types("Kenya demanded the return of land seized by Ugandan soldiers."), types("Kenya demanded the return of the land."));
  assert.ok(!types("Chile said Peru must return a fishing boat that was captured by the Peruvian navy.").includes("COERCE"));
});

test("a continuing relative after a comma is not background", () => {
  const got = types("Mexico asked Ecuador for safe passage for the diplomats, which was refused by Ecuadorian officials.");
  assert.ok(got.includes("REJECT"), got.join(","));
});

test("a demand in a participle next to a protest by the same side is the protest's aim", () => {
  assert.deepEqual(types("Thousands of Bolivian miners marched in La Paz on Monday calling for higher wages."), ["PROTEST"]);
  assert.deepEqual(types("Kenyan students staged rallies in Nairobi against the president, saying he must resign."), ["PROTEST"]);
});

test("an infinitive after a proposal noun is the noun's content, not a purpose", () => {
  assert.deepEqual(types("Peru rejected a Chilean offer to host a summit in Lima."), ["REJECT"]);
});

test("the topic of talks is not a second event", () => {
  assert.deepEqual(types("Chile and Peru resumed negotiations on Monday on a Peruvian troop pullback from the border."), types("Chile and Peru resumed negotiations on Monday."));
});

test("a capitalised demonym after 'to' is no verb", () => {
  assert.ok(!types("Peru is opposed to French mediation in its dispute with Chile.").includes("CONSULT"));
});

test("the reason given for a punitive act is background", () => {
  assert.ok(!types("A Kenyan journalist was arrested in Uganda for collaborating with Somali rebels.").includes("COOPERATE"));
});

test("what a concession lifts is not a new act: 'lifted the blockade' is one event", () => {
  const list = code("Turkey lifted the naval blockade on Cyprus on Monday.", { published: "2024-03-14" }).events;
  assert.ok(list.some((e) => e.root === "08"));
  assert.ok(!list.some((e) => e.root === "19" || e.root === "17"), list.map((e) => e.cameo).join(","));
});

test("what an ultimatum, a call or an obligation asks for is not a second event", () => {
  const roots = (text: string) => code(text, { published: "2024-03-14" }).events.map((e) => e.root);
  assert.deepEqual(roots("Chile issued an ultimatum to Bolivia to halt attacks on its border posts."), ["13"]);
  assert.deepEqual(roots("Kenya said that Uganda must be ready to mediate between the two sides."), ["10"]);
});

test("what a renewed demand asks for in its that-clause is its content", () => {
  const roots = code("Kenya renewed its demand that Somalia withdraw its troops from the border.", { published: "2024-03-14" }).events.map((e) => e.root);
  assert.deepEqual(roots, ["10"]);
});

test("a relative clause telling someone's state is background to the act in the sentence", () => {
  const list = code("Police in Lima detained the former minister, who was a refugee and seeking asylum in the embassy.", { published: "2024-03-14" }).events;
  assert.deepEqual(list.map((e) => e.root), ["17"]);
});

test("an event noun denied by 'no' or 'without' is negated", () => {
  const list = code("Peru imposed no blockade on the Chilean border.", { published: "2024-03-14" }).events;
  const blockades = list.filter((e) => e.root === "19");
  assert.ok(blockades.length > 0 && blockades.every((e) => e.negated), JSON.stringify(list.map((e) => [e.cameo, e.negated])));
});

test("a consultation held to consult is one event: 'telephoned X to discuss'", () => {
  const list = code("Peru's president telephoned the Chilean president on Monday to discuss the border.", { published: "2024-03-14" }).events;
  assert.equal(list.filter((e) => e.root === "04").length, 1, JSON.stringify(list.map((e) => e.cameo)));
});

test("an event told without a date of its own takes the report's day, within the week before publication", () => {
  const dates = (text: string) => code(text, { published: "2024-03-14" }).events.map((e) => e.date);
  assert.deepEqual(dates("Police in Lima arrested two Chilean diplomats on Tuesday. Chile expelled the Peruvian ambassador."), ["2024-03-12", "2024-03-12"]);
  assert.deepEqual(dates("Chile expelled the Peruvian ambassador."), ["2024-03-14"], "no day named: publication date");
  assert.deepEqual(dates("Police arrested the mayor on 2 January. Chile expelled the Peruvian ambassador.").slice(-1), ["2024-03-14"], "a day long before is background, not the report's day");
});
