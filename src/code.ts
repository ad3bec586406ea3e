// STUB: the coder entry point, code(text, options) -> annotated document + events.
import { annotate, type AnnotateOptions } from "./annotate.js";
import type { CodedDocument } from "./coding/types.js";

export type CodeOptions = AnnotateOptions;

export function code(text: string, options: CodeOptions = {}): CodedDocument {
  return { ...annotate(text, options), events: [], coder: "eventwire-0.1.0" };
}
