// Loads the actor knowledge: every data/actors/*.json of the package, validated, then the
// user's own files merged over them (see docs/KNOWLEDGE.md).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Knowledge } from "./types.js";
import { actorsDataDir } from "./paths.js";
import { readKnowledgeFile } from "./read-file.js";
import { mergeFiles } from "./merge.js";
import { KnowledgeBase } from "./knowledge-base.js";

export interface LoadOptions {
  /** Extra knowledge files (the user's own dictionaries), merged over the built-in ones. */
  files?: string[];
}

export function loadKnowledge(options: LoadOptions = {}): Knowledge {
  return loadKnowledgeFrom(actorsDataDir(), options.files ?? [], "data/actors");
}

/** Knowledge from every *.json of `dir` (in name order, so people.json may be absent) plus user files. */
export function loadKnowledgeFrom(dir: string, files: readonly string[], shownDir = dir): Knowledge {
  const builtins = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readKnowledgeFile(join(dir, f), `${shownDir}/${f}`));
  const users = files.map((f) => readKnowledgeFile(f));
  return new KnowledgeBase(mergeFiles(builtins, users));
}

let cached: Knowledge | undefined;
/** The built-in knowledge, loaded once per process. */
export function defaultKnowledge(): Knowledge {
  cached ??= loadKnowledge();
  return cached;
}
