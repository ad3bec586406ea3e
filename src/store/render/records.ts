// How `query` shows stored events, articles and quotes: table columns and CSV rows.
import type { ActorRecord, ArticleRecord, EventRecord, QuoteRecord } from "../types.js";
import { renderCsv } from "./csv.js";
import { renderTable, type Column } from "./table.js";

function actors(list: ActorRecord[]): string {
  return list.map((a) => (a.code ? `${a.code} ${a.text}` : a.text)).join("; ");
}

const EVENT_COLUMNS: Column<EventRecord>[] = [
  { header: "DATE", value: (e) => e.date },
  { header: "SOURCE", value: (e) => actors(e.source), max: 28 },
  { header: "CAMEO", value: (e) => e.cameo },
  { header: "PLOVER", value: (e) => e.ploverType },
  { header: "TARGET", value: (e) => actors(e.target), max: 28 },
  { header: "GS", value: (e) => e.goldstein.toFixed(1), align: "right" },
  { header: "V", value: (e) => String(e.version), align: "right" },
  { header: "ARTICLE", value: (e) => e.title ?? e.url ?? `article ${e.articleId}`, max: 48 },
];

const ARTICLE_COLUMNS: Column<ArticleRecord>[] = [
  { header: "ID", value: (a) => a.id, align: "right" },
  { header: "PUBLISHED", value: (a) => a.published?.slice(0, 10) ?? "" },
  { header: "LANG", value: (a) => a.language },
  { header: "VERSIONS", value: (a) => String(a.versions), align: "right" },
  { header: "SIGHTINGS", value: (a) => String(a.sightings), align: "right" },
  { header: "EVENTS", value: (a) => String(a.events), align: "right" },
  { header: "TITLE", value: (a) => a.title ?? "", max: 56 },
  { header: "URL", value: (a) => a.url ?? "", max: 60 },
];

const QUOTE_COLUMNS: Column<QuoteRecord>[] = [
  { header: "PUBLISHED", value: (q) => q.published?.slice(0, 10) ?? "" },
  { header: "SPEAKER", value: (q) => q.speaker, max: 28 },
  { header: "CUE", value: (q) => q.cue, max: 16 },
  { header: "QUOTE", value: (q) => (q.direct ? `"${q.text}"` : q.text), max: 80 },
  { header: "ARTICLE", value: (q) => q.title ?? q.url ?? "", max: 40 },
];

export const eventsTable = (rows: EventRecord[]) => renderTable(rows, EVENT_COLUMNS);
export const articlesTable = (rows: ArticleRecord[]) => renderTable(rows, ARTICLE_COLUMNS);
export const quotesTable = (rows: QuoteRecord[]) => renderTable(rows, QUOTE_COLUMNS);

export function eventsCsv(rows: EventRecord[]): string {
  const first = (list: ActorRecord[]) => list[0];
  return renderCsv(
    ["article_id", "version", "latest", "event_id", "date", "source_code", "source_name", "source_country", "cameo", "root",
      "plover_type", "target_code", "target_name", "target_country", "goldstein", "quad_class", "negated", "hypothetical",
      "reported", "confidence", "rule", "sentence", "url", "title", "coder"],
    rows.map((e) => [
      e.articleId, e.version, e.latest ? 1 : 0, e.eventId, e.date, first(e.source)?.code, first(e.source)?.text, first(e.source)?.country,
      e.cameo, e.root, e.ploverType, first(e.target)?.code, first(e.target)?.text, first(e.target)?.country, e.goldstein, e.quadClass,
      e.negated ? 1 : 0, e.hypothetical ? 1 : 0, e.reported ? 1 : 0, e.confidence, e.rule, e.sentenceText, e.url, e.title, e.coder,
    ]),
  );
}

export function articlesCsv(rows: ArticleRecord[]): string {
  return renderCsv(
    ["id", "url", "title", "published", "published_from", "language", "versions", "sightings", "events", "first_seen", "last_seen"],
    rows.map((a) => [a.id, a.url, a.title, a.published, a.publishedFrom, a.language, a.versions, a.sightings, a.events, a.firstSeen, a.lastSeen]),
  );
}

export function quotesCsv(rows: QuoteRecord[]): string {
  return renderCsv(
    ["article_id", "published", "speaker", "direct", "cue", "quote", "url", "title"],
    rows.map((q) => [q.articleId, q.published, q.speaker, q.direct ? 1 : 0, q.cue, q.text, q.url, q.title]),
  );
}
