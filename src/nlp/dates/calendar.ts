// Day arithmetic on plain calendar days (UTC midnights), so the machine's time zone never shifts a date.

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

export function dayFromIso(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y!, month: m!, day: d! };
}

function toUtc(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function fromUtc(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** 0 = Sunday ... 6 = Saturday, as chrono numbers weekdays. */
export function weekdayOf(day: Day): number {
  return toUtc(day).getUTCDay();
}

/** The Monday that starts the (ISO) week holding `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Days from a to b (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function isValidDay(day: Day): boolean {
  const d = fromUtc(toUtc(day));
  return d.year === day.year && d.month === day.month && d.day === day.day;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}
