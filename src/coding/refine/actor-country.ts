// An actor named only by its office or group ("President Akayev", "opposition leaders") still
// belongs to a country. Coders take it from the sentence (the one country named there, or the
// nearest), then from the country the article is about.
import type { AnnotatedDocument, Mention } from "../../types.js";
import type { CodedEvent, EventActor } from "../types.js";

const NON_STATE = /^(IGO|NGO|IMG|MNC)/;

/** Country-less but sector-coded: "GOV", "OPPELI"; not an IGO or an unknown actor. */
function needsCountry(actor: EventActor): boolean {
  return !actor.country && !!actor.sector?.length && !NON_STATE.test(actor.code);
}

function mentionCountry(doc: AnnotatedDocument, m: Mention): string | undefined {
  if (m.type !== "COUNTRY" && m.type !== "NORP" && m.type !== "PLACE" && m.type !== "ORGANIZATION") return undefined;
  const e = doc.entities.find((x) => x.id === m.entity);
  return e?.country ?? e?.geo?.countryCode;
}

/** The country most mentioned in the article, when it has at least half the country mentions. */
function dominantCountry(doc: AnnotatedDocument): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of doc.mentions) {
    const c = mentionCountry(doc, m);
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [c, n] of counts) if (n > bestCount) [best, bestCount] = [c, n];
  return best && bestCount * 2 >= total && doc.sentences.length > 1 ? best : undefined;
}

/** The actor's words include a people or region without one country ("Latin American", "Arab"). */
function namesGroup(doc: AnnotatedDocument, actor: EventActor): boolean {
  const span = actor.span;
  if (!span) return false;
  return doc.mentions.some((m) => m.start >= span.start && m.end <= span.end && m.type === "NORP" && !mentionCountry(doc, m));
}

export function fillActorCountries(events: CodedEvent[], doc: AnnotatedDocument): CodedEvent[] {
  if (!events.some((e) => [...e.source, ...e.target].some(needsCountry))) return events;
  let dominant: string | undefined | null = null;
  const inSentence = new Map<number, Array<{ at: number; country: string }>>();
  const candidates = (sentence: number) => {
    let list = inSentence.get(sentence);
    if (!list) {
      list = [];
      for (const m of doc.mentions) {
        if (m.sentence !== sentence) continue;
        const country = mentionCountry(doc, m);
        if (country) list.push({ at: m.start, country });
      }
      inSentence.set(sentence, list);
    }
    return list;
  };
  const fill = (actor: EventActor, sentence: number, other: readonly EventActor[]): EventActor => {
    if (!needsCountry(actor)) return actor;
    // "Congress agreed to lift embargoes on Iran, Libya and Sudan": several countries on the other
    // side are foreign to it, not its home.
    const others = new Set(other.map((a) => a.country).filter((c) => c));
    const list = others.size > 1 ? candidates(sentence).filter((c) => !others.has(c.country)) : candidates(sentence);
    let country: string | undefined;
    if (new Set(list.map((c) => c.country)).size === 1) country = list[0]!.country;
    else if (list.length > 0) {
      const at = actor.span?.start ?? 0;
      country = list.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a)).country;
    } else if (/^(the|its|their)\s/i.test(actor.text) && !namesGroup(doc, actor)) {
      // Only a definite description ("the government") points to the article's country;
      // "Latin American governments" or "governments" do not.
      if (dominant === null) dominant = dominantCountry(doc);
      country = dominant;
    }
    if (!country) return actor;
    return { ...actor, country, code: country + actor.code };
  };
  return events.map((e) => ({
    ...e,
    source: e.source.map((a) => fill(a, e.sentence, e.target)),
    target: e.target.map((a) => fill(a, e.sentence, e.source)),
  }));
}
