import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultKnowledge, loadKnowledge, loadKnowledgeFrom } from "../../src/actors/knowledge/load.js";
import { foldKey } from "../../src/actors/knowledge/keys.js";
import { packageRoot } from "../../src/actors/knowledge/paths.js";
import { InputError } from "../../src/errors.js";

const kb = defaultKnowledge();
const fixture = (name: string) => join(packageRoot(), "test", "fixtures", "knowledge", name);

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "eventwire-kb-")), name);
  writeFileSync(path, content);
  return path;
}

test("the built-in files load and cover every ISO 3166-1 country plus Kosovo", () => {
  assert.ok(kb.countries.length >= 250, `only ${kb.countries.length} countries`);
  const codes = new Set(kb.countries.map((c) => c.code));
  const iso2 = new Set(kb.countries.map((c) => c.iso2));
  assert.equal(codes.size, kb.countries.length, "alpha-3 codes are unique");
  assert.equal(iso2.size, kb.countries.length, "alpha-2 codes are unique");
  for (const code of ["USA", "GBR", "COD", "COG", "PRK", "KOR", "PSE", "TWN", "XKX", "ECU", "ATA", "UMI"]) {
    assert.ok(kb.country(code), code);
  }
  assert.ok(defaultKnowledge() === kb, "defaultKnowledge is cached");
});

test("no name or demonym points at two countries, no alias at two organisations", () => {
  const check = (label: string, pairs: Array<[string, string]>) => {
    const owner = new Map<string, string>();
    for (const [name, id] of pairs) {
      const key = foldKey(name);
      const other = owner.get(key);
      assert.ok(other === undefined || other === id, `${label} "${name}" belongs to ${other} and ${id}`);
      owner.set(key, id);
    }
  };
  check("country name", kb.countries.flatMap((c) => [c.name, ...c.names].map((n): [string, string] => [n, c.code])));
  check("demonym", kb.countries.flatMap((c) => c.demonyms.map((d): [string, string] => [d, c.code])));
  check("organisation name", kb.organizations.flatMap((o) => [o.name, ...o.aliases].map((n): [string, string] => [n, o.id])));
  check("agent term", kb.agents.flatMap((a) => a.terms.map((t): [string, string] => [t, a.sector])));
  check("title", kb.titles.flatMap((t) => [t.title, ...t.variants].map((v): [string, string] => [v, t.title])));
  for (const c of kb.countries) for (const d of c.demonyms) assert.match(d, /^\p{Lu}/u, `demonym ${d} is capitalised`);
});

test("countries by name and demonym", () => {
  assert.equal(kb.countryByName("the U.S.")?.code, "USA");
  assert.equal(kb.countryByName("United States of America")?.code, "USA");
  assert.equal(kb.countryByName("Britain")?.code, "GBR");
  assert.equal(kb.countryByName("U.K.")?.code, "GBR");
  assert.equal(kb.countryByName("Democratic Republic of Congo")?.code, "COD");
  assert.equal(kb.countryByName("Republic of the Congo")?.code, "COG");
  assert.equal(kb.countryByName("North Korea")?.code, "PRK");
  assert.equal(kb.countryByName("Russian Federation")?.code, "RUS");
  assert.equal(kb.countryByName("Gaza")?.code, "PSE");
  assert.equal(kb.countryByName("Kosovo")?.code, "XKX");
  assert.equal(kb.countryByName("Cote d'Ivoire")?.code, "CIV");
  assert.equal(kb.countryByName("Guinea Bissau")?.code, "GNB");
  assert.equal(kb.countryByDemonym("Ecuadorean")?.code, "ECU");
  assert.equal(kb.countryByDemonym("Ecuadorian")?.code, "ECU");
  assert.equal(kb.countryByDemonym("Mexicans")?.code, "MEX", "regular plurals are generated");
  assert.equal(kb.countryByDemonym("Briton")?.code, "GBR");
  assert.equal(kb.countryByDemonym("Emirati")?.code, "ARE");
  assert.equal(kb.countryByDemonym("Filipinos")?.code, "PHL");
  assert.equal(kb.countryByDemonym("Saudi Arabian")?.code, "SAU");
  assert.equal(kb.countryByDemonym("Swiss")?.code, "CHE");
  assert.equal(kb.countryByDemonym("Congolese")?.code, "COD");
});

