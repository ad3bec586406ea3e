// Actors for the phrases a clause gives as source or target: relative pronouns through
// their antecedent, he/she/they through the actor trail, I/we/our through the quote's speaker.
import type { Quote, Token } from "../../types.js";
import type { Phrase } from "../clauses/types.js";
import type { EventActor } from "../types.js";
import { actorsOfPhrase, type PhraseContext } from "./phrase-actors.js";
import type { ActorTrail, TrailItem } from "./trail.js";

export interface ResolveContext extends PhraseContext {
  trail: ActorTrail;
}

const FIRST_PERSON = new Set(["i", "me", "we", "us", "my", "our", "myself", "ourselves"]);
const THIRD_SINGULAR = new Set(["he", "him", "she", "her", "his", "himself", "herself"]);
const THIRD_PLURAL = new Set(["they", "them", "their", "themselves"]);
const COLLECTIVE = new Set(["police", "military", "army", "government", "authorities", "forces", "troops", "people"]);

export function quoteAt(ctx: PhraseContext, offset: number): Quote | undefined {
  return ctx.doc.quotes.find((q) => q.start <= offset && offset < q.end);
}

export function speakerActors(ctx: PhraseContext, quote: Quote, text: string, span: { start: number; end: number }): EventActor[] {
  const id = quote.speaker.entity;
  const e = id ? ctx.entityById.get(id) : undefined;
  if (e && (e.code || e.country)) {
    return [{ text, code: e.code ?? e.country ?? "", ...(e.country ? { country: e.country } : {}), ...(e.sector?.length ? { sector: [...e.sector] } : {}), entity: e.id, span }];
  }
  const people = ctx.kb?.peopleByName?.(quote.speaker.name) ?? [];
  if (people.length === 1 && ctx.kb?.actorFor) {
    const c = ctx.kb.actorFor(people[0]!, ctx.doc.published);
    return [{ text, code: c.code, ...(c.country ? { country: c.country } : {}), ...(c.sector ? { sector: c.sector } : {}), span }];
  }
  return [];
}

export function isPlural(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head]!;
  const low = t.text.toLowerCase();
  return COLLECTIVE.has(low) || THIRD_PLURAL.has(low) || (t.pos === "NOUN" && low !== t.lemma && low.endsWith("s"));
}

export function resolvePhrase(ctx: ResolveContext, phrase: Phrase | undefined): EventActor[] {
  if (!phrase) return [];
  if (phrase.antecedent) return resolvePhrase(ctx, phrase.antecedent);
  const tokens = ctx.doc.tokens;
  const head = tokens[phrase.head]!;
  const low = head.text.toLowerCase();
  const span = { start: head.start, end: head.end };
  if (phrase.end - phrase.start === 1 && head.pos === "PRON") {
    if (FIRST_PERSON.has(low)) {
      const q = quoteAt(ctx, head.start);
      return q ? speakerActors(ctx, q, head.text, span) : [];
    }
    if (low === "it") return itSubject(ctx, phrase.head, span);
    let fits: ((i: TrailItem) => boolean) | undefined;
    if (THIRD_SINGULAR.has(low)) fits = (i) => i.person;
    else if (THIRD_PLURAL.has(low)) fits = (i) => i.plural;
    if (!fits) return [];
    const found = ctx.trail.before(head.start, fits);
    return found ? found.actors.map((a) => ({ ...a, text: head.text, span })) : [];
  }
  let actors = actorsOfPhrase(ctx, phrase);
  // A name said again in short ("López Obrador", "Glas"): the actor it was first named with.
  if (actors.length === 0 && head.pos === "PROPN") {
    const name = ctx.doc.text.slice(tokens[phrase.start]!.start, head.end);
    const found = ctx.trail.before(tokens[phrase.start]!.start, (i) => i.actors.some((a) => a.text !== name && a.text.includes(name)), { resolved: true });
    if (found) actors = found.actors.map((a) => ({ ...a, text: name, span: { start: tokens[phrase.start]!.start, end: head.end } }));
  }
  // "Police" after "Ecuadorian police": the country last named with the same sector.
  if (actors.length === 1 && !actors[0]!.country && actors[0]!.sector?.length) {
    const sector = actors[0]!.sector[0]!;
    const found = ctx.trail.before(tokens[phrase.start]!.start, (i) => i.actors.length === 1 && !!i.actors[0]!.country && !!i.actors[0]!.sector?.includes(sector), { resolved: true });
    const country = found?.actors[0]!.country;
    if (country) actors = [{ ...actors[0]!, country, code: country + actors[0]!.sector.join("") }];
  }
  // "the embassy" after "the Mexican embassy": the country named with it before.
  if (!actors.some((a) => a.country) && tokens[phrase.start]!.lemma === "the" && head.pos === "NOUN") {
    const word = head.text.toLowerCase();
    const found = ctx.trail.before(tokens[phrase.start]!.start, (i) => i.actors.length === 1 && !!i.actors[0]!.country && i.actors[0]!.text.toLowerCase().endsWith(word), { head: word });
    if (found) actors = found.actors.map((a) => ({ ...a, text: ctx.doc.text.slice(tokens[phrase.start]!.start, head.end), span: { start: tokens[phrase.start]!.start, end: head.end } }));
  }
  const first = tokens[phrase.start]!.text.toLowerCase();
  // "the OAS said its Permanent Council would meet": the owner named before ("their" may be several).
  if (first === "its" && !actors.some((a) => a.country || /^(IGO|NGO|IMG)/.test(a.code))) {
    const sentence = ctx.doc.sentences.find((x) => x.start <= head.start && head.start < x.end);
    const owner = sentence ? ctx.trail.before(tokens[phrase.start]!.start, (i) => i.at >= sentence.start && !i.person && i.actors.length === 1 && !!i.actors[0]!.code, { resolved: true }) : undefined;
    const o = owner?.actors[0];
    if (o) {
      const sector = actors[0]?.sector ?? [];
      const text = ctx.doc.text.slice(tokens[phrase.start]!.start, head.end);
      const own = { start: tokens[phrase.start]!.start, end: head.end };
      if (o.country) return [{ text, code: o.country + sector.join(""), country: o.country, ...(sector.length ? { sector } : {}), span: own }];
      return [{ ...o, text, span: own }];
    }
  }
  // "our embassy" inside a quote: the speaker's country.
  if ((first === "our" || first === "my") && !actors.some((a) => a.country)) {
    const q = quoteAt(ctx, tokens[phrase.start]!.start);
    const speaker = q ? speakerActors(ctx, q, "", span)[0] : undefined;
    if (speaker?.country) {
      const sector = actors[0]?.sector ?? [];
      const text = actors[0]?.text ?? head.text;
      return [{ text, code: speaker.country + sector.join(""), country: speaker.country, ...(sector.length ? { sector } : {}), span: actors[0]?.span ?? span }];
    }
  }
  return actors;
}

