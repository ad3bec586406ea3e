// Date expressions, resolved against the publication date. Chrono runs per sentence, and only on
// sentences a cheap test finds date-like; see ./dates/ for the parsers and refiners and the rules they follow.
import type { AnnotatedDocument, DateMention } from "../types.js";
import { dayFromIso } from "./dates/calendar.js";
import { newsChrono } from "./dates/chrono.js";
import { mayHoldDate } from "./dates/precheck.js";
import { referenceDate } from "./dates/reference.js";
import { toMention } from "./dates/to-mention.js";

const parser = newsChrono();

export function findDates(doc: AnnotatedDocument): DateMention[] {
  const reference = referenceDate(dayFromIso(doc.published));
  const found: DateMention[] = [];
  for (const sentence of doc.sentences) {
    if (!mayHoldDate(sentence.text)) continue;
    for (const result of parser.parse(sentence.text, reference)) {
      const mention = toMention(result, sentence.start, sentence.index);
      if (mention) found.push(mention);
    }
  }
  return found;
}
