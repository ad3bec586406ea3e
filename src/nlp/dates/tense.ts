// Whether the words just before a date expression point to the future ("will meet on Friday",
// "is due to vote in May"). Only the same clause counts: "said on Friday it will" is not future.

const FUTURE =
  /\b(?:will|won['’]t|shall|is due|are due|was due|is set to|are set to|expected to|scheduled|plans? to|planning to|intends? to|upcoming|to be held|going to|next)\b|['’]ll\b/i;

/** Looks back up to `window` characters from `index`, stopping at a clause boundary. */
export function futureBefore(text: string, index: number, window = 80): boolean {
  let from = Math.max(0, index - window);
  const before = text.slice(from, index);
  const boundary = Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("“"), before.lastIndexOf("\""));
  if (boundary >= 0) from += boundary + 1;
  return FUTURE.test(text.slice(from, index));
}
