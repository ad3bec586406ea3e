// Date and place of an event: a date said in the clause (else the sentence, else the
// publication date), and a place or country introduced by in/at/near.
import type { AnnotatedDocument, Entity, Granularity, Mention } from "../../types.js";
import type { Phrase } from "../clauses/types.js";
import type { CodedEvent } from "../types.js";

export function eventDate(doc: AnnotatedDocument, from: number, to: number, sentence: number): { date: string; dateGranularity: Granularity; dated: boolean } {
  const inClause = doc.dates.find((d) => d.start >= from && d.end <= to);
  const inSentence = inClause ?? doc.dates.find((d) => d.sentence === sentence);
  if (inSentence) return { date: inSentence.value, dateGranularity: inSentence.granularity, dated: true };
  // "Police stormed the embassy on Friday. ... Mexico broke off relations": an event a report tells
  // without a date of its own happened on the report's day (the first day it names within the
  // week before publication), as coders read it; with none, the publication date.
  const story = storyDate(doc);
  if (story) return { date: story, dateGranularity: "day", dated: false };
  return { date: doc.published, dateGranularity: "day", dated: false };
}

/** The first day the report names within the week before publication. */
function storyDate(doc: AnnotatedDocument): string | undefined {
  const earliest = addDays(doc.published, -7);
  return doc.dates.find((d) => d.granularity === "day" && d.value <= doc.published && d.value >= earliest)?.value;
}

function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? iso : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

export interface PlaceLookup {
  place?(name: string, context?: ReadonlySet<string>): { country: string; lat: number; lon: number } | undefined;
}

export function eventLocation(
  doc: AnnotatedDocument,
  phrases: Phrase[],
  mentions: readonly Mention[],
  entityById: ReadonlyMap<string, Entity>,
  kb: PlaceLookup | undefined,
): CodedEvent["location"] | undefined {
  for (const p of phrases) {
    const from = doc.tokens[p.start]!.start;
    const to = doc.tokens[p.end - 1]!.end;
    const m = mentions.find((x) => (x.type === "PLACE" || x.type === "COUNTRY") && x.start >= from && x.end <= to);
    if (m) {
      const e = entityById.get(m.entity);
      const geo = e?.geo;
      const country = e?.country ?? geo?.countryCode;
      return { text: m.text, ...(country ? { country } : {}), ...(geo ? { lat: geo.lat, lon: geo.lon } : {}), span: { start: m.start, end: m.end } };
    }
    const text = doc.text.slice(from, to);
    if (/^[A-Z]/.test(text) && kb?.place) {
      const place = kb.place(text);
      if (place) return { text, country: place.country, lat: place.lat, lon: place.lon, span: { start: from, end: to } };
    }
  }
  return undefined;
}
