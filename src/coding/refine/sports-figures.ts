// In sports coverage "beat", "attack", "shot", "fight" and "host" are the game, not violence or
// diplomacy: "Leeds beat Chelsea", "Ireland host France". A document dense with sports words
// (data/nlp/names/sports.json) keeps its statements, demands and accusations but not force,
// assaults or visits. Measured on the BBC corpus, the test flags 394 of 511 sport stories and
// 30 others, nearly all business or entertainment stories about sport.
import type { AnnotatedDocument } from "../../types.js";
import type { CodedEvent } from "../types.js";
import { wordLists } from "../../actors/recognize/wordlists.js";

/** Codes whose verbs sports writing uses figuratively: meetings and visits, force, and the
 *  intents made of them ("will host" 036, "will attack" 138). */
const FIGURATIVE = ["04", "18", "19", "20", "036", "138"];
const figurative = (e: CodedEvent): boolean => FIGURATIVE.some((p) => e.cameo.startsWith(p));
const MIN_CUES = 2;
const MIN_DENSITY = 0.005;

export function isSportsCoverage(doc: AnnotatedDocument): boolean {
  const cues = wordLists().sportsCues;
  const seen = new Set<string>();
  let hits = 0;
  let words = 0;
  for (const t of doc.tokens) {
    if (!/\p{L}/u.test(t.text)) continue;
    words++;
    const lower = t.text.toLowerCase();
    if (cues.has(lower)) {
      seen.add(lower);
      hits++;
    }
  }
  return seen.size >= MIN_CUES && words > 0 && hits / words >= MIN_DENSITY;
}

export function dropSportsFigures(events: CodedEvent[], doc: AnnotatedDocument): CodedEvent[] {
  if (!events.some(figurative) || !isSportsCoverage(doc)) return events;
  return events.filter((e) => !figurative(e));
}
