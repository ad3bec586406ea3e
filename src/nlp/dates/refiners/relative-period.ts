// "last week", "this week", "next week" become the Monday that starts that week (day granularity of the
// start: a week has no granularity of its own, and its first day keeps the date comparable and sortable).
// "this morning", "tonight", "this evening" are the publication day.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, mondayOf } from "../calendar.js";
import { assignDay, publicationOf } from "../reference.js";

const WEEK = /^(?:(last|past|previous)|(this|current)|(next|coming))\s+week$/i;
const TODAY_PART = /^(?:this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|later\s+today)$/i;

export class RelativePeriodRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const published = publicationOf(context);
    for (const result of results) {
      const text = result.text.trim();
      const week = WEEK.exec(text);
      if (week) {
        const shift = week[1] ? -7 : week[3] ? 7 : 0;
        assignDay(result.start, addDays(mondayOf(published), shift));
        result.end = undefined;
      } else if (TODAY_PART.test(text)) {
        assignDay(result.start, published);
      }
    }
    return results;
  }
}
