import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, describe, it } from "node:test";
import { defaultCodebook } from "../../src/coding/codebook.js";
import { builtInLexiconFiles, defaultLexicon, loadLexicon, readLexiconFile } from "../../src/coding/lexicon/load.js";
import { InputError } from "../../src/errors.js";
import { lexiconJsonSchemaText } from "../../src/coding/lexicon/json-schema.js";
import { packageRoot } from "../../src/coding/codebook/data-dir.js";

const cb = defaultCodebook();

describe("built-in lexicon data", () => {
  const lex = defaultLexicon();

  it("has one file per CAMEO root, 01..20, whose entries belong to that root", () => {
    const files = builtInLexiconFiles();
    assert.equal(files.length, 20);
    files.forEach((file, i) => {
      const root = String(i + 1).padStart(2, "0");
      assert.match(basename(file), new RegExp(`^${root}-[a-z-]+\\.json$`));
      for (const e of readLexiconFile(file)) assert.equal(cb.rootOf(e.cameo), root, `${e.id} in ${basename(file)}`);
    });
  });

  it("covers every root with several entries", () => {
    for (const root of cb.roots) {
      const n = lex.entries.filter((e) => cb.rootOf(e.cameo) === root.code).length;
      assert.ok(n >= 5, `root ${root.code} has ${n} entries`);
    }
    assert.ok(lex.entries.length >= 250, `${lex.entries.length} entries`);
  });

  it("uses unique ids and known codes", () => {
    const ids = new Set<string>();
    for (const e of lex.entries) {
      assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
      ids.add(e.id);
      assert.ok(cb.isCode(e.cameo), `${e.id}: ${e.cameo}`);
      for (const x of e.examples) if (x.cameo) assert.ok(cb.isCode(x.cameo), `${e.id}: ${x.cameo}`);
    }
  });

  it("gives entries with object constraints a higher priority than bare entries sharing their verbs", () => {
    for (const specific of lex.entries.filter((e) => e.object)) {
      for (const bare of lex.entries.filter((e) => !e.object && e.verbs.some((v) => specific.verbs.includes(v)))) {
        assert.ok(specific.priority > bare.priority, `${specific.id} (${specific.priority}) should outrank ${bare.id} (${bare.priority})`);
      }
    }
  });

  it("has at least two examples for most entries, counter-examples, negated and hypothetical cases", () => {
    const examples = lex.entries.flatMap((e) => e.examples);
    assert.ok(lex.entries.filter((e) => e.examples.length >= 2).length / lex.entries.length > 0.9);
    assert.ok(examples.filter((x) => !x.fires).length >= 15);
    assert.ok(examples.some((x) => x.negated));
    assert.ok(examples.some((x) => x.hypothetical));
  });

  it("keeps the canonical embassy decisions", () => {
    const code = (id: string) => lex.byId(id)?.cameo;
    assert.equal(code("storm-premises"), "171");
    assert.equal(code("arrest"), "173");
    assert.equal(code("sever-relations"), "161");
    assert.equal(code("persona-non-grata"), "161");
    assert.equal(code("grant-asylum"), "075");
    assert.equal(code("appeal-to-yield"), "025");
    assert.equal(code("refuse-to-yield"), "124");
    assert.equal(code("show-of-force"), "150");
    assert.equal(code("beat"), "182");
  });

  it("has an up-to-date JSON Schema for editors (regenerate with dist/scripts/gen-schemas.js)", () => {
    assert.equal(readFileSync(join(packageRoot(), "docs", "schemas", "lexicon.schema.json"), "utf8"), lexiconJsonSchemaText());
  });

  it("is stable: the fingerprint depends only on the entries", () => {
    assert.equal(loadLexicon().fingerprint, lex.fingerprint);
    assert.match(lex.fingerprint, /^[0-9a-f]{12}$/);
  });
});

describe("user lexicon files", () => {
  const dir = mkdtempSync(join(tmpdir(), "lexicon-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, json: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof json === "string" ? json : JSON.stringify(json, null, 2));
    return file;
  };
  const entry = {
    id: "sever-relations",
    cameo: "161",
    verbs: ["sever"],
    object: ["relations"],
    priority: 50,
    examples: [{ text: "Peru severed relations with Chile.", source: "PER", target: "CHL" }],
  };

  it("merge over the built-in entries; the same id replaces", () => {
    const file = write("mine.json", { entries: [entry, { ...entry, id: "my-new-entry", cameo: "1711" }] });
    const lex = loadLexicon({ files: [file] });
    assert.equal(lex.entries.length, defaultLexicon().entries.length + 1);
    assert.equal(lex.byId("sever-relations")?.priority, 50);
    assert.equal(lex.byId("sever-relations")?.file, file);
    assert.equal(lex.byId("my-new-entry")?.target[0], "object", "defaults are filled in");
    assert.notEqual(lex.fingerprint, defaultLexicon().fingerprint);
  });

  it("can be loaded alone", () => {
    const file = write("alone.json", { entries: [entry] });
    assert.deepEqual(loadLexicon({ files: [file], builtIn: false }).entries.map((e) => e.id), ["sever-relations"]);
  });

  it("fail with the file and JSON path of a malformed entry", () => {
    const bad = { entries: [entry, { ...entry, id: "bad", examples: [{ text: "Peru severed relations with Chile.", source: "peru" }] }] };
    const file = write("bad.json", bad);
    assert.throws(() => loadLexicon({ files: [file] }), (e: Error) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.input, file);
      assert.match(e.message, /at entries\[1\]\.examples\[0\]\.source: an actor code/);
      return true;
    });
  });

  it("fail on an unknown CAMEO code, naming the entry", () => {
    const file = write("code.json", { entries: [{ ...entry, cameo: "1213" }] });
    assert.throws(() => loadLexicon({ files: [file] }), /code\.json at entries\[0\]\.cameo: "1213" is not a CAMEO code/);
  });

  it("fail on unknown keys and missing triggers", () => {
    const keys = write("keys.json", { entries: [{ ...entry, verb: ["sever"] }] });
    assert.throws(() => loadLexicon({ files: [keys] }), /at entries\[0\]: Unrecognized key: "verb"/);
    const none = write("none.json", { entries: [{ ...entry, verbs: [] }] });
    assert.throws(() => loadLexicon({ files: [none] }), /give at least one verb or noun trigger/);
  });

  it("fail on broken JSON with a line number", () => {
    const file = write("broken.json", '{\n  "entries": [\n    {"id": "x",}\n  ]\n}\n');
    assert.throws(() => loadLexicon({ files: [file] }), (e: Error) => {
      assert.match(e.message, /broken\.json: not valid JSON at line 3/);
      return true;
    });
  });

  it("fail on a duplicate id inside one file and on a missing file", () => {
    const dup = write("dup.json", { entries: [entry, entry] });
    assert.throws(() => loadLexicon({ files: [dup] }), /dup\.json at entries\[1\]\.id: id "sever-relations" is already used by entries\[0\]/);
    assert.throws(() => loadLexicon({ files: [join(dir, "missing.json")] }), /missing\.json: cannot read the file \(ENOENT\)/);
  });

  it("fail on a PLOVER override with an unknown mode", () => {
    const file = write("plover.json", { entries: [{ ...entry, plover: { type: "SANCTION", mode: "arrest" } }] });
    assert.throws(() => loadLexicon({ files: [file] }), /at entries\[0\]\.plover\.mode: "arrest" is not a mode of SANCTION/);
  });
});
