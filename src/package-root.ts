// Where the package's own files are. Modules run from dist/src/ in a checkout and from
// node_modules/eventwire/dist/src/ when installed, so data/ is found by walking up to the
// folder that holds package.json and data/.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (true) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`eventwire: no package root with data/ above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** A path inside the package's data/ folder: dataPath("nlp", "cues.json"). */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), "data", ...parts);
}

let version: string | undefined;

/** The version in package.json, stored with every coded result. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0";
  return version;
}
