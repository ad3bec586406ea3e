// Classes of recogniser errors fixed once, checked with the built-in knowledge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../../src/annotate.js";

test("a sentence-initial plural of a word used in lower case is not a name", () => {
  const doc = annotate("The tension grew all week.\n\nTensions rose again in Lima on Monday.", { published: "2024-05-01" });
  assert.deepEqual(doc.entities.map((e) => e.name), ["Lima"]);
});

test("abstract nouns opening a sentence are not names", () => {
  const doc = annotate("Negotiations between Chile and Bolivia resumed.", { published: "2024-05-01" });
  assert.ok(!doc.entities.some((e) => e.name === "Negotiations"));
});

test("a bare capitalised institution joins the nominal organisation it heads", () => {
  const doc = annotate(
    "Police surrounded the Peruvian embassy in La Paz. Staff at the Embassy said they were safe.",
    { published: "2024-05-01" },
  );
  const embassy = doc.entities.find((e) => e.name.toLowerCase() === "peruvian embassy");
  assert.ok(embassy, "the nominal organisation exists");
  assert.equal(embassy.code, "PERGOV");
  assert.deepEqual(embassy.mentions.map((m) => m.text), ["Peruvian embassy", "Embassy"]);
});

test("a nominal phrase stops where another country's demonym starts (headlines)", () => {
  const doc = annotate("Chilean police raid Peruvian consulate, detain two men\n\nThe story goes on.", { published: "2024-05-01" });
  const names = doc.entities.map((e) => `${e.name} ${e.code ?? ""}`.trim());
  assert.ok(names.includes("Chilean police CHLCOP"), names.join(", "));
  assert.ok(names.includes("Peruvian consulate PERGOV"), names.join(", "));
});

test("a dictionary name keeps a common first or last word: Red Cross, Human Rights Watch", () => {
  const doc = annotate("Red Cross officials left Baghdad. Human Rights Watch accused Egypt of torture.", { published: "2003-01-01" });
  const orgs = doc.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.code);
  assert.ok(orgs.some((c) => c?.startsWith("NGOIRC")), JSON.stringify(orgs));
  assert.ok(orgs.some((c) => c?.startsWith("NGOHRW")), JSON.stringify(orgs));
});

test("a titled person named 'of' a country holds office there", () => {
  const doc = annotate("King Tupou of Tonga said he would visit Fiji.", { published: "2000-01-01" });
  const king = doc.entities.find((e) => e.type === "PERSON");
  assert.equal(king?.country, "TON");
  assert.equal(king?.code, "TONGOV");
});
