// Where the package's own data lives. The module runs from src/ under ts tooling and from
// dist/src/ once compiled, so the data folder is found by walking up to the package root.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The folder holding package.json and data/. */
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

/** data/actors: the built-in knowledge files. */
export function actorsDataDir(): string {
  return join(packageRoot(), "data", "actors");
}

/** data/gazetteer: the place-name stop-list. */
export function gazetteerDataDir(): string {
  return join(packageRoot(), "data", "gazetteer");
}
