// Where the built-in actor knowledge lives (see src/package-root.ts for how it is found).
import { dataPath } from "../../package-root.js";

export { packageRoot } from "../../package-root.js";

/** data/actors: the built-in knowledge files. */
export function actorsDataDir(): string {
  return dataPath("actors");
}

/** data/gazetteer: the place-name stop-list. */
export function gazetteerDataDir(): string {
  return dataPath("gazetteer");
}
