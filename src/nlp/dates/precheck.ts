// A cheap test for "could this sentence hold a date?", so chrono only runs where it can find something.
// Chrono is by far the slowest part of date finding; most news sentences fail this test.

const DATE_WORD = new RegExp(
  "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|" +
    "\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b|" +
    "\\b(?:today|tonight|yesterday|tomorrow|ago|week|weekend|month|year|morning|afternoon|evening)s?\\b",
  "i",
);

// Digits alone ("76%", "$1.13bn", "three of the 12 players") hold no date in a third of news sentences,
// so a digit only counts in a shape some parser can turn into a day, month or year:
// - 1/2/2005, 2005-01-02, 10:30 (slash, ISO and clock forms; clock times only matter next to a date);
// - a 4-digit 18xx-20xx year (our year parser);
// - a number followed by a chrono time unit ("3 days", "2d", "6 months"): every unit in chrono's
//   English dictionary starts with one of s m h d w q y, so this letter test is a superset of them.
// Anything else with digits can only give clock times, which the refiners drop without a date.
const DIGIT_DATE = /\d[/.\-:]\d|(?:1[89]|20)\d\d|\d\s{0,3}[smhdwqy]/i;

// Chrono's word-only forms that DATE_WORD misses ("next day", "last minute", "after a few days", "- 2 hours",
// "tmrw", "noon"). Before the digit test above, any digit sent a sentence to chrono, which then also found
// these; keeping them for digit sentences keeps the output exactly what it was.
const RELATIVE_WORD = /\b(?:this|last|past|next|after|now|tmrw?|overmorrow|night|noon|midday|midnight)\b|(?:^|\W)[+-]\s*[a-z]|\b(?:second|minute|hour|day|quarter)s?\b/i;

export function mayHoldDate(sentence: string): boolean {
  if (DATE_WORD.test(sentence)) return true;
  if (!/\d/.test(sentence)) return false;
  return DIGIT_DATE.test(sentence) || RELATIVE_WORD.test(sentence);
}
