// From a refined chrono result to a DateMention: granularity is the finest part chrono is certain of,
// and the text loses leading prepositions and punctuation chrono sometimes includes ("on Thursday").
import type { ParsedResult } from "chrono-node";
import type { DateMention, Granularity } from "../../types.js";
import { pad } from "./calendar.js";

const LEAD = /^(?:[\s,(（]|(?:on|in|at|since|during|by|until|till|from|before|after|throughout|through|between|and|to|or)[\s-]+)+/i;
const TRAIL = /[\s,)）]+$/;

export function toMention(result: ParsedResult, offset: number, sentence: number): DateMention | undefined {
  const start = result.start;
  const granularity: Granularity | undefined = start.isCertain("day")
    ? "day"
    : start.isCertain("month")
      ? "month"
      : start.isCertain("year")
        ? "year"
        : undefined;
  if (!granularity) return undefined;
  const year = start.get("year")!;
  const month = start.get("month")!;
  const day = start.get("day")!;
  const value = granularity === "day" ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : granularity === "month" ? `${pad(year, 4)}-${pad(month)}` : pad(year, 4);
  const lead = LEAD.exec(result.text)?.[0].length ?? 0;
  const text = result.text.slice(lead).replace(TRAIL, "");
  if (!text) return undefined;
  const begin = offset + result.index + lead;
  return { start: begin, end: begin + text.length, text, value, granularity, sentence };
}
