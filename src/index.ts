// The library API: annotate and code text, load knowledge, write standard formats, acquire news.
export { annotate, type AnnotateOptions } from "./annotate.js";
export { code, codeDocument, coderVersion, type CodeOptions, type CodeDocumentOptions } from "./code.js";
export { createCoder, type Coder, type CoderOptions } from "./coding/coder.js";
export { loadKnowledge, defaultKnowledge } from "./actors/knowledge/load.js";
export type { Knowledge, Place } from "./actors/knowledge/types.js";
export { loadCodebook, defaultCodebook } from "./coding/codebook.js";
export { loadLexicon, defaultLexicon } from "./coding/lexicon/load.js";
export { createWriter, OUTPUT_FORMATS, type OutputFormat } from "./coding/formats/index.js";
export { detectLanguage } from "./nlp/language.js";
export { InputError } from "./errors.js";
export * from "./types.js";
export type * from "./coding/types.js";
export * as ingest from "./ingest/index.js";
export * as store from "./store/index.js";
export { runIngest, retryFailed } from "./ingest/pipeline-run.js";
export { watchFeeds } from "./ingest/watch.js";
