import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultKnowledge } from "../../src/actors/knowledge/load.js";

const kb = defaultKnowledge();

test("capitals and cities resolve to their country", () => {
  const quito = kb.place("Quito");
  assert.equal(quito?.country, "ECU");
  assert.equal(quito?.kind, "capital");
  assert.ok(quito && Math.abs(quito.lat + 0.23) < 0.1 && Math.abs(quito.lon + 78.52) < 0.1);
  assert.equal(kb.place("Guayaquil")?.country, "ECU");
  assert.equal(kb.place("Vaduz")?.country, "LIE", "a capital under 15,000 people is kept");
  assert.equal(kb.place("Washington")?.country, "USA", "English names of GeoNames places");
  assert.equal(kb.place("Cologne")?.country, "DEU");
  assert.equal(kb.place("St. Petersburg")?.country, "RUS");
  assert.equal(kb.place("Cordoba")?.country, "ARG", "accents fold; the most populous wins");
});

test("context countries settle same-named places", () => {
  assert.equal(kb.place("Córdoba", new Set(["ESP"]))?.country, "ESP");
  assert.equal(kb.place("Córdoba", new Set(["ARG"]))?.country, "ARG");
  assert.equal(kb.place("Córdoba", new Set(["MEX", "USA"]))?.country, "MEX");
  assert.equal(kb.place("London", new Set(["CAN"]))?.country, "CAN");
  assert.equal(kb.place("London")?.country, "GBR");
});

test("ordinary words, lower-case text and other countries' towns named after a country do not resolve", () => {
  for (const word of ["Nice", "Split", "Reading", "Mobile", "March", "Of", "Along", "Sale", "Bath", "Police", "Male", "Florida"]) {
    assert.equal(kb.place(word), undefined, word);
  }
  assert.equal(kb.place("Malé")?.country, "MDV", "the stop-list keeps accents");
  assert.equal(kb.place("quito"), undefined);
  assert.equal(kb.place("Mexico"), undefined, "not the town of Mexico in the Philippines");
  assert.equal(kb.place("Panama")?.country, "PAN");
  assert.equal(kb.place("Nowhereville"), undefined);
});

test("Arabic place names resolve as English news writes them: no article, no final hamza", () => {
  assert.equal(kb.place("Samarra")?.country, "IRQ");
  assert.equal(kb.place("Fallujah")?.country, "IRQ");
  assert.equal(kb.place("Kut")?.country, "IRQ");
  assert.equal(kb.place("Al Fallujah")?.country, "IRQ", "the full spelling still resolves");
});

test("a place named before the country that settles it still takes that country", async () => {
  const { annotate } = await import("../../src/annotate.js");
  const doc = annotate("Shells hit Tripoli again on Sunday, the Lebanese army said.", { published: "2000-01-01" });
  assert.equal(doc.entities.find((e) => e.name === "Tripoli" || e.aliases.includes("Tripoli"))?.country, "LBN");
  const libya = annotate("Shells hit Tripoli again on Sunday.", { published: "2000-01-01" });
  assert.equal(libya.entities.find((e) => e.type === "PLACE")?.country, "LBY", "alone, the most populous");
});