test("names written in capitals match only text written in capitals", () => {
  assert.equal(kb.countryByName("US")?.code, "USA");
  assert.equal(kb.countryByName("us"), undefined);
  assert.equal(kb.countryByName("Us"), undefined);
  assert.equal(kb.organizationByName("WHO")?.code, "IGOWHO");
  assert.equal(kb.organizationByName("who"), undefined);
  assert.equal(kb.organizationByName("Who"), undefined);
  assert.equal(kb.organizationByName("Nato")?.code, "IGONAT", "a mixed-case alias in the data lifts the rule");
});

test("sectors of agent nouns, with the head noun deciding", () => {
  assert.equal(kb.sectorOf("riot police"), "COP");
  assert.equal(kb.sectorOf("security forces"), "COP");
  assert.equal(kb.sectorOf("troops"), "MIL");
  assert.equal(kb.sectorOf("foreign ministry"), "GOV");
  assert.equal(kb.sectorOf("senior government officials"), "GOV");
  assert.equal(kb.sectorOf("Supreme Court"), "JUD");
  assert.equal(kb.sectorOf("protesters"), "CVL");
  assert.equal(kb.sectorOf("gunmen"), "UAF");
  assert.equal(kb.sectorOf("asylum seekers"), "REF");
  assert.equal(kb.sectorOf("foreign secretary"), "GOV", "titles count as agent nouns");
  assert.equal(kb.sectorOf("weather"), undefined);
  for (const a of kb.agents) assert.match(a.sector, /^[A-Z]{3}$/);
});

test("titles and their variants", () => {
  assert.equal(kb.titleOf("Secretary of Foreign Affairs")?.title, "foreign minister");
  assert.equal(kb.titleOf("canciller")?.title, "foreign minister");
  assert.equal(kb.titleOf("Chancellor of the Exchequer")?.title, "finance minister");
  assert.equal(kb.titleOf("chancellor")?.title, "chancellor");
  assert.equal(kb.titleOf("Defence Secretary")?.title, "defense minister");
  assert.equal(kb.titleOf("vice-president")?.title, "vice president");
  assert.equal(kb.titleOf("Secretary General")?.title, "secretary-general");
  assert.equal(kb.titleOf("the premier")?.title, "prime minister");
  const canonical = [
    "president", "vice president", "prime minister", "deputy prime minister", "chancellor", "king", "queen",
    "emperor", "emir", "crown prince", "supreme leader", "foreign minister", "defense minister", "interior minister",
    "finance minister", "justice minister", "secretary-general", "head of state", "head of government", "governor",
    "mayor", "ambassador", "spokesperson", "senator", "lawmaker", "general", "police chief", "judge",
  ];
  const titles = new Set(kb.titles.map((t) => t.title));
  for (const t of canonical) assert.ok(titles.has(t), `title "${t}" is in titles.json`);
  assert.equal(kb.titleOf("senator")?.sector, "LEG");
  assert.equal(kb.titleOf("general")?.sector, "MIL");
  assert.equal(kb.titleOf("police chief")?.sector, "COP");
  assert.equal(kb.titleOf("judge")?.sector, "JUD");
});

