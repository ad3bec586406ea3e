// The annotation pipeline: an ordered list of stages over one document, each filling
// its own fields. Later stages read what earlier ones wrote (quotes need entities).
import { segment } from "./nlp/segment.js";
import { detectLanguage } from "./nlp/language.js";
import { findEntities } from "./actors/entities.js";
import { findDates } from "./nlp/dates.js";
import { findQuotes } from "./nlp/quotes.js";
import { defaultKnowledge } from "./actors/knowledge/load.js";
import type { Knowledge } from "./actors/knowledge/types.js";
import type { AnnotatedDocument, DocumentMeta } from "./types.js";
import { checkDate, InputError } from "./errors.js";

export interface AnnotateOptions extends Partial<DocumentMeta> {
  /** Actor knowledge to use; defaults to the built-in dictionaries. */
  knowledge?: Knowledge;
}

type Stage = (doc: AnnotatedDocument, kb: Knowledge) => void;

const stages: Array<[name: string, run: Stage]> = [
  ["segment", (doc) => Object.assign(doc, segment(doc.text))],
  ["entities", (doc, kb) => findEntities(doc, kb)],
  ["dates", (doc) => { doc.dates = findDates(doc); }],
  ["quotes", (doc, kb) => { doc.quotes = findQuotes(doc, kb); }],
];

export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  if (typeof text !== "string") throw new InputError("text", "expected a string of article text");
  const published = options.published ?? new Date().toISOString().slice(0, 10);
  checkDate(published, "published");
  const kb = options.knowledge ?? defaultKnowledge();
  const doc: AnnotatedDocument = {
    text,
    published,
    ...(options.url ? { url: options.url } : {}),
    ...(options.title ? { title: options.title } : {}),
    language: detectLanguage(text),
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    dates: [],
    quotes: [],
  };
  for (const [, run] of stages) run(doc, kb);
  return doc;
}
