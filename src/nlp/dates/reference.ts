// The publication day as chrono sees it: local noon of that day, so that chrono's local-time arithmetic
// and our calendar days agree whatever the machine's time zone.
import type { ParsingComponents, ParsingContext } from "chrono-node";
import type { Day } from "./calendar.js";

export function referenceDate(published: Day): Date {
  return new Date(published.year, published.month - 1, published.day, 12);
}

export function publicationOf(context: ParsingContext): Day {
  const ref = context.refDate;
  return { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate() };
}

/** Pins a component set to one calendar day, all parts certain. */
export function assignDay(components: ParsingComponents, day: Day): void {
  components.assign("year", day.year);
  components.assign("month", day.month);
  components.assign("day", day.day);
}
