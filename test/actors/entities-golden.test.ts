// Golden files: test/fixtures/entities/<case>/{input.txt, meta.json} -> expected.json, a compact
// list of entities. They use the built-in actor knowledge; set UPDATE_GOLDEN=1 to rewrite them.
import { test } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { annotate } from "../../src/annotate.js";
import { expectGolden } from "../helpers/golden.js";
import { defaultKnowledge } from "../../src/actors/knowledge/load.js";
import type { Knowledge } from "../../src/actors/knowledge/types.js";

const ROOT = fileURLToPath(new URL("../../../test/fixtures/entities/", import.meta.url));

function knowledge(): Knowledge | string {
  try {
    return defaultKnowledge();
  } catch (error) {
    return `built-in actor knowledge not available yet (${(error as Error).message})`;
  }
}

export function compact(doc: ReturnType<typeof annotate>) {
  return doc.entities.map((e) => ({
    name: e.name,
    type: e.type,
    ...(e.code ? { code: e.code } : {}),
    mentions: e.mentions.map((m) => (m.kind === "name" ? m.text : `${m.text} (${m.kind})`)),
  }));
}

const kb = knowledge();
for (const name of readdirSync(ROOT).sort()) {
  test(`entities golden: ${name}`, { skip: typeof kb === "string" ? kb : false }, () => {
    const dir = ROOT + name + "/";
    const meta = JSON.parse(readFileSync(dir + "meta.json", "utf8")) as { published: string };
    const doc = annotate(readFileSync(dir + "input.txt", "utf8"), { published: meta.published, knowledge: kb as Knowledge });
    const actual = compact(doc);
    expectGolden(dir + "expected.json", actual, name);
  });
}
