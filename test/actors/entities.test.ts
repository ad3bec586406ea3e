import { test } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/nlp/segment.js";
import { findEntities } from "../../src/actors/entities.js";
import type { AnnotatedDocument, Entity } from "../../src/types.js";
import { smallKnowledge } from "./fake-knowledge.js";

const kb = smallKnowledge();

function run(text: string, published = "2024-04-06"): AnnotatedDocument {
  const doc: AnnotatedDocument = { text, published, language: "en", sentences: [], tokens: [], mentions: [], entities: [], dates: [], quotes: [] };
  Object.assign(doc, segment(text));
  findEntities(doc, kb);
  return doc;
}

function entity(doc: AnnotatedDocument, name: string): Entity {
  const e = doc.entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${doc.entities.map((x) => x.name).join(", ")}`);
  return e;
}

test("dictionary people, their aliases and roles on the date join one entity", () => {
  const doc = run("Mexican President Andrés Manuel López Obrador spoke on Saturday. AMLO said the raid broke the law. The Mexican president asked for calm. López Obrador left.");
  const amlo = entity(doc, "Andrés Manuel López Obrador");
  assert.equal(amlo.code, "MEXGOV");
  assert.equal(amlo.ref, "andres-manuel-lopez-obrador");
  assert.equal(amlo.title, "president");
  assert.deepEqual(amlo.mentions.map((m) => [m.text, m.kind]), [
    ["Andrés Manuel López Obrador", "name"], ["AMLO", "alias"], ["Mexican president", "role"], ["López Obrador", "short"],
  ]);
  assert.equal(entity(doc, "Mexican").type, "NORP");
});

test("a later surname joins the full name; former office holders are elites", () => {
  const doc = run("Police detained former Vice President Jorge Glas in Quito. Glas was taken to Guayaquil.");
  const glas = entity(doc, "Jorge Glas");
  assert.deepEqual(glas.mentions.map((m) => m.kind), ["name", "short"]);
  assert.equal(glas.code, "ECUELI");
  assert.equal(entity(doc, "Quito").country, "ECU");
  assert.equal(entity(doc, "Quito").geo?.countryCode, "EC");
});

test("demonym and institution phrases become nominal organisations with country and sector", () => {
  const doc = run("The Ecuadorian Foreign Ministry said Ecuadorian police acted lawfully at the Mexican embassy. Mexico's foreign ministry protested. US troops were not involved.");
  const pick = (name: string) => { const e = entity(doc, name); return [e.type, e.code, e.mentions[0]!.kind]; };
  assert.deepEqual(pick("Ecuadorian Foreign Ministry"), ["ORGANIZATION", "ECUGOV", "nominal"]);
  assert.deepEqual(pick("Ecuadorian police"), ["ORGANIZATION", "ECUCOP", "nominal"]);
  assert.deepEqual(pick("Mexican embassy"), ["ORGANIZATION", "MEXGOV", "nominal"]);
  assert.deepEqual(pick("Mexico's foreign ministry"), ["ORGANIZATION", "MEXGOV", "nominal"]);
  assert.deepEqual(pick("US troops"), ["ORGANIZATION", "USAMIL", "nominal"]);
});

test("roles resolve through the holder on the publication date", () => {
  const doc = run("The president of Mexico met the Ecuadorian president.", "2024-01-10");
  assert.equal(entity(doc, "Andrés Manuel López Obrador").mentions[0]!.kind, "role");
  assert.equal(entity(doc, "Daniel Noboa").mentions[0]!.text, "Ecuadorian president");
  // Before Noboa took office there is no holder in the small knowledge: the role stays unresolved.
  const before = run("The Ecuadorian president resigned.", "2023-01-10");
  assert.equal(before.entities[0]!.type, "PERSON");
  assert.equal(before.entities[0]!.country, "ECU");
  assert.equal(before.entities[0]!.ref, undefined);
});

test("a bare 'the president' joins the only president named before", () => {
  const one = run("Daniel Noboa visited Guayaquil. The president promised aid.");
  assert.deepEqual(entity(one, "Daniel Noboa").mentions.map((m) => m.text), ["Daniel Noboa", "president"]);
  const two = run("Daniel Noboa called Andrés Manuel López Obrador. The president hung up.");
  assert.ok(!two.mentions.some((m) => m.text === "president"));
});

test("appositives and titles give unknown people a country and sector", () => {
  const doc = run("Roberto Canseco, head of the consular section of the Mexican embassy, was hurt. Ecuadorian lawmaker Ana Gómez condemned the raid. Gen. Pablo Ruiz declined to comment.");
  assert.deepEqual([entity(doc, "Roberto Canseco").country, entity(doc, "Roberto Canseco").sector], ["MEX", ["GOV"]]);
  assert.equal(entity(doc, "Ana Gómez").code, "ECULEG");
  const ruiz = entity(doc, "Pablo Ruiz");
  assert.deepEqual([ruiz.code, ruiz.sector], [undefined, ["MIL"]]);
});

test("organisations by keyword, acronyms joining them, and sentence openers left out", () => {
  const doc = run("But the National Farmers Association warned of losses. The NFA wants loans from the Central Bank of Ruritania. Officials in Quito agreed. Bankers were unsure.");
  assert.deepEqual(entity(doc, "National Farmers Association").mentions.map((m) => [m.text, m.kind]), [["National Farmers Association", "name"], ["NFA", "alias"]]);
  assert.equal(entity(doc, "Central Bank of Ruritania").type, "ORGANIZATION");
  assert.ok(!doc.mentions.some((m) => ["But", "The", "Officials", "Bankers"].includes(m.text)));
});

test("people by given name, by speech verb and by shape; places by the gazetteer and 'X-based'", () => {
  const doc = run("Analyst Greta Sandoval said prices would rise. Okonkwo said nothing. A London-based fund sold shares to Marek Wysocki.");
  assert.equal(entity(doc, "Greta Sandoval").type, "PERSON");
  assert.equal(entity(doc, "Okonkwo").type, "PERSON");
  assert.equal(entity(doc, "London").type, "PLACE");
  assert.equal(entity(doc, "Marek Wysocki").type, "PERSON");
});

test("capitals lines trust only dictionaries and names found in the body", () => {
  const doc = run("GLAS TAKEN FROM EMBASSY IN QUITO\n\nPolice took Jorge Glas to a prison near Guayaquil.");
  const glas = entity(doc, "Jorge Glas");
  assert.deepEqual(glas.mentions.map((m) => m.text), ["GLAS", "Jorge Glas"]);
  assert.ok(doc.mentions.some((m) => m.text === "QUITO" && m.type === "PLACE"));
  assert.ok(!doc.mentions.some((m) => m.text === "TAKEN" || m.text === "EMBASSY"));
});

test("mentions slice back to the text, in order, each pointing at an entity in first-mention order", () => {
  const doc = run("Jorge Glas met Daniel Noboa in Quito. Glas and Noboa disagreed.");
  let last = -1;
  for (const m of doc.mentions) {
    assert.equal(doc.text.slice(m.start, m.end), m.text);
    assert.ok(m.start > last);
    last = m.start;
    assert.ok(doc.entities.some((e) => e.id === m.entity));
  }
  assert.deepEqual(doc.entities.map((e) => e.id), ["e1", "e2", "e3"]);
  assert.deepEqual(doc.entities.map((e) => e.name), ["Jorge Glas", "Daniel Noboa", "Quito"]);
});
