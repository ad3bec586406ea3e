// Chrono finds dates generously; news text needs fewer. We drop what does not name a day, month or year:
// bare clock times ("at 10 a.m."), durations ("for three days", "within 24 hours"), "now", slash
// fractions ("3/4"), lengths and counted periods ("three years", "the past five years"), and month or weekday words that are something else: "may" the verb, "Theresa May",
// "protesters march", "the March rally", "sun".
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { futureBefore } from "../tense.js";

const MONTH_CONTEXT =
  /\b(?:in|since|by|until|till|from|through|throughout|during|early|late|mid|last|next|this|of|before|after|between|and|or|to|since|each|every)[\s-]*$/i;
const DURATION_BEFORE = /\b(?:for|over|lasting|within|spanning|up to|about|nearly|almost|than)\s*$/i;
const NAME_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/i;

export class DropNonDatesRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => keep(context.text, result));
  }
}

function keep(text: string, result: ParsingResult): boolean {
  const start = result.start;
  const hasDate = (["year", "month", "day", "weekday"] as const).some((c) => start.isCertain(c));
  if (!hasDate) return false; // a clock time alone
  const words = result.text.trim();
  if (/^now$/i.test(words)) return false;
  const before = text.slice(Math.max(0, result.index - 24), result.index);
  const tags = result.tags();
  if (tags.has("result/relativeDate") || tags.has("result/relativeDateAndTime")) {
    // "three years", "the year", "a year": a length of time, not a point; "in three days" and "two days ago" are points.
    if (!/\bago\b|^(?:in|within|last|past|previous|next|this|coming)\b|\bfrom now\b/i.test(words)) return false;
    // "the past five years", "the next few months": a counted period, not a date.
    // "the highest in three years", "in the year to March" look back; only a future clause makes "in N days" a date.
    if (/^(?:in|within)\b/i.test(words) && !futureBefore(text, result.index)) return false;
    if (/^(?:last|past|previous|next|coming)\s+(?:\d+|few|several|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+teen|\w+ty)\b/i.test(words)) return false;
  }
  if (tags.has("result/relativeDate") && !/\bago\b|\b(?:last|past|previous|next|this)\b/i.test(words)) {
    // "in three days" points forward and is a date; "for/within three days" is a length of time.
    if (/^(?:for|within|over)\b/i.test(words) || DURATION_BEFORE.test(before)) return false;
    // "a week later", "two days before": counted from a story event, not from publication.
    if (/\b(?:after|later|before|earlier)$/i.test(words)) return false;
    // Clock units are never a news date, and "in 1990s" would read as 1990 seconds.
    if (/\d\s*s\b|\b(?:sec|second|min|minute|hour|hr)s?\b/i.test(words)) return false;
  }
  if (tags.has("parser/SlashDateFormatParser") && !start.isCertain("year")) return false;
  const onlyMonth = start.isCertain("month") && !start.isCertain("day") && !start.isCertain("year");
  const onlyWeekday = start.isCertain("weekday") && !start.isCertain("day") && !start.isCertain("month");
  if (onlyMonth || onlyWeekday) {
    const name = NAME_WORD.exec(words)?.[0] ?? "";
    if (!/^[A-Z]/.test(name)) return false; // "may", "march", "sun"
    if (onlyWeekday && !/day\b/i.test(name)) return false; // "The Sun", "Sat" in scores and names
    if (onlyMonth && !MONTH_CONTEXT.test(before) && !/^(?:last|next|this|end|mid|early|late)\b/i.test(words)) return false;
  }
  return true;
}
