// Role dates may be YYYY, YYYY-MM or YYYY-MM-DD. A partial date stands for a period, so a role
// "from 2017 to 2021" runs from 2017-01-01 through 2021-12-31. Dates compare as strings.

/** First day of the period a date names. */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day of the period a date names ("-31" is enough: it sorts after every real day of the month). */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** True when `date` falls within [from, to]; an open `to` means still held. */
export function within(date: string, from: string, to: string | undefined): boolean {
  const day = periodStart(date);
  return day >= periodStart(from) && (to === undefined || day <= periodEnd(to));
}

/** True when the period ended before `date`. */
export function endedBefore(date: string, to: string | undefined): boolean {
  return to !== undefined && periodEnd(to) < periodStart(date);
}
