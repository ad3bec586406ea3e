// A gold sentence as both event-gold readers (PLOVER GSR, PETRARCH validation XML) return it.
import type { ScoreEvent } from "./score.js";

export interface GoldSentence {
  id: string;
  text: string;
  /** YYYY-MM-DD, when the record has one. */
  date?: string;
  events: ScoreEvent[];
}

/** CAMEO-era country codes that differ from ISO alpha-3. */
const OLD_COUNTRY_CODES: Record<string, string> = { ITL: "ITA", JAP: "JPN", VTN: "VNM" };

export function normalizeCountry(code: string): string {
  const upper = code.toUpperCase();
  return OLD_COUNTRY_CODES[upper] ?? upper;
}
