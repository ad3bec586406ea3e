// STUB: replaced by the knowledge loader (validates data/actors/*.json and user files).
import type { Knowledge } from "./types.js";

export interface LoadOptions {
  /** Extra knowledge files (the user's own dictionaries), merged over the built-in ones. */
  files?: string[];
}

export function loadKnowledge(_options: LoadOptions = {}): Knowledge {
  throw new Error("loadKnowledge: not implemented yet");
}

let cached: Knowledge | undefined;
/** The built-in knowledge, loaded once per process. */
export function defaultKnowledge(): Knowledge {
  cached ??= loadKnowledge();
  return cached;
}