test("organisations by name, alias or acronym with and without dots", () => {
  assert.equal(kb.organizationByName("U.N.")?.code, "IGOUNO");
  assert.equal(kb.organizationByName("the United Nations")?.code, "IGOUNO");
  assert.equal(kb.organizationByName("UN Security Council")?.code, "IGOUNOSEC");
  assert.equal(kb.organizationByName("European Union")?.code, "IGOEEC");
  assert.equal(kb.organizationByName("Doctors Without Borders")?.code, "NGOMSF");
  assert.equal(kb.organizationByName("Pentagon")?.code, "USAMIL");
  assert.equal(kb.organizationByName("Kremlin")?.code, "RUSGOV");
  assert.equal(kb.organizationByName("Hamas")?.country, "PSE");
  for (const o of kb.organizations) {
    if (o.kind === "DOMESTIC" && o.country) assert.ok(o.code.startsWith(o.country), `${o.id}: ${o.code} starts with ${o.country}`);
  }
});

test("a user file adds an organisation, an agent term and people, and replaces by id", () => {
  const mine = loadKnowledge({ files: [fixture("user-actors.json")] });
  assert.equal(mine.organizationByName("Pacific Fisheries Watch")?.code, "NGOPFW");
  assert.equal(mine.organizationByName("PFW")?.id, "pacific-fisheries-watch");
  assert.equal(mine.organizationByName("the world body")?.code, "IGOUNO");
  assert.equal(mine.organizations.filter((o) => o.id === "un").length, 1, "replaced, not duplicated");
  assert.equal(mine.sectorOf("reef wardens"), "ENV");
  assert.equal(mine.sectorOf("activists"), "ENV", "the user's sector wins for a term");
  assert.equal(kb.sectorOf("activists"), "CVL", "built-ins untouched");
  assert.deepEqual(mine.peopleByName("Mara Quinlan Esteves").map((p) => p.id), ["mara-quinlan-test"]);
  assert.deepEqual(mine.peopleByName("MQE").map((p) => p.id), ["mara-quinlan-test"]);
  assert.deepEqual(mine.peopleByName("mqe"), []);
  assert.deepEqual(mine.peopleBySurname("Renner").map((p) => p.id), ["tobias-renner-test"]);
  assert.deepEqual(mine.peopleBySurname("Quinlan").map((p) => p.id), ["mara-quinlan-test"]);
  assert.deepEqual(mine.peopleBySurname("Quinlan Esteves").map((p) => p.id), ["mara-quinlan-test"]);
});

test("office holders, roles and actor codes on a date, with YYYY and YYYY-MM periods", () => {
  const mine = loadKnowledge({ files: [fixture("user-actors.json")] });
  const mara = mine.peopleByName("Mara Quinlan Esteves")[0]!;
  const tobias = mine.peopleByName("Tobias Renner")[0]!;
  const iris = mine.peopleByName("Iris Vale")[0]!;
  assert.equal(mine.holder("PCN", "mayor", "2011-01-01")?.id, mara.id, "from 2011 = from 2011-01-01");
  assert.equal(mine.holder("PCN", "mayor", "2016-06-15")?.id, tobias.id, "on a handover the later start wins");
  assert.equal(mine.holder("PCN", "mayor", "2016-05-31")?.id, mara.id);
  assert.equal(mine.holder("PCN", "Mayor", "2021-12-31")?.id, tobias.id);
  assert.equal(mine.holder("PCN", "mayor", "2022-01-01"), undefined);
  assert.equal(mine.holder("PCN", "envoy", "2018-03-01")?.id, mara.id, "a variant finds the canonical title");
  assert.deepEqual(mine.rolesOn(tobias, "2018-01-01").map((r) => r.title), ["mayor", "lawmaker"]);
  assert.deepEqual(mine.actorFor(tobias, "2018-01-01"), { code: "PCNGOV", country: "PCN", sector: ["GOV"] });
  assert.deepEqual(mine.actorFor(tobias, "2023-01-01"), { code: "PCNLEG", country: "PCN", sector: ["LEG"] });
  assert.equal(mine.actorFor(mara, "2016-09-01").code, "PCNELI", "between roles: a past holder");
  assert.equal(mine.actorFor(mara, "2018-01-01").code, "PCNGOV");
  assert.equal(mine.actorFor(mara, "2019-12-31").code, "PCNGOV", "to 2019 = through 2019-12-31");
  assert.equal(mine.actorFor(mara, "2020-01-01").code, "PCNELI");
  assert.equal(mine.actorFor(mara, "2010-01-01").code, "PCNCVL", "before any role");
  assert.equal(mine.actorFor(iris, "2020-01-01").code, "PCNCVL");
});

