// Weekdays in news point back from the publication day: "Friday", "on Friday" and "this Friday" mean the
// most recent such day on or before publication (same day included), unless the clause is about the
// future ("will meet on Friday"), then the next one on or after. "last Friday" is the Friday of the week
// before the publication week (weeks start on Monday); "next Friday" the one of the week after.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, mondayOf, weekdayOf, type Day } from "../calendar.js";
import { assignDay, publicationOf } from "../reference.js";
import { futureBefore } from "../tense.js";

export class WeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const published = publicationOf(context);
    for (const result of results) {
      const start = result.start;
      if (!start.isCertain("weekday") || start.isCertain("day")) continue;
      const weekday = start.get("weekday")!;
      const text = result.text.toLowerCase();
      let day: Day;
      if (/\b(?:last|past|previous)\b/.test(text)) {
        day = inWeek(addDays(mondayOf(published), -7), weekday);
      } else if (/\b(?:next)\b/.test(text)) {
        day = inWeek(addDays(mondayOf(published), 7), weekday);
      } else if (/\bcoming\b/.test(text) || futureBefore(context.text, result.index)) {
        day = addDays(published, (weekday - weekdayOf(published) + 7) % 7);
      } else {
        day = addDays(published, -((weekdayOf(published) - weekday + 7) % 7));
      }
      assignDay(start, day);
      result.end = undefined;
    }
    return results;
  }
}

function inWeek(monday: Day, weekday: number): Day {
  return addDays(monday, (weekday + 6) % 7);
}
