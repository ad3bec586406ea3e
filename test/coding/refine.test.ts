import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/nlp/segment.js";
import { refineEvents } from "../../src/coding/refine/index.js";
import { refineContext } from "../../src/coding/refine/context.js";
import type { AnnotatedDocument, Entity, Mention, MentionType } from "../../src/types.js";
import type { CodedEvent, EventActor } from "../../src/coding/types.js";

function docWith(text: string, named: Array<[string, MentionType, string]>): AnnotatedDocument {
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const seg = segment(text);
  for (const [surface, type, country] of named) {
    const start = text.indexOf(surface);
    const id = `e${entities.length + 1}`;
    const sentence = seg.sentences.find((s) => s.start <= start && start < s.end)!.index;
    mentions.push({ start, end: start + surface.length, text: surface, type, kind: "name", sentence, entity: id });
    entities.push({ id, name: surface, type, code: country, country, aliases: [], mentions: [{ start, end: start + surface.length, text: surface, kind: "name" }] });
  }
  return { text, published: "2000-01-01", language: "eng", ...seg, mentions, entities, dates: [], quotes: [] };
}

function event(doc: AnnotatedDocument, trigger: string, source: EventActor[], target: EventActor[] = []): CodedEvent {
  const start = doc.text.indexOf(trigger);
  return {
    id: "ev1", sentence: 0, mentions: [0], date: "2000-01-01", dateGranularity: "day", source, target,
    cameo: "036", root: "03", plover: { type: "AGREE", context: [] }, goldstein: 4, quadClass: 1,
    evidence: { trigger: { start, end: start + trigger.length, text: trigger } }, rule: "test",
    negated: false, hypothetical: false, reported: false, confidence: 1,
  };
}

test("a sector-only actor takes the one country named in its sentence", () => {
  const doc = docWith("The ousted president agreed to leave Kyrgyzstan.", [["Kyrgyzstan", "COUNTRY", "KGZ"]]);
  const [out] = refineEvents([event(doc, "agreed", [{ text: "The ousted president", code: "GOV", sector: ["GOV"], span: { start: 0, end: 20 } }])], doc);
  assert.equal(out!.source[0]!.code, "KGZGOV");
  assert.equal(out!.source[0]!.country, "KGZ");
});

test("a compound subject without a target acts on each other", () => {
  const doc = docWith("Bosnia and Slovenia agreed to a ceasefire.", [["Bosnia", "COUNTRY", "BIH"], ["Slovenia", "COUNTRY", "SVN"]]);
  const a = { text: "Bosnia", code: "BIH", country: "BIH" };
  const b = { text: "Slovenia", code: "SVN", country: "SVN" };
  const out = refineEvents([event(doc, "agreed", [a, b])], doc);
  assert.deepEqual(out.map((e) => `${e.source[0]!.code}>${e.target[0]!.code}`), ["BIH>SVN", "SVN>BIH"]);
  assert.deepEqual(out.map((e) => e.id), ["ev1", "ev2"]);
});

test("a missing target is the next actor after the trigger, not one in the attribution", () => {
  const doc = docWith("Britain promised to continue aid to Mozambique, a Kenyan official said.", [
    ["Britain", "COUNTRY", "GBR"], ["Mozambique", "COUNTRY", "MOZ"], ["Kenyan", "NORP", "KEN"],
  ]);
  const [out] = refineEvents([event(doc, "promised", [{ text: "Britain", code: "GBR", country: "GBR", entity: "e1", span: { start: 0, end: 7 } }])], doc);
  assert.equal(out!.target[0]!.code, "MOZ");
  assert.ok(out!.confidence < 1, "a guessed target lowers confidence");
});

test("events that need nothing pass through unchanged", () => {
  const doc = docWith("Chile thanked Peru.", [["Chile", "COUNTRY", "CHL"], ["Peru", "COUNTRY", "PER"]]);
  const events = [event(doc, "thanked", [{ text: "Chile", code: "CHL", country: "CHL" }], [{ text: "Peru", code: "PER", country: "PER" }])];
  assert.equal(refineEvents(events, doc), events);
});

test("an act with no counterpart gets no guessed target and its compound subject is not split", () => {
  const ctx = refineContext([{ id: "test-resign", cameo: "0831", verbs: ["resign"], nouns: [], target: ["from"], intransitive: true, priority: 10, examples: [] }]);
  const doc = docWith("Chile and Peru resigned from the forum, Brazil said.", [["Chile", "COUNTRY", "CHL"], ["Peru", "COUNTRY", "PER"], ["Brazil", "COUNTRY", "BRA"]]);
  const one = { ...event(doc, "resigned", [{ text: "Chile", code: "CHL", country: "CHL", entity: "e1", span: { start: 0, end: 5 } }]), rule: "test-resign" };
  assert.deepEqual(refineEvents([one], doc, ctx)[0]!.target, []);
  const both = { ...one, source: [{ text: "Chile", code: "CHL", country: "CHL" }, { text: "Peru", code: "PER", country: "PER" }] };
  const out = refineEvents([both], doc, ctx);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0]!.target, []);
});

test("an arrest with no one named doing it is the act of the country where it happened", () => {
  const doc = docWith("A Danish aid worker was arrested in Chad.", [["Danish", "NORP", "DNK"], ["Chad", "COUNTRY", "TCD"]]);
  const start = doc.text.indexOf("Chad");
  const arrest: CodedEvent = { ...event(doc, "was arrested", [], [{ text: "Danish aid worker", code: "DNK", country: "DNK" }]), cameo: "173", root: "17",
    location: { text: "Chad", country: "TCD", span: { start, end: start + 4 } } };
  const [out] = refineEvents([arrest], doc, refineContext([]));
  assert.equal(out!.source[0]?.country, "TCD");
  const nowhere: CodedEvent = { ...arrest, location: undefined };
  delete nowhere.location;
  assert.equal(refineEvents([nowhere], doc, refineContext([]))[0]!.source.length, 0, "no place named in the clause: no guess");
});

test("a sector-only actor facing several countries is not given one of them", () => {
  const doc = docWith("Parliament voted to end sanctions on Iran, Syria and Cuba.", [["Iran", "COUNTRY", "IRN"], ["Syria", "COUNTRY", "SYR"], ["Cuba", "COUNTRY", "CUB"]]);
  const targets = ["Iran", "Syria", "Cuba"].map((c) => ({ text: c, code: c.slice(0, 3).toUpperCase(), country: { Iran: "IRN", Syria: "SYR", Cuba: "CUB" }[c]! }));
  const e = event(doc, "end", [{ text: "Parliament", code: "LEG", sector: ["LEG"] }], targets);
  const [out] = refineEvents([e], doc, refineContext([]));
  assert.equal(out!.source[0]?.country, undefined);
});

test("a protest with no one named is against its own state", () => {
  const doc = docWith("Opposition parties in Chile staged a general strike.", [["Chile", "COUNTRY", "CHL"]]);
  const source = { text: "Opposition parties in Chile", code: "CHLOPP", country: "CHL", sector: ["OPP"], span: { start: 0, end: 27 } };
  const strike: CodedEvent = { ...event(doc, "staged", [source]), cameo: "143", root: "14", rule: "strike" };
  const [out] = refineEvents([strike], doc, refineContext([]));
  assert.equal(out!.target[0]?.country, "CHL");
  assert.ok(out!.confidence < strike.confidence);
  const talk: CodedEvent = { ...strike, cameo: "036", root: "03", rule: "meet" };
  assert.equal(refineEvents([talk], doc, refineContext([]))[0]!.target.length, 0, "only protests");
});
