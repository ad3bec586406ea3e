// JSONL field mapping: which field of each record holds the text, date, URL, title and id.
// "--map text=body,date=published_at,url=link,title=headline,id=guid"; dotted paths reach into
// nested objects ("date=meta.published").
import { InputError } from "../../errors.js";

export const MAPPABLE_FIELDS = ["text", "date", "url", "title", "id", "byline", "site"] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
export type FieldMap = Record<MappableField, string>;

export const DEFAULT_FIELD_MAP: FieldMap = {
  text: "text", date: "date", url: "url", title: "title", id: "id", byline: "byline", site: "site",
};

/** Parses "text=body,date=published_at" over the defaults; InputError for unknown fields. */
export function parseFieldMap(spec: string | undefined): FieldMap {
  const map = { ...DEFAULT_FIELD_MAP };
  if (!spec || !spec.trim()) return map;
  for (const pair of spec.split(",")) {
    const m = /^\s*([\w]+)\s*=\s*([^=\s][^=]*?)\s*$/.exec(pair);
    if (!m) throw new InputError("--map", `"${pair.trim()}" is not FIELD=NAME; write e.g. text=body,date=published_at`);
    const field = m[1]! as MappableField;
    if (!MAPPABLE_FIELDS.includes(field)) {
      throw new InputError("--map", `unknown field "${m[1]}"; map one of ${MAPPABLE_FIELDS.join(", ")}`);
    }
    map[field] = m[2]!;
  }
  return map;
}

/** The value at a dotted path, or undefined. */
export function readPath(record: Record<string, unknown>, path: string): unknown {
  if (path in record) return record[path];
  let value: unknown = record;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
