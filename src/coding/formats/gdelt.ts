// GDELT 2.0 Events table rows: 61 tab-separated columns in the codebook's order, one row
// per event. Fields we do not produce (tone, ethnic and religion codes, ADM codes,
// feature ids) stay empty rather than being invented.
import type { CodedDocument, CodedEvent, EventActor } from "../types.js";
import type { Entity } from "../../types.js";
import { fipsOf } from "./fips.js";

export const GDELT_COLUMNS = [
  "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
  ...actorColumns("Actor1"),
  ...actorColumns("Actor2"),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...geoColumns("Actor1Geo"),
  ...geoColumns("Actor2Geo"),
  ...geoColumns("ActionGeo"),
  "DATEADDED", "SOURCEURL",
] as const;

function actorColumns(p: string): string[] {
  return ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
    "Type1Code", "Type2Code", "Type3Code"].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => `${p}_${c}`);
}

export interface GdeltOptions {
  /** GlobalEventID of the first row; GDELT ids are integers, so rows are numbered in order. */
  firstId?: number;
  /** Time written to DATEADDED; defaults to now. Pin it for reproducible output. */
  added?: Date;
}

/** The header line (GDELT's own files have none; we print it only when asked). */
export function gdeltHeader(): string {
  return GDELT_COLUMNS.join("\t");
}

/** One tab-separated line per event, without a trailing newline. */
export function toGdeltRows(doc: CodedDocument, options: GdeltOptions = {}): string[] {
  let id = options.firstId ?? 1;
  const added = compactTimestamp(options.added ?? new Date());
  const lead = leadSentence(doc);
  return doc.events.map((event) => gdeltRow(doc, event, id++, added, event.sentence <= lead).join("\t"));
}

function gdeltRow(doc: CodedDocument, e: CodedEvent, id: number, added: string, root: boolean): string[] {
  const day = dayOf(e.date || doc.published);
  const year = day.slice(0, 4);
  const row = [
    String(id), day, day.slice(0, 6), year, fractionDate(day),
    ...actorFields(e.source[0]),
    ...actorFields(e.target[0]),
    root ? "1" : "0", e.cameo, e.cameo.slice(0, 3), e.root, String(e.quadClass), e.goldstein.toFixed(1),
    String(e.mentions.length || 1), "1", "1", "",
    ...geoFields(actorPlace(doc, e.source[0])),
    ...geoFields(actorPlace(doc, e.target[0])),
    ...geoFields(e.location),
    added, doc.url ?? "",
  ];
  return row.map(clean);
}

/** GDELT writes Day as YYYYMMDD; a month- or year-only date takes the first day. */
function dayOf(date: string): string {
  const [y = "0000", m = "01", d = "01"] = date.split("-");
  return `${y}${m}${d}`;
}

/** GDELT's own formula: YEAR + (MONTH * 30 + DAY) / 365, four decimals. */
function fractionDate(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(4, 6));
  const d = Number(day.slice(6, 8));
  return (y + (m * 30 + d) / 365).toFixed(4);
}

const GROUP_PREFIXES = ["IGO", "NGO", "IMG", "MNC"];

function actorFields(a: EventActor | undefined): string[] {
  if (!a || !a.code) return ["", a?.text.toUpperCase() ?? "", "", "", "", "", "", "", "", ""];
  const prefix = a.code.slice(0, 3);
  const knownGroup = !a.country && GROUP_PREFIXES.includes(prefix) ? a.code.slice(3, 6) : "";
  const types = a.sector ?? [];
  return [
    a.code, a.text.toUpperCase(), a.country ?? "", knownGroup, "", "", "",
    types[0] ?? "", types[1] ?? "", types[2] ?? "",
  ];
}

interface Place {
  text: string;
  country?: string;
  lat?: number;
  lon?: number;
}

/** Where an actor is: only places and countries have a location of their own. */
function actorPlace(doc: CodedDocument, a: EventActor | undefined): Place | undefined {
  if (!a?.entity) return undefined;
  const entity: Entity | undefined = doc.entities.find((x) => x.id === a.entity);
  if (!entity || (entity.type !== "PLACE" && entity.type !== "COUNTRY")) return undefined;
  return { text: entity.name, country: entity.country, lat: entity.geo?.lat, lon: entity.geo?.lon };
}

/** Geo type 1 = country, 4 = world city (we do not tell US states and cities apart). */
function geoFields(p: Place | undefined): string[] {
  if (!p || (!p.country && p.lat === undefined)) return ["", "", "", "", "", "", "", ""];
  const type = p.lat !== undefined ? "4" : "1";
  return [
    type, p.text, fipsOf(p.country), "", "",
    p.lat !== undefined ? p.lat.toFixed(4) : "", p.lon !== undefined ? p.lon.toFixed(4) : "", "",
  ];
}

function leadSentence(doc: CodedDocument): number {
  const first = doc.sentences.find((s) => !s.headline);
  return first ? first.index : 0;
}

function compactTimestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Tabs and line breaks would break the row: fold them to spaces. */
function clean(field: string): string {
  return field.replace(/[\t\r\n]+/g, " ");
}
