// STUB: direct and indirect quotes with resolved speakers.
import type { Knowledge } from "../actors/knowledge/types.js";
import type { AnnotatedDocument, Quote } from "../types.js";

export function findQuotes(_doc: AnnotatedDocument, _kb: Knowledge): Quote[] {
  return [];
}
