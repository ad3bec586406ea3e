// CSV, one row per event with a header line; fields quoted as RFC 4180 says (CRLF line ends).
import type { CodedDocument, CodedEvent } from "../types.js";
import { eventFlags, flattenActors, sentenceText } from "./actors.js";

export const CSV_COLUMNS = [
  "doc_id", "event_id", "date", "date_granularity", "cameo", "root", "plover_type", "plover_mode", "plover_context",
  "quad_class", "goldstein",
  "source_text", "source_code", "source_country", "source_sector",
  "target_text", "target_code", "target_country", "target_sector",
  "location", "location_country", "lat", "lon",
  "sentence", "mentions", "trigger", "rule", "flags", "confidence", "url", "title", "sentence_text",
] as const;

export const CSV_EOL = "\r\n";

export function csvHeader(): string {
  return CSV_COLUMNS.join(",");
}

/** Rows without line ends; join them with CSV_EOL. */
export function toCsvRows(doc: CodedDocument, docId = ""): string[] {
  return doc.events.map((e) => csvRow(doc, e, docId).map(csvField).join(","));
}

function csvRow(doc: CodedDocument, e: CodedEvent, docId: string): string[] {
  const src = flattenActors(e.source);
  const tgt = flattenActors(e.target);
  return [
    docId, e.id, e.date, e.dateGranularity, e.cameo, e.root, e.plover.type, e.plover.mode ?? "",
    e.plover.context.join(" "), String(e.quadClass), String(e.goldstein),
    src.text, src.code, src.country, src.sector,
    tgt.text, tgt.code, tgt.country, tgt.sector,
    e.location?.text ?? "", e.location?.country ?? "", num(e.location?.lat), num(e.location?.lon),
    String(e.sentence), e.mentions.join(" "), e.evidence.trigger.text, e.rule, eventFlags(e).join(" "),
    String(e.confidence), doc.url ?? "", doc.title ?? "", sentenceText(doc, e.sentence),
  ];
}

function num(n: number | undefined): string {
  return n === undefined ? "" : String(n);
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
