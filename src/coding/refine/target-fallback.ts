// Most events have a target even when the clause finder cannot reach it: "promised to continue
// aid to war-torn Mozambique", "welcomed President Reagan's statement". When the coder found
// none, take the nearest actor named after the trigger in the same sentence (before the
// attribution tail: ", officials said"), else the nearest before it, that is not the source
// itself (a domestic target is common: "the government lifted the emergency in Darfur").
// A protest with no one named at all is against its own state. Such a target is a guess, so the
// event's confidence drops. Acts with no counterpart
// (lexicon entries marked intransitive: "resigned", "surrendered") get none.
import type { AnnotatedDocument, Entity, Mention } from "../../types.js";
import type { CodedEvent, EventActor } from "../types.js";
import type { RefineContext } from "./context.js";

const ACTOR_TYPES = new Set(["COUNTRY", "NORP", "ORGANIZATION", "PERSON", "PLACE"]);
const ATTRIBUTION = /,\s*(\S+\s+){0,6}?(said|says|told|reported|according)\b/i;

function actorOf(entity: Entity, m: Mention): EventActor | undefined {
  const country = entity.country ?? entity.geo?.countryCode;
  const code = entity.code ?? country;
  if (!code) return undefined;
  return {
    text: m.text,
    code,
    ...(country ? { country } : {}),
    ...(entity.sector?.length ? { sector: [...entity.sector] } : {}),
    entity: entity.id,
    span: { start: m.start, end: m.end },
  };
}

export function fillMissingTargets(events: CodedEvent[], doc: AnnotatedDocument, ctx: RefineContext): CodedEvent[] {
  if (!events.some((e) => e.target.length === 0 && !ctx.takesNoTarget(e.rule))) return events;
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  return events.map((event) => {
    if (event.target.length > 0 || event.source.length === 0 || event.negated || ctx.takesNoTarget(event.rule)) return event;
    const sentence = doc.sentences[event.sentence];
    if (!sentence) return event;
    const sourceEntities = new Set(event.source.map((a) => a.entity).filter(Boolean));
    const trigger = event.evidence.trigger;
    const tail = ATTRIBUTION.exec(doc.text.slice(trigger.end, sentence.end));
    const limit = tail ? trigger.end + tail.index : sentence.end;
    const fits = (m: Mention): EventActor | undefined => {
      if (m.sentence !== event.sentence || !ACTOR_TYPES.has(m.type) || sourceEntities.has(m.entity)) return undefined;
      if (event.source.some((a) => a.span && m.start < a.span.end && a.span.start < m.end)) return undefined;
      const entity = byId.get(m.entity);
      return entity ? actorOf(entity, m) : undefined;
    };
    let target: EventActor | undefined;
    for (const m of doc.mentions) {
      if (m.start >= trigger.end && m.end <= limit && (target = fits(m))) break;
    }
    if (!target) {
      for (let i = doc.mentions.length - 1; i >= 0 && !target; i--) {
        const m = doc.mentions[i]!;
        if (m.end <= trigger.start && m.start >= sentence.start) target = fits(m);
      }
    }
    if (!target) {
      // "Opposition parties in Nepal organized a general strike": a protest with no one named is
      // against the state at home, as event data sets code it.
      const home = new Set(event.source.map((a) => a.country).filter((c) => c));
      if (event.root !== "14" || home.size !== 1) return event;
      const country = [...home][0]!;
      return { ...event, target: [{ text: country, code: country, country }], confidence: Math.round(event.confidence * 0.7 * 100) / 100 };
    }
    return {
      ...event,
      target: [target],
      evidence: { ...event.evidence, target: { start: target.span!.start, end: target.span!.end, text: target.text } },
      confidence: Math.round(event.confidence * 0.7 * 100) / 100,
    };
  });
}
