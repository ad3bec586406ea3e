// The organisations of data/actors/organizations.json: international and non-governmental bodies
// by any of their names, with codes that say which kind they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultKnowledge } from "../../src/actors/knowledge/load.js";

const kb = defaultKnowledge();

test("intergovernmental bodies by name, acronym and the descriptions news uses", () => {
  const cases: Array<[string, string]> = [
    ["Organization of African Unity", "IGOAFU"], ["OAU", "IGOAFU"], ["International Labor Office", "IGOILO"],
    ["International Labour Organization", "IGOILO"], ["UN refugee agency", "IGOUNOHCR"], ["APEC", "IGOAPC"],
    ["IAEA", "IGOIAE"], ["OSCE", "IGOOSC"], ["ECOWAS", "IGOWAS"], ["SADC", "IGOSAD"], ["Mercosur", "IGOMER"],
    ["ASEAN", "IGOASN"], ["Non-Aligned Movement", "IGONAM"], ["ICTY", "IGOICY"], ["AU Commission", "IGOAFU"],
  ];
  for (const [name, code] of cases) {
    const org = kb.organizationByName(name);
    assert.equal(org?.code, code, name);
    assert.equal(org?.kind, "IGO", name);
    assert.equal(org?.country, undefined, `${name} belongs to no one country`);
  }
});

test("non-governmental bodies are NGOs: the Red Cross and Red Crescent, MSF, rights groups", () => {
  for (const name of ["ICRC", "Red Crescent", "Doctors Without Borders", "Human Rights Watch", "Amnesty International", "Islamic Relief", "FIDH"]) {
    const org = kb.organizationByName(name);
    assert.equal(org?.kind, "NGO", name);
    assert.match(org?.code ?? "", /^NGO/, name);
  }
});

test("every IGO code starts with IGO and every NGO code with NGO", () => {
  for (const o of kb.organizations) {
    if (o.kind === "IGO") assert.match(o.code, /^IGO/, o.id);
    if (o.kind === "NGO") assert.match(o.code, /^NGO/, o.id);
  }
});
