// Language identification, so that text in other languages is skipped with a reason
// instead of being coded into nonsense. franc-min covers the 82 most spoken languages.
import { franc } from "franc-min";

/** ISO 639-3 code ("eng"), or "und" when the text is too short or unclear to tell. */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = sample.replace(/[^\p{L}]+/gu, "");
  if (letters.length < 20) return "und";
  // Short English headlines are often mistaken for Scots or Latin: favour English when
  // the text is mostly common English function words.
  if (englishShare(sample) >= 0.12) return "eng";
  return franc(sample, { minLength: 20 });
}

const FUNCTION_WORDS = new Set(
  "the of and to in a is that for on with as was by at from it his her their said has have be are were will an not this who".split(" "),
);

function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}