/** Words after "it" that show it is a subject acting ("it would boycott", "it had halted", "it will"). */
const SUBJECT_NEXT = new Set(["AUX", "VERB"]);
/** "it is likely that", "it was clear": an empty subject, not a state that is willing or ready. */
const EMPTY_IT_ADJ = new Set(["likely", "unlikely", "possible", "impossible", "clear", "unclear", "important", "necessary", "difficult", "easy", "hard", "true", "false", "time", "too", "not", "expected", "believed", "thought", "reported", "said", "feared", "understood", "known", "obvious", "evident", "essential", "vital", "crucial"]);

/** "Japan said it had halted aid": "it" as the subject of a verb stands for the nearest state or
 * organisation named before it in the same sentence. Only as a subject: "calling it an act" or
 * "it is likely" name an event or nothing. */
function itSubject(ctx: ResolveContext, head: number, span: { start: number; end: number }): EventActor[] {
  const tokens = ctx.doc.tokens;
  const next = tokens[head + 1];
  const after = tokens[head + 2];
  if (!next || !SUBJECT_NEXT.has(next.pos)) return [];
  // "it is/was + adjective or noun" is mostly an empty subject ("it is likely that", "it was a mistake").
  if (next.lemma === "be" && after && (after.pos === "ADJ" ? EMPTY_IT_ADJ.has(after.lemma) || tokens[head + 3]?.lemma === "that" : after.pos !== "VERB" && after.pos !== "ADV" && after.pos !== "PART")) return [];
  const sentence = ctx.doc.sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence) return [];
  const found = ctx.trail.before(span.start, (i) => i.at >= sentence.start && !i.person && !i.plural && i.actors.length === 1 && !!i.actors[0]!.code);
  return found && found.at >= sentence.start ? found.actors.map((a) => ({ ...a, text: tokens[head]!.text, span })) : [];
}

/** Whether a phrase can name an actor for later pronouns (not a pronoun or relative itself). */
export function rememberable(ctx: ResolveContext, phrase: Phrase | undefined): phrase is Phrase {
  return !!phrase && !phrase.antecedent && ctx.doc.tokens[phrase.head]!.pos !== "PRON";
}

/** The trail item for a phrase and its actors. */
export function trailItem(ctx: ResolveContext, phrase: Phrase, actors: EventActor[]): TrailItem | undefined {
  if (actors.length === 0 || !rememberable(ctx, phrase)) return undefined;
  const tokens = ctx.doc.tokens;
  const head = tokens[phrase.head]!;
  const person = actors.length === 1 && !!actors[0]!.entity && ctx.entityById.get(actors[0]!.entity)?.type === "PERSON" ||
    head.pos === "PROPN" && actors.length === 1 && !isPlural(tokens, phrase.head) && !!actors[0]!.sector?.length && !COLLECTIVE.has(head.lemma);
  return { at: tokens[phrase.start]!.start, actors, person, plural: actors.length > 1 || isPlural(tokens, phrase.head) };
}

/** Remembers the actors of a phrase for later pronouns. */
export function remember(ctx: ResolveContext, phrase: Phrase | undefined, actors: EventActor[]): void {
  const item = phrase && trailItem(ctx, phrase, actors);
  if (item) ctx.trail.add(item);
}
