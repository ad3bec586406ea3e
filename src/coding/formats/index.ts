// Output formats of `eventwire code`: a writer turns a stream of coded documents into text.
import type { CodedDocument } from "../types.js";
import { toGdeltRows } from "./gdelt.js";
import { toPloverRecords } from "./plover.js";
import { CSV_EOL, csvHeader, toCsvRows } from "./csv.js";
import { toJson, toJsonl } from "./json.js";

export const OUTPUT_FORMATS = ["json", "jsonl", "gdelt", "plover", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

export interface FormatWriter {
  /** Text before the first document (a CSV header, "[" for a JSON array). */
  start(): string;
  /** Text for one document, with its line ends; "" when it yields nothing (no events). */
  document(doc: CodedDocument, docId?: string): string;
  end(): string;
}

export interface WriterOptions {
  /** Several documents: json becomes a JSON array of documents. */
  batch?: boolean;
  /** Pinned DATEADDED for gdelt rows (tests). */
  added?: Date;
}

export function createWriter(format: OutputFormat, options: WriterOptions = {}): FormatWriter {
  const none = () => "";
  switch (format) {
    case "json": {
      if (!options.batch) return { start: none, document: (d, id) => toJson(d, id) + "\n", end: none };
      let count = 0;
      return {
        start: () => "[",
        document: (d, id) => (count++ ? ",\n" : "\n") + indent(toJson(d, id)),
        end: () => (count ? "\n]\n" : "]\n"),
      };
    }
    case "jsonl":
      return { start: none, document: (d, id) => toJsonl(d, id) + "\n", end: none };
    case "gdelt": {
      let next = 1;
      return {
        start: none,
        document: (d) => {
          const rows = toGdeltRows(d, { firstId: next, ...(options.added ? { added: options.added } : {}) });
          next += rows.length;
          return rows.map((r) => r + "\n").join("");
        },
        end: none,
      };
    }
    case "plover":
      return { start: none, document: (d, id) => toPloverRecords(d, id).map((r) => JSON.stringify(r) + "\n").join(""), end: none };
    case "csv":
      return {
        start: () => csvHeader() + CSV_EOL,
        document: (d, id) => toCsvRows(d, id).map((r) => r + CSV_EOL).join(""),
        end: none,
      };
  }
}

function indent(json: string): string {
  return json.replace(/^/gm, "  ");
}
