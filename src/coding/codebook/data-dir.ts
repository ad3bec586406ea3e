// Finds the package's data/ folder from the compiled module, wherever the package is installed:
// dist/src/coding/codebook/*.js in a checkout, or node_modules/eventwire/... when installed.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** The package root: the nearest folder above this module that holds package.json. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("eventwire: cannot find package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  cached = dir;
  return dir;
}

/** data/coding inside the package. */
export function codingDataDir(): string {
  return join(packageRoot(), "data", "coding");
}
