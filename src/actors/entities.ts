// STUB: named mentions (NER) and in-document coreference into entities.
import type { Knowledge } from "./knowledge/types.js";
import type { AnnotatedDocument } from "../types.js";

/** Fills doc.mentions and doc.entities. Needs doc.sentences and doc.tokens. */
export function findEntities(doc: AnnotatedDocument, _kb: Knowledge): void {
  doc.mentions = [];
  doc.entities = [];
}
