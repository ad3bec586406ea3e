// A cheap test for "could this sentence hold a date?", so chrono only runs where it can find something.
// Chrono is by far the slowest part of date finding; most news sentences fail this test.

const DATE_LIKE = new RegExp(
  "\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|" +
    "\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b|" +
    "\\b(?:today|tonight|yesterday|tomorrow|ago|week|weekend|month|year|morning|afternoon|evening)s?\\b",
  "i",
);

export function mayHoldDate(sentence: string): boolean {
  return DATE_LIKE.test(sentence);
}
