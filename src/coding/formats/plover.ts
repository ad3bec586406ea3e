// PLOVER/POLECAT-style event records: one flat JSON object per event, PLOVER type, mode and
// context first, then the actors and the evidence that explains the coding.
import type { CodedDocument, CodedEvent } from "../types.js";
import { eventFlags, flattenActors, sentenceText } from "./actors.js";

export interface PloverRecord {
  id: string;
  date: string;
  event_type: string;
  mode: string;
  context: string[];
  source_actor: string;
  source_code: string;
  source_country: string;
  source_sector: string;
  target_actor: string;
  target_code: string;
  target_country: string;
  target_sector: string;
  location: string;
  location_country: string;
  cameo: string;
  goldstein: number;
  quad_class: number;
  url: string;
  title: string;
  text: string;
  trigger: string;
  rule: string;
  flags: string[];
  confidence: number;
}

/** One record per event; `docId` (a batch record id or file path) prefixes the event ids. */
export function toPloverRecords(doc: CodedDocument, docId?: string): PloverRecord[] {
  return doc.events.map((e) => ploverRecord(doc, e, docId));
}

function ploverRecord(doc: CodedDocument, e: CodedEvent, docId: string | undefined): PloverRecord {
  const src = flattenActors(e.source);
  const tgt = flattenActors(e.target);
  return {
    id: docId ? `${docId}#${e.id}` : e.id,
    date: e.date,
    event_type: e.plover.type,
    mode: e.plover.mode ?? "",
    context: e.plover.context,
    source_actor: src.text,
    source_code: src.code,
    source_country: src.country,
    source_sector: src.sector,
    target_actor: tgt.text,
    target_code: tgt.code,
    target_country: tgt.country,
    target_sector: tgt.sector,
    location: e.location?.text ?? "",
    location_country: e.location?.country ?? "",
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad_class: e.quadClass,
    url: doc.url ?? "",
    title: doc.title ?? "",
    text: sentenceText(doc, e.sentence),
    trigger: e.evidence.trigger.text,
    rule: e.rule,
    flags: eventFlags(e),
    confidence: e.confidence,
  };
}
