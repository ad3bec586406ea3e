// The event lexicon: its schema and its loader.
export { builtInLexiconFiles, defaultLexicon, loadLexicon, readLexiconFile } from "./load.js";
export type { Lexicon, LexiconOptions, LoadedLexiconEntry } from "./load.js";
export { entrySchema, exampleSchema, lexiconFileSchema } from "./schema.js";
export type { LexiconEntry, LexiconExample, LexiconFile } from "./schema.js";
