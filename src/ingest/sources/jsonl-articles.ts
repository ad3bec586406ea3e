// JSONL records as RawArticles, one per line, through the field map. A bad line is a failure
// for that line; the rest of the file goes on.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { dropUndefined } from "../compact.js";
import { chooseLanguage } from "../language.js";
import { normalizePublished } from "../published.js";
import { tryNormalizeUrl } from "../urls.js";
import type { Acquired, SourceRef } from "../types.js";
import { readPath, type FieldMap } from "./field-map.js";

export interface JsonlContext {
  source: SourceRef;
  map: FieldMap;
  seenAt: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** One JSONL line to an Acquired. */
export function articleFromJsonlLine(raw: string, line: number, context: JsonlContext): Acquired {
  const { source, map } = context;
  const fail = (reason: string): Acquired => ({ ok: false, failure: { source, reason: `line ${line}: ${reason}`, retryable: false } });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return fail("expected a JSON object");
  const record = value as Record<string, unknown>;
  const body = readPath(record, map.text);
  if (typeof body !== "string" || !body.trim()) {
    return fail(`no text in field "${map.text}"; name the text field with --map text=FIELD`);
  }
  const rawDate = text(readPath(record, map.date));
  const published = normalizePublished(rawDate);
  if (rawDate !== undefined && published === undefined) {
    return fail(`"${rawDate}" in field "${map.date}" is not a date; write it as YYYY-MM-DD or an ISO date-time`);
  }
  const url = text(readPath(record, map.url));
  const paragraphs = body.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean);
  const clean = paragraphs.join("\n\n");
  return {
    ok: true,
    article: dropUndefined({
      source,
      url,
      canonicalUrl: tryNormalizeUrl(url),
      title: text(readPath(record, map.title)),
      text: clean,
      published,
      publishedFrom: published ? "input" : "none",
      byline: text(readPath(record, map.byline)),
      siteName: text(readPath(record, map.site)),
      language: chooseLanguage(clean).language,
      seenAt: context.seenAt,
      externalId: text(readPath(record, map.id)),
    }),
  };
}

/** Every non-blank line of a stream or string. */
export async function* articlesFromJsonl(input: Readable | string, context: JsonlContext): AsyncGenerator<Acquired> {
  if (typeof input === "string") {
    const lines = input.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim()) yield articleFromJsonlLine(lines[i]!, i + 1, context);
    }
    return;
  }
  let line = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (raw.trim()) yield articleFromJsonlLine(raw.replace(/^\uFEFF/, ""), line, context);
  }
}
