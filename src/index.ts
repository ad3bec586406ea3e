// The library API.
export { annotate, type AnnotateOptions } from "./annotate.js";
export { loadKnowledge, defaultKnowledge } from "./actors/knowledge/load.js";
export type { Knowledge, Place } from "./actors/knowledge/types.js";
export { InputError } from "./errors.js";
export * from "./types.js";
export { code, type CodeOptions } from "./code.js";
export type * from "./coding/types.js";
