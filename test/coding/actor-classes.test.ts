// Classes of actor errors on the source or target side: pronoun subjects, actions without a
// counterpart, organisations named with their members. Sentences are the project's own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { code, codeDocument } from "../../src/code.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import { bareDocument, fileKnowledge } from "./coder-kit.js";

const knowledge = fileKnowledge();
const lexicon = defaultLexicon();

function codes(text: string): string[] {
  return codeDocument(bareDocument(text, "2024-03-14"), { lexicon, knowledge }).events
    .map((e) => `${e.plover.type} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}`);
}

test("'it' as the subject of a reported act stands for the state named before it", () => {
  assert.ok(codes("Norway said on Monday it had suspended economic aid to Mali.").some((c) => c.startsWith("SANCTION NOR>MLI")), "halted aid");
  assert.ok(codes("Chile says it is prepared to withdraw its soldiers from Bolivia.").some((c) => c.startsWith("AGREE CHL>BOL")), "prepared to withdraw");
});

test("an empty 'it' or an object 'it' does not become an actor", () => {
  assert.ok(!codes("Kenya said it was likely that Uganda would attack.").some((c) => c.startsWith("THREATEN KEN") || c.includes("KEN>")));
});

test("members of an international body act for the body, not for the country they act on", () => {
  const events = code("European Community foreign ministers demanded that Serbia withdraw its troops.", { published: "2024-03-14" }).events;
  const demand = events.find((e) => e.plover.type === "REQUEST");
  assert.ok(demand, "the demand is coded");
  assert.equal(demand.source[0]?.code.slice(0, 3), "IGO");
});

test("violence with no named perpetrator is coded to the country where it happened", () => {
  const events = code("A roadside bomb near Kandahar killed two Canadian soldiers on Monday.", { published: "2024-03-14" }).events;
  const kill = events.find((e) => e.plover.type === "ASSAULT");
  assert.ok(kill, "the killing is coded");
  assert.equal(kill.source[0]?.country, "AFG");
  assert.equal(kill.target[0]?.country, "CAN");
});

test("a statement without a speaker does not take the place as its source", () => {
  const events = code("Sanctions on Cuba were condemned at a meeting in Madrid.", { published: "2024-03-14" }).events;
  assert.ok(events.every((e) => e.root === "18" || e.root === "19" || e.root === "20" || e.source.every((a) => a.country !== "ESP")));
});

test("whoever made an appeal, offer or call is the one its answer targets", () => {
  const full = (text: string) => code(text, { published: "2024-03-14" }).events.map((e) => `${e.plover.type} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}`);
  assert.ok(full("Peru dismissed an appeal from Ecuador for calm.").some((c) => c.startsWith("REJECT PER>ECU")), "appeal from");
  assert.ok(full("Kenya on Monday rejected calls by Uganda to close the border.").some((c) => c.startsWith("REJECT KEN>UGA")), "calls by");
  assert.ok(full("Kenyan rebels accepted demands from the Kenyan government to disarm.").some((c) => c.includes(">KENGOV")), "demands from");
});

test("a named actor missing from the dictionaries still acts, with an empty code", () => {
  const events = code("The Zarvan Liberation Front agreed to hand over its heavy weapons.", { published: "2024-03-14" }).events;
  const e = events.find((x) => x.plover.type === "AGREE");
  assert.ok(e, "the event is kept");
  assert.equal(e.source[0]?.code, "");
  assert.match(e.source[0]?.text ?? "", /Zarvan Liberation Front/);
  assert.equal(code("The plan agreed to hand over weapons.", { published: "2024-03-14" }).events.length, 0, "a common noun that names no one is no actor");
});

