// Our chrono: English casual parsing plus a bare-year parser, then refiners that settle dates the way
// news reads them. Order matters: name the fixed periods first, drop non-dates, then resolve weekdays
// and missing years against the publication day.
import * as chrono from "chrono-node";
import { YearParser } from "./parsers/year.js";
import { RelativePeriodRefiner } from "./refiners/relative-period.js";
import { DropNonDatesRefiner } from "./refiners/drop-non-dates.js";
import { WeekdayRefiner } from "./refiners/weekday.js";
import { ImpliedYearRefiner } from "./refiners/implied-year.js";

export function newsChrono(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  parser.parsers.push(new YearParser());
  parser.refiners.push(new RelativePeriodRefiner(), new DropNonDatesRefiner(), new WeekdayRefiner(), new ImpliedYearRefiner());
  return parser;
}
