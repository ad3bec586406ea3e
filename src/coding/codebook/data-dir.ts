// Where the built-in codebooks and lexicon live (see src/package-root.ts for how it is found).
import { dataPath } from "../../package-root.js";

export { packageRoot } from "../../package-root.js";

/** data/coding inside the package. */
export function codingDataDir(): string {
  return dataPath("coding");
}
