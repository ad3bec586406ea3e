// Publication dates as found in pages, feeds and JSONL, written one way: "YYYY-MM-DD", or
// "YYYY-MM-DDTHH:MM:SS" with the offset the source gave ("Z", "+02:00") or none. The source's
// own offset is kept (not turned into UTC) so the local calendar day stays what it was.
import * as chrono from "chrono-node";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const ZONES: Record<string, string> = {
  Z: "Z", UT: "Z", UTC: "Z", GMT: "Z",
  EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00",
};

const pad = (n: number) => String(n).padStart(2, "0");

function isCalendarDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function offset(zone: string | undefined): string | undefined {
  if (!zone) return "";
  const upper = zone.toUpperCase();
  if (ZONES[upper] !== undefined) return ZONES[upper];
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return undefined;
  return m[2] === "00" && m[3] === "00" ? "Z" : `${m[1]}${m[2]}:${m[3]}`;
}

function build(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, zone?: string): string | undefined {
  if (!isCalendarDay(y, mo, d)) return undefined;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return day;
  if (h > 23 || mi > 59 || (s ?? 0) > 60) return undefined;
  const z = offset(zone);
  if (z === undefined) return undefined;
  return `${day}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}${z}`;
}

/** A date or date-time in the form above, or undefined when the value is not a readable date. */
export function normalizePublished(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (!text) return undefined;

  // ISO 8601 and its common relatives ("2024-04-05 10:00:00", "2024/04/05").
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?$/i.exec(text);
  if (m) {
    return build(+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5], m[6] === undefined ? undefined : +m[6], m[7]);
  }
  // Compact "20240405" (some meta tags).
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!);
  // RFC 822 / 2822, as in RSS: "Fri, 05 Apr 2024 10:00:00 +0200".
  m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[A-Z]{1,4}|[+-]\d{4})?$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month === undefined) return undefined;
    let year = +m[3]!;
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    return build(year, month, +m[1]!, m[4] === undefined ? undefined : +m[4], m[5] === undefined ? undefined : +m[5], m[6] === undefined ? undefined : +m[6], m[7]);
  }
  // Written dates ("April 5, 2024", "5 April 2024 10:00 GMT"): only with the year written out, so
  // nothing relative ("yesterday") is resolved against an arbitrary day.
  if (!/\b(19|20)\d{2}\b/.test(text)) return undefined;
  const parsed = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || parsed.text.length < text.length * 0.6) return undefined;
  const start = parsed.start;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return undefined;
  const y = start.get("year")!;
  const mo = start.get("month")!;
  const d = start.get("day")!;
  if (!start.isCertain("hour")) return build(y, mo, d);
  const tz = start.isCertain("timezoneOffset") ? start.get("timezoneOffset") : undefined;
  const zone = tz === undefined || tz === null ? undefined : `${tz < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(tz) / 60))}:${pad(Math.abs(tz) % 60)}`;
  return build(y, mo, d, start.get("hour")!, start.get("minute") ?? 0, start.get("second") ?? 0, zone);
}
