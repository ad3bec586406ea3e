// "A roadside bomb near Samarra killed a soldier", "a journalist was killed in a car bomb in
// Beirut": violence with no named perpetrator is coded, as event data sets do, to the country
// where it happened (an unknown local actor). The same holds for what only a state does — arrests,
// charges, deportations, curfews and bans ("a missionary was arrested in Lebanon") — when the
// clause names where. A statement or a demand without a speaker stays without a source.
import type { AnnotatedDocument } from "../../types.js";
import type { CodedEvent, EventActor } from "../types.js";

const VIOLENT_ROOTS = new Set(["18", "19", "20"]);
/** Administrative sanctions, arrests and charges, deportations: acts of a state's authorities. */
const STATE_ACTS = /^17[234]/;

function sourceless(e: CodedEvent): boolean {
  return e.source.length === 0 && (VIOLENT_ROOTS.has(e.root) || STATE_ACTS.test(e.cameo) && !!e.location?.country);
}

function placeCountry(doc: AnnotatedDocument, event: CodedEvent): { country: string; text: string; start: number; end: number } | undefined {
  if (event.location?.country) return { country: event.location.country, text: event.location.text, start: event.location.span?.start ?? 0, end: event.location.span?.end ?? 0 };
  const targets = event.target.map((a) => a.span).filter((s) => s !== undefined);
  for (const m of doc.mentions) {
    if (m.sentence !== event.sentence || (m.type !== "PLACE" && m.type !== "COUNTRY")) continue;
    if (targets.some((s) => m.start < s.end && s.start < m.end)) continue;
    const e = doc.entities.find((x) => x.id === m.entity);
    const country = e?.country ?? e?.geo?.countryCode;
    if (country) return { country, text: m.text, start: m.start, end: m.end };
  }
  return undefined;
}

export function fillViolenceSources(events: CodedEvent[], doc: AnnotatedDocument): CodedEvent[] {
  if (!events.some(sourceless)) return events;
  return events.map((event) => {
    if (!sourceless(event)) return event;
    const place = placeCountry(doc, event);
    if (!place) return event;
    const source: EventActor = { text: place.text, code: place.country, country: place.country, span: { start: place.start, end: place.end } };
    return { ...event, source: [source], confidence: Math.round(event.confidence * 0.7 * 100) / 100 };
  });
}
