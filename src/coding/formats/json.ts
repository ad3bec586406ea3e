// The whole coded document as JSON: pretty for one document, compact for JSON Lines.
import type { CodedDocument } from "../types.js";

/** A batch record id (file path or JSONL id) goes first so lines can be matched to inputs. */
export function toJson(doc: CodedDocument, docId?: string): string {
  return JSON.stringify(docId === undefined ? doc : { id: docId, ...doc }, null, 2);
}

export function toJsonl(doc: CodedDocument, docId?: string): string {
  return JSON.stringify(docId === undefined ? doc : { id: docId, ...doc });
}
