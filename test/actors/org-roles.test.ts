// People who act for an international organisation are coded as that organisation: roles held
// in an organisation (people.json "org"), and an organisation named before or in apposition to an
// office in the text. Sentences are written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annotate } from "../../src/annotate.js";
import { defaultKnowledge, loadKnowledge } from "../../src/actors/knowledge/load.js";
import { InputError } from "../../src/errors.js";
import type { AnnotatedDocument, Entity } from "../../src/types.js";

const kb = defaultKnowledge();

function tempFile(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "eventwire-org-")), name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

function entity(doc: AnnotatedDocument, name: string): Entity {
  const e = doc.entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${doc.entities.map((x) => `${x.name} [${x.code ?? ""}]`).join(", ")}`);
  return e;
}

const personNamed = (id: string) => kb.people.find((p) => p.id === id)!;

test("a role in an organisation codes its holder as the organisation, with no country", () => {
  assert.deepEqual(kb.actorFor(personNamed("kofi-annan"), "2003-03-01"), { code: "IGOUNO", sector: ["GOV"] });
  assert.equal(kb.actorFor(personNamed("jens-stoltenberg"), "2020-06-01").code, "IGONAT");
  // Before and after: his Norwegian offices.
  assert.equal(kb.actorFor(personNamed("jens-stoltenberg"), "2010-06-01").code, "NORGOV");
  assert.equal(kb.actorFor(personNamed("jens-stoltenberg"), "2025-06-01").code, "NORGOV");
  // A former head of a body is an elite of their own country.
  assert.equal(kb.actorFor(personNamed("kofi-annan"), "2012-01-01").code, "GHAELI");
  assert.equal(kb.actorFor(personNamed("amr-moussa"), "1999-01-01").code, "EGYGOV");
  assert.equal(kb.actorFor(personNamed("amr-moussa"), "2005-01-01").code, "IGOARL");
});

test("the holder of an organisation's office on a date, also for 'chief' and 'head'", () => {
  assert.equal(kb.orgHolder?.("un", "secretary-general", "1995-05-01")?.id, "boutros-boutros-ghali");
  assert.equal(kb.orgHolder?.("un", "Secretary General", "2010-05-01")?.id, "ban-ki-moon");
  assert.equal(kb.orgHolder?.("nato", "chief", "2001-05-01")?.id, "george-robertson");
  assert.equal(kb.orgHolder?.("iaea", "head", "2005-05-01")?.id, "mohamed-elbaradei");
  assert.equal(kb.orgHolder?.("eu", "foreign policy chief", "2016-05-01")?.id, "federica-mogherini");
  assert.equal(kb.orgHolder?.("european-commission", "president", "2016-05-01")?.id, "jean-claude-juncker");
  // "refugee chief" is not the head of the UN.
  assert.equal(kb.orgHolder?.("un", "refugee chief", "2010-05-01"), undefined);
});

test("a role names a country or an organisation id from organizations.json, and the error says which", () => {
  const role = (extra: object) => ({ people: [{ id: "p", name: "A Person", country: "ECU", roles: [{ title: "secretary-general", from: "2020", ...extra }] }] });
  assert.throws(() => loadKnowledge({ files: [tempFile("org.json", role({ org: "united-nations" }))] }), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.match(e.message, /org\.json: people\[0\]\.roles\[0\]\.org: "united-nations" is not an organisation id in the knowledge files; did you mean "un"/);
    return true;
  });
  assert.throws(() => loadKnowledge({ files: [tempFile("both.json", role({ org: "un", country: "ECU", sector: "GOV" }))] }),
    /people\[0\]\.roles\[0\]\.org: a role is held either in a country or in an organisation/);
  assert.throws(() => loadKnowledge({ files: [tempFile("neither.json", role({}))] }),
    /people\[0\]\.roles\[0\]\.country: missing; give "country" \(an alpha-3 code\) or "org"/);
  assert.throws(() => loadKnowledge({ files: [tempFile("nosector.json", role({ country: "ECU", title: "president" }))] }),
    /people\[0\]\.roles\[0\]\.sector: missing; a role in a country needs a sector/);
  const ok = loadKnowledge({ files: [tempFile("ok.json", role({ org: "oas" }))] });
  assert.equal(ok.actorFor(ok.people.find((p) => p.id === "p")!, "2021-01-01").code, "IGOOAS");
});

test("an organisation before a title gives the named person its code, not their country's", () => {
  const doc = annotate("Arab League Secretary-General Amr Moussa flew to Beirut on Monday. Later, NATO chief Anders Fogh Rasmussen spoke.", { published: "2009-12-01", knowledge: kb });
  assert.equal(entity(doc, "Amr Moussa").code, "IGOARL");
  assert.equal(entity(doc, "Amr Moussa").country, undefined);
  assert.equal(entity(doc, "Anders Fogh Rasmussen").code, "IGONAT");
  assert.equal(entity(doc, "Arab League").type, "ORGANIZATION");
});

test("people the dictionaries do not know act for the organisation named before their office", () => {
  const doc = annotate("EU trade commissioner Ana Lindqvist met farmers, and the UN human rights chief Tomas Okafor urged restraint.", { published: "2023-02-01", knowledge: kb });
  assert.equal(entity(doc, "Ana Lindqvist").code, "IGOEEC");
  assert.equal(entity(doc, "Tomas Okafor").code, "IGOUNO");
});

test("an office in apposition, before or after the name, says whom the person acts for", () => {
  const after = annotate("Rosa Pereira, the OAS secretary-general, criticised the vote.", { published: "2023-02-01", knowledge: kb });
  assert.equal(entity(after, "Rosa Pereira").code, "IGOOAS");
  const before = annotate("The U.N. special envoy for Yemen, Lars Holm, arrived in Aden.", { published: "2023-02-01", knowledge: kb });
  assert.equal(entity(before, "Lars Holm").code, "IGOUNO");
  // The apposed office joins the named person, not whoever held it on the date.
  const past = annotate("Kofi Annan, the U.N. secretary-general, visited Nairobi.", { published: "2015-06-01", knowledge: kb });
  const annan = entity(past, "Kofi Annan");
  assert.equal(annan.code, "IGOUNO");
  assert.ok(annan.mentions.some((m) => m.kind === "role"));
});

test("the office alone is a role mention: the holder on the date, else the organisation", () => {
  const doc = annotate("The UN secretary-general condemned the shelling. The United Nations refugee coordinator visited the camp.", { published: "1998-03-02", knowledge: kb });
  const annan = entity(doc, "Kofi Annan");
  assert.equal(annan.code, "IGOUNO");
  assert.deepEqual(annan.mentions.map((m) => [m.text, m.kind]), [["UN secretary-general", "role"]]);
  assert.equal(entity(doc, "United Nations refugee coordinator").code, "IGOUNO");
  const office = annotate("The secretary-general of the Arab League will attend.", { published: "2012-01-10", knowledge: kb });
  assert.equal(entity(office, "Nabil Elaraby").code, "IGOARL");
});

test("not every office after an organisation acts for it", () => {
  // A country's ambassador to the UN, a reporter who covers the White House, a former office holder.
  const doc = annotate("Chilean U.N. Ambassador Pablo Rojas spoke. VOA White House correspondent Mia Tran reported. Former NATO chief Willy Claes laughed.", { published: "2020-01-01", knowledge: kb });
  assert.notEqual(entity(doc, "Pablo Rojas").code, "IGOUNO");
  assert.equal(entity(doc, "Mia Tran").code, undefined);
  assert.equal(entity(doc, "Willy Claes").code, "BELELI");
  // "EU foreign ministers" is a group, not one office holder.
  const group = annotate("EU foreign ministers met in Brussels.", { published: "2020-01-01", knowledge: kb });
  assert.ok(!group.entities.some((e) => e.type === "PERSON"));
});

test("hyphenated dictionary names stay whole: Ban Ki-moon", () => {
  const doc = annotate("Ban Ki-moon met the press in Seoul.", { published: "2010-01-01", knowledge: kb });
  assert.equal(entity(doc, "Ban Ki-moon").code, "IGOUNO");
});
