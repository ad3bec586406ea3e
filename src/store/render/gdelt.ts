// Stored events as GDELT 2.0 rows, through the same formatter as `eventwire code --format gdelt`:
// each version's events are put back into the shape of a coded document first.
import { toGdeltRows } from "../../coding/formats/gdelt.js";
import type { CodedDocument, CodedEvent, EventActor } from "../../coding/types.js";
import type { Entity, Granularity, MentionType, Sentence } from "../../types.js";
import type { ActorRecord, EventRecord, Store } from "../types.js";

function actor(a: ActorRecord): EventActor {
  const out: EventActor = { text: a.text, code: a.code };
  if (a.country) out.country = a.country;
  if (a.sector) out.sector = a.sector;
  if (a.entity) out.entity = a.entity;
  return out;
}

function codedEvent(e: EventRecord): CodedEvent {
  const event: CodedEvent = {
    id: e.eventId, sentence: e.sentence, mentions: e.mentions, date: e.date, dateGranularity: e.dateGranularity as Granularity,
    source: e.source.map(actor), target: e.target.map(actor), cameo: e.cameo, root: e.root,
    plover: { type: e.ploverType, context: [], ...(e.ploverMode ? { mode: e.ploverMode } : {}) },
    goldstein: e.goldstein, quadClass: e.quadClass as CodedEvent["quadClass"], evidence: e.evidence, rule: e.rule,
    negated: e.negated, hypothetical: e.hypothetical, reported: e.reported, confidence: e.confidence,
  };
  if (e.location) event.location = e.location;
  return event;
}

/** Rows for the events, in the order given, numbered from 1. */
export async function eventsGdelt(store: Store, events: EventRecord[]): Promise<string> {
  let next = 1;
  let out = "";
  const byVersion = new Map<string, Entity[]>();
  for (const e of events) {
    const entities = byVersion.get(e.versionId) ?? (await store.entities(e.versionId)).map((x): Entity => ({
      id: x.id, name: x.name, type: x.type as MentionType, aliases: [], mentions: [],
      ...(x.country ? { country: x.country } : {}),
      ...(x.lat !== undefined && x.lon !== undefined ? { geo: { lat: x.lat, lon: x.lon, countryCode: x.country ?? "" } } : {}),
    }));
    byVersion.set(e.versionId, entities);
    // Only the lead sentence matters to the formatter (IsRootEvent): it is the first non-headline one.
    const lead = await store.leadSentence(e.versionId);
    const sentences = [{ index: lead, headline: false } as Sentence];
    const doc = {
      text: "", published: (e.published ?? e.date).slice(0, 10), language: "eng", sentences, tokens: [], mentions: [],
      entities, dates: [], quotes: [], events: [codedEvent(e)], coder: e.coder, ...(e.url ? { url: e.url } : {}),
    } satisfies CodedDocument;
    for (const row of toGdeltRows(doc, { firstId: next, added: new Date(e.seenAt) })) out += `${row}\n`;
    next++;
  }
  return out;
}
