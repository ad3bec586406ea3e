// Golden files: test/fixtures/ingest/extract/<case>/input.html (+ url.txt) -> expected.json.
// Regenerate after an intended change with UPDATE_GOLDEN=1, then review the diff.
import { test } from "node:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../../src/ingest/extract/extract-article.js";
import { expectGolden } from "../helpers/golden.js";

const ROOT = fileURLToPath(new URL("../../../test/fixtures/ingest/extract/", import.meta.url));

for (const name of readdirSync(ROOT).sort()) {
  test(`extracts ${name}`, () => {
    const dir = `${ROOT}${name}/`;
    const html = readFileSync(`${dir}input.html`, "utf8");
    const url = existsSync(`${dir}url.txt`) ? readFileSync(`${dir}url.txt`, "utf8").trim() : undefined;
    const actual = JSON.parse(JSON.stringify(extractArticle(html, { url }))) as Record<string, unknown>;
    expectGolden(`${dir}expected.json`, actual, name);
  });
}
