// STUB: date expressions resolved against the publication date.
import type { AnnotatedDocument, DateMention } from "../types.js";

export function findDates(_doc: AnnotatedDocument): DateMention[] {
  return [];
}
