// The article's language: what the text is written in, checked against what the page declares.
// Pages often keep a site-wide lang="en" on translated or syndicated text, so the text wins.
import { detectLanguage } from "../nlp/language.js";

/** ISO 639-1 to 639-3 for the languages news most often comes in. */
const ISO1_TO_3: Record<string, string> = {
  ar: "arb", bg: "bul", bn: "ben", ca: "cat", cs: "ces", da: "dan", de: "deu", el: "ell", en: "eng", es: "spa",
  et: "est", fa: "pes", fi: "fin", fr: "fra", ha: "hau", he: "heb", hi: "hin", hr: "hrv", hu: "hun", id: "ind",
  it: "ita", ja: "jpn", ko: "kor", lt: "lit", lv: "lvs", ms: "zlm", nl: "nld", no: "nob", nb: "nob", pl: "pol",
  pt: "por", ro: "ron", ru: "rus", sk: "slk", sl: "slv", sr: "srp", sv: "swe", sw: "swh", ta: "tam", th: "tha",
  tr: "tur", uk: "ukr", ur: "urd", vi: "vie", zh: "cmn",
};

/** "en-US", "en", "eng" to "eng"; undefined for what is not a language tag. */
export function languageTagToIso3(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (primary.length === 2) return ISO1_TO_3[primary];
  if (primary.length === 3 && /^[a-z]{3}$/.test(primary)) return primary;
  return undefined;
}

/** Below this many letters trigram guesses are noise ("First paragraph." reads as French). */
const MIN_LETTERS = 50;

export interface LanguageChoice {
  /** ISO 639-3, or "und". */
  language: string;
  /** The page's declaration, as ISO 639-3, when it had one. */
  declared?: string;
  /** Whether the text and the declaration agree (undefined when either is missing). */
  agrees?: boolean;
}

/**
 * The text's language when it can be told; "und" for texts too short to tell, even when the page
 * declares one; the declaration only when the text is long enough but unclear.
 */
export function chooseLanguage(text: string, declaredTag?: string | null): LanguageChoice {
  const declared = languageTagToIso3(declaredTag);
  const letters = text.slice(0, 4000).replace(/[^\p{L}]+/gu, "").length;
  if (letters < MIN_LETTERS) return { language: "und", declared };
  const detected = detectLanguage(text);
  if (detected !== "und") return { language: detected, declared, agrees: declared === undefined ? undefined : declared === detected };
  return { language: declared ?? "und", declared };
}