test("a group acting somewhere belongs to that place; ethnic groups by where they live", () => {
  const full = (text: string) => code(text, { published: "2024-03-14" }).events.map((e) => `${e.plover.type} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}`);
  assert.ok(full("Several thousand ethnic Hungarians rallied in Romania on Sunday.").some((c) => c.startsWith("PROTEST ROUCVL")), "ethnic group");
  assert.ok(full("Students blocked roads in Nairobi on Monday.").some((c) => c.startsWith("PROTEST KEN")), "sector-only group");
  assert.ok(full("Hungarian fans rallied in Romania on Sunday.").some((c) => c.startsWith("PROTEST HUN")), "a nationality without 'ethnic' keeps its country");
});

test("a leader's name before a government noun gives that government's country", () => {
  const full = code("The Bolsonaro administration said Venezuela must release the prisoners.", { published: "2020-03-14" }).events;
  assert.ok(full.some((e) => e.plover.type === "REQUEST" && e.source[0]?.code === "BRAGOV" && e.target[0]?.country === "VEN"), JSON.stringify(full.map((e) => [e.cameo, e.source, e.target])));
});

test("what an international body sends acts for it: 'U.N. helicopters', 'NATO warplanes'", () => {
  const list = code("U.N. helicopters evacuated wounded civilians from Srebrenica on Friday.", { published: "1995-03-14" }).events;
  assert.ok(list.some((e) => e.source[0]?.code.startsWith("IGOUNO")), JSON.stringify(list.map((e) => e.source)));
});

test("protesters are the subject of the clause a protest noun hangs on, not the agent of what they protest", () => {
  const list = code("Kurdish students threw stones during demonstrations against abuses by the Turkish police.", { published: "2024-03-14" }).events;
  const protest = list.find((e) => e.root === "14");
  assert.ok(protest, JSON.stringify(list.map((e) => e.cameo)));
  assert.notEqual(protest.source[0]?.code, "TURCOP");
});

test("a compound subject acts on each other only in mutual acts (agree, meet, fight), not in rejections", () => {
  const full = (text: string) => code(text, { published: "2024-03-14" }).events.map((e) => `${e.plover.type} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}`);
  assert.ok(!full("Both Kenya and Uganda rejected the claims.").some((c) => c.includes("KEN>UGA") || c.includes("UGA>KEN")));
  assert.ok(full("Kenya and Uganda agreed to reopen the border.").some((c) => c.includes("KEN>UGA")));
});

test("the head's own words name the actors before an 'of' complement does", () => {
  const full = code("The Serbian and Croatian sides of the border commission agreed to reopen the crossing.", { published: "2024-03-14" }).events;
  assert.ok(full.some((e) => e.source[0]?.country === "SRB" && e.target[0]?.country === "HRV"), JSON.stringify(full.map((e) => [e.source, e.target])));
});

test("a people is coded by where it lives: 'Bosnian Serbs', 'the Albanians of southern Serbia'", () => {
  const src = (text: string) => code(text, { published: "2024-03-14" }).events.map((e) => e.source[0]?.code);
  assert.ok(src("Bosnian Croats demanded a new election law.").includes("BIHCVL"));
  assert.ok(src("The Albanians of southern Serbia demanded autonomy from Belgrade.").includes("SRBCVL"));
  assert.ok(src("Palestinian youths demanded the release of prisoners.").includes("PSECVL") || src("Palestinian youths demanded the release of prisoners.").some((c) => c?.startsWith("PSE")), "one people, its own country");
});

test("an international armed group named in a phrase acts for the phrase: 'al-Qaeda's network'", () => {
  const list = code("Al-Qaeda's regional network threatened Kenya on Monday.", { published: "2010-03-14" }).events;
  assert.ok(list.some((e) => e.source[0]?.code.startsWith("IMG")), JSON.stringify(list.map((e) => e.source)));
});

test("'its' stands for the organisation or state named before it in the sentence", () => {
  const list = code("Brazil voiced concern. The Organization of American States said its Permanent Council would meet to discuss the crisis.", { published: "2024-04-06" }).events;
  const council = list.find((e) => e.source[0]?.text.startsWith("its"));
  assert.ok(council, JSON.stringify(list.map((e) => e.source)));
  assert.equal(council.source[0]?.code.startsWith("IGO"), true);
});
