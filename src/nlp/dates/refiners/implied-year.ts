// "in March", "April 5", "Sept. 11" carry no year. Chrono assumes the publication year; news mostly
// reports what happened, so we take the most recent such month or day on or before publication, unless
// the clause speaks of the future ("will vote in May") or says "next", then the first one on or after.
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { publicationOf } from "../reference.js";
import { futureBefore } from "../tense.js";

export class ImpliedYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const published = publicationOf(context);
    const absorbed = new Set<ParsingResult>();
    for (const [i, result] of results.entries()) {
      const start = result.start;
      if (!start.isCertain("month") || start.isCertain("year")) continue;
      // "May next year", "March last year": chrono gives two results; the second names the year.
      const next = results[i + 1];
      const gap = next ? context.text.slice(result.index + result.text.length, next.index) : "";
      const yearWord = next && /^\s*$/.test(gap) ? /^(last|this|next)\s+year$/i.exec(next.text.trim()) : null;
      if (next && yearWord) {
        const shift = { last: -1, this: 0, next: 1 }[yearWord[1]!.toLowerCase() as "last" | "this" | "next"];
        start.assign("year", published.year + shift);
        if (!start.isCertain("day")) start.imply("day", 1);
        result.text = context.text.slice(result.index, next.index + next.text.length);
        absorbed.add(next);
        continue;
      }
      const month = start.get("month")!;
      const day = start.isCertain("day") ? start.get("day")! : 1;
      const pubKey = published.month * 100 + (start.isCertain("day") ? published.day : 1);
      const key = month * 100 + day;
      const before = context.text.slice(Math.max(0, result.index - 12), result.index);
      const future = /\bnext\s*$/i.test(before) || /^next\b/i.test(result.text) || futureBefore(context.text, result.index);
      let year = published.year;
      if (future) {
        if (key < pubKey) year += 1;
      } else if (key > pubKey) {
        year -= 1;
      }
      start.assign("year", year);
      if (!start.isCertain("day")) start.imply("day", 1);
      result.end = undefined;
    }
    return results.filter((r) => !absorbed.has(r));
  }
}
