// Stated intentions, obligations, time phrases before the verb and tagger slips on event verbs,
// coded with the built-in lexicon and the file-only actor knowledge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { code, codeDocument } from "../../src/code.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import { bareDocument, fileKnowledge } from "./coder-kit.js";

const knowledge = fileKnowledge();
const lexicon = defaultLexicon();

function codes(text: string): string[] {
  return codeDocument(bareDocument(text, "2024-03-14"), { lexicon, knowledge }).events
    .map((e) => `${e.cameo} ${e.plover.type} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}`);
}

test("a future act of cooperation is an intent (AGREE)", () => {
  assert.ok(codes("Norway will send food aid to Sudan.").some((c) => c.startsWith("0333 AGREE NOR>SDN")));
  assert.ok(codes("Kenya is ready to contribute peacekeepers to Haiti.").some((c) => c.startsWith("03") && c.includes("AGREE")));
});

test("a future hostile act is a threat (THREATEN)", () => {
  assert.ok(codes("Peru would sever diplomatic relations with Chile.").some((c) => c.startsWith("1313 THREATEN PER>CHL")));
});

test("a speaker saying someone must act is a demand on them", () => {
  assert.ok(codes("Germany said Poland must stop its border checks.").some((c) => c.startsWith("100 REQUEST DEU>POL")));
});

test("a time phrase between subject and verb keeps the subject", () => {
  assert.ok(codes("Poland on Thursday rejected a proposal from Turkey.").some((c) => c.startsWith("120 REJECT POL>TUR")));
});

test("event verbs the tagger reads as nouns or adjectives still trigger", () => {
  assert.ok(codes("Sudanese gunmen abducted three Italian engineers.").some((c) => c.startsWith("181 ASSAULT")));
  assert.ok(codes("Kenyan police fired tear gas at protesters.").some((c) => c.startsWith("175")));
});

test("a phrasal verb's particle may follow a short object", () => {
  assert.ok(codes("The union called the strike off on Monday.").some((c) => c.startsWith("082")), "called the strike off");
  assert.ok(codes("Peru turned the offer down.").some((c) => c.startsWith("120")), "turned the offer down");
});

test("hyphenated event nouns and verbs the lemmatiser mangles still trigger", () => {
  assert.ok(codes("Nurses staged a sit-in outside the Kenyan parliament.").some((c) => c.startsWith("141")), "staged a sit-in");
  assert.ok(codes("Qatar mediated talks between Sudan and Chad.").some((c) => c.startsWith("045")), "mediated");
});

test("'without' words count in the subject and right after the verb", () => {
  assert.ok(!codes("Japan's population continues to decline.").some((c) => c.startsWith("12")), "a population declining");
  assert.ok(!codes("A Kenyan police spokesman declined comment.").some((c) => c.startsWith("120")), "declined comment is 011, not 120");
  assert.ok(!codes("Kenyan journalists were blocked from the courtroom.").some((c) => c.startsWith("129")), "blocked journalists are no veto");
});

test("calling someone something is no phone call, and 'on Monday' is no 'call on'", () => {
  assert.ok(!codes("Kenya called Uganda's claims baseless.").some((c) => c.startsWith("041")), "characterisation by adjective");
  assert.ok(!codes("The minister called the Kenyan envoy a dear friend.").some((c) => c.startsWith("041")), "characterisation by noun");
  assert.ok(codes("Peru's president called the Chilean president on Monday.").some((c) => c.startsWith("041")), "a call on a day is a phone call");
  assert.ok(!codes("Peru's president called the Chilean president on Monday.").some((c) => c.startsWith("02")), "not an appeal");
});

test("'what it called X' names X; it calls no one", () => {
  assert.ok(!codes("The rebels freed what they called Kenyan spies.").some((c) => c.startsWith("041")));
});

test("a passive naming verb gives a name: 'is called X' is no phone call", () => {
  assert.ok(!codes("The new Kenyan party is called Forward Kenya.").some((c) => c.startsWith("041")));
  assert.ok(codes("Kenya was called on to withdraw its troops.").some((c) => c.startsWith("02")), "'called on' stays an appeal");
});

test("a capitalised event noun opening a sentence is still an event noun", () => {
  assert.ok(code("Demonstrations by students in Nairobi turned violent on Monday.", { published: "2024-03-14" }).events.some((e) => e.root === "14"));
});