test("a bad user file names the file, the JSON path and the expected form", () => {
  const bad = tempFile("bad.json", JSON.stringify({ countries: [{ code: "ECU", iso2: "EC", name: "Ecuador", demonyms: [""] }, { code: "ecu", iso2: "EC", name: "x" }] }));
  assert.throws(() => loadKnowledge({ files: [bad] }), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.ok(e.message.includes(bad), e.message);
    assert.match(e.message, /countries\[0\]\.demonyms\[0\]: must not be empty/);
    assert.match(e.message, /countries\[1\]\.code: found "ecu"; expected an ISO 3166-1 alpha-3 code in capitals/);
    return true;
  });
  const unknownField = tempFile("field.json", JSON.stringify({ organisations: [] }));
  assert.throws(() => loadKnowledge({ files: [unknownField] }), /unknown field "organisations" \(the sections are/);
  const notJson = tempFile("broken.json", '{\n  "countries": [\n    {"code": "ECU",}\n  ]\n}\n');
  assert.throws(() => loadKnowledge({ files: [notJson] }), /broken\.json: not valid JSON at line 3, column 20/);
  assert.throws(() => loadKnowledge({ files: ["/nonexistent/actors.json"] }), /\/nonexistent\/actors\.json: no such file/);
});

test("people's roles must use titles and countries that exist, and ids appear once", () => {
  const person = (title: string, country = "ECU") => ({ id: "p", name: "A Person", country: "ECU", roles: [{ country, sector: "GOV", title, from: "2020" }] });
  const variant = tempFile("variant.json", JSON.stringify({ people: [person("foreign secretary")] }));
  assert.throws(() => loadKnowledge({ files: [variant] }), /variant\.json: people\[0\]\.roles\[0\]\.title: "foreign secretary" is not a title in titles\.json; write "foreign minister"/);
  const unknown = tempFile("unknown.json", JSON.stringify({ people: [person("grand vizier")] }));
  assert.throws(() => loadKnowledge({ files: [unknown] }), /people\[0\]\.roles\[0\]\.title: "grand vizier" is not a title/);
  const country = tempFile("country.json", JSON.stringify({ people: [person("president", "XYZ")] }));
  assert.throws(() => loadKnowledge({ files: [country] }), /people\[0\]\.roles\[0\]\.country: "XYZ" is not a country/);
  const twice = tempFile("twice.json", JSON.stringify({ people: [person("president"), person("president")] }));
  assert.throws(() => loadKnowledge({ files: [twice] }), /twice\.json: people\[1\]\.id: "p" is already used by people\[0\]/);
  const backwards = tempFile("backwards.json", JSON.stringify({ people: [{ ...person("president"), roles: [{ country: "ECU", sector: "GOV", title: "president", from: "2020-05", to: "2019" }] }] }));
  assert.throws(() => loadKnowledge({ files: [backwards] }), /people\[0\]\.roles\[0\]: ends \(2019\) before it starts \(2020-05\)/);
});

test("built-in people.json is optional", () => {
  const dir = mkdtempSync(join(tmpdir(), "eventwire-kb-"));
  for (const f of ["countries.json", "titles.json", "agents.json", "organizations.json"]) {
    copyFileSync(join(packageRoot(), "data", "actors", f), join(dir, f));
  }
  const bare = loadKnowledgeFrom(dir, []);
  assert.equal(bare.people.length, 0);
  assert.equal(bare.peopleByName("Anyone").length, 0);
  assert.equal(bare.countryByName("Ecuador")?.code, "ECU");
});
