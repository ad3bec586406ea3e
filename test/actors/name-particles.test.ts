// Names holding lower-case particles ("al-", "bin", "van", "ould") are one person, and a
// title written in the text codes a known person who holds no office on the document's date.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../../src/annotate.js";

const people = (text: string, published = "2012-03-01") =>
  annotate(text, { published }).entities.filter((e) => e.type === "PERSON");

test("a glued Arabic article keeps a name together and finds the known person", () => {
  const found = people("On Tuesday President Omar al-Bashir flew home from Doha.");
  assert.equal(found.length, 1, found.map((e) => e.name).join(" | "));
  assert.equal(found[0]!.name, "Omar al-Bashir");
  assert.equal(found[0]!.code, "SDNGOV");
  assert.deepEqual(found[0]!.mentions.map((m) => m.text), ["Omar al-Bashir"]);
});

test("names with several particles are one mention each", () => {
  const text = "Guests included Hamad bin Khalifa al-Thani, the economist Yasser Abu Shaqra, " +
    "the envoy Ahmed ould Abdallah and a cousin of Vincent van Gogh.";
  const names = people(text).map((e) => e.mentions[0]!.text);
  for (const n of ["Hamad bin Khalifa al-Thani", "Yasser Abu Shaqra", "Ahmed ould Abdallah", "Vincent van Gogh"]) {
    assert.ok(names.includes(n), `${n} in ${names.join(" | ")}`);
  }
  assert.ok(!names.some((n) => n === "al-Thani" || n === "Abdallah"), names.join(" | "));
});

test("known leaders with particles resolve to their dictionary entries", () => {
  const found = people("Bashar al-Assad telephoned Abdel Fattah el-Sisi late on Sunday.", "2016-05-02");
  const names = found.map((e) => e.name);
  assert.ok(names.includes("Bashar al-Assad") && names.includes("Abdel Fattah el-Sisi"), names.join(" | "));
  assert.ok(found.every((e) => e.ref !== undefined), names.join(" | "));
  assert.equal(found.length, 2, names.join(" | "));
});

test("a particle joins only between name words, never ordinary lower-case words", () => {
  const doc = annotate("Obama and de facto rulers of the region met in Cairo.", { published: "2012-03-01" });
  const texts = doc.mentions.map((m) => m.text);
  assert.ok(texts.includes("Obama"), texts.join(" | "));
  assert.ok(!texts.some((t) => /\bde\b/.test(t)), texts.join(" | "));
});

test("a surname opened by a particle is a name on its own", () => {
  const found = people("Officials said couriers for bin Laden hid for years.");
  const laden = found.find((e) => e.name === "Osama bin Laden");
  assert.deepEqual(laden?.mentions.map((m) => m.text), ["bin Laden"], found.map((e) => e.name).join(" | "));
});

test("a capitalised glued article opening a sentence stays on its name", () => {
  const doc = annotate("Al-Jazeera aired the interview twice.", { published: "2012-03-01" });
  assert.deepEqual(doc.mentions.map((m) => m.text), ["Al-Jazeera"]);
});

test("a written title codes a known person before their dated office begins", () => {
  // Gbagbo's dated presidency starts in late 2000; the text already calls him President.
  const [gbagbo] = people("President Laurent Gbagbo visited Bouake to calm the soldiers.", "2000-01-01");
  assert.equal(gbagbo?.name, "Laurent Gbagbo");
  assert.equal(gbagbo?.code, "CIVGOV");
});

test("a dated office still beats the title written in the text", () => {
  // In 2005 Gbagbo is president whatever the copy calls him.
  const [gbagbo] = people("Minister Laurent Gbagbo visited Bouake.", "2005-06-01");
  assert.equal(gbagbo?.code, "CIVGOV");
  assert.equal(gbagbo?.title, "president");
});

test("former and ex- titles stay elites, also across modifiers", () => {
  const found = people(
    "The former conservative president Henri Konan Bedie met ex-Prime Minister Macky Sall and Ex-President Abdou Diouf.",
    "2001-06-01",
  );
  const code = (name: string) => found.find((e) => e.name === name)?.code;
  assert.equal(code("Macky Sall"), "SENELI");
  assert.equal(code("Abdou Diouf"), "SENELI");
  assert.equal(code("Henri Konan Bédié"), "CIVELI");
  assert.equal(found.length, 3, found.map((e) => e.name).join(" | "));
});
