import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { defaultCodebook, loadCodebook } from "../../src/coding/codebook.js";
import { codingDataDir } from "../../src/coding/codebook/data-dir.js";
import { InputError } from "../../src/errors.js";

describe("codebook", () => {
  const cb = defaultCodebook();

  it("holds every CAMEO code with its root and the 16 PLOVER types", () => {
    assert.equal(cb.codes.length, 311);
    assert.deepEqual(
      cb.roots.map((r) => r.code),
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    assert.equal(cb.ploverTypes.length, 16);
    for (const r of cb.roots) assert.ok(r.description && r.description.length > 20, `root ${r.code} has a description`);
  });

  it("looks codes up with Goldstein score, QuadClass and root", () => {
    assert.deepEqual(cb.cameo("173"), { code: "173", name: "Arrest, detain, or charge with legal action", goldstein: -5, quadClass: 4, root: "17" });
    assert.equal(cb.cameo("0871").goldstein, 9);
    assert.equal(cb.cameo("057").quadClass, 1);
    assert.equal(cb.rootOf("1711"), "17");
    assert.equal(cb.rootOf("0213"), "02");
    assert.equal(cb.isCode("1213"), false);
    assert.equal(cb.isCode("161"), true);
    assert.throws(() => cb.cameo("999"), InputError);
  });

  it("maps every CAMEO code to a known PLOVER type, mode and context", () => {
    for (const { code } of cb.codes) {
      const p = cb.plover(code);
      const info = cb.ploverType(p.type);
      assert.ok(info, `${code} -> ${p.type}`);
      if (p.mode) assert.ok(info.modes.some((m) => m.mode === p.mode), `${code} mode ${p.mode}`);
      for (const c of p.context) assert.ok(cb.contexts.includes(c), `${code} context ${c}`);
    }
    assert.deepEqual(cb.plover("173"), { type: "COERCE", mode: "arrest", context: ["legal"] });
    assert.deepEqual(cb.plover("161"), { type: "SANCTION", mode: "withdraw", context: ["diplomatic"] });
    assert.equal(cb.plover("075").type, "AID");
    assert.equal(cb.plover("025").type, "REQUEST");
    assert.equal(cb.plover("124").type, "REJECT");
    assert.equal(cb.plover("150").type, "MOBILIZE");
    assert.equal(cb.isOfficialMapping("173"), true);
    assert.equal(cb.isOfficialMapping("010"), false);
  });

  it("returns a fresh PLOVER object each time", () => {
    cb.plover("173").context.push("changed");
    assert.deepEqual(cb.plover("173").context, ["legal"]);
  });

  it("maps the older PLOVER draft's types", () => {
    assert.equal(cb.mapOldPloverType("DEMAND"), "REQUEST");
    assert.equal(cb.mapOldPloverType("DISAPPROVE"), "ACCUSE");
    assert.equal(cb.mapOldPloverType("INVESTIGATE"), "ACCUSE");
    assert.equal(cb.mapOldPloverType("FIGHT"), "ASSAULT");
    assert.equal(cb.mapOldPloverType("COERCE"), "COERCE");
    assert.equal(cb.mapOldPloverType("CRIME"), undefined);
  });

  it("QuadClass follows the root", () => {
    for (const c of cb.codes) {
      const n = Number(c.root);
      assert.equal(c.quadClass, n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4, c.code);
    }
  });
});

describe("codebook errors", () => {
  const copy = (edit: (file: string, json: Record<string, unknown>) => void, name: string) => {
    const dir = mkdtempSync(join(tmpdir(), "codebook-"));
    cpSync(codingDataDir(), dir, { recursive: true });
    const file = join(dir, name);
    const json = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    edit(file, json);
    writeFileSync(file, JSON.stringify(json));
    return dir;
  };

  it("names the file and JSON path of a bad Goldstein score", () => {
    const dir = copy((_f, j) => ((j.codes as { goldstein: number }[])[3].goldstein = 12), "cameo.json");
    try {
      assert.throws(() => loadCodebook({ dir }), (e: Error) => {
        assert.ok(e instanceof InputError);
        assert.match(e.message, /cameo\.json: at codes\[3\]\.goldstein: Goldstein scores run from -10 to 10/);
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the row of a mapping to an unknown type", () => {
    const dir = copy((_f, j) => ((j.mapping as { type: string }[])[5].type = "CRIME"), "cameo-plover.json");
    try {
      assert.throws(() => loadCodebook({ dir }), /cameo-plover\.json at mapping\[5\]\.type: CRIME is not a PLOVER type/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a code left without a mapping", () => {
    const dir = copy((_f, j) => (j.mapping = (j.mapping as { code: string }[]).filter((r) => r.code !== "1711")), "cameo-plover.json");
    try {
      assert.throws(() => loadCodebook({ dir }), /CAMEO code 1711 has no row/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
