// Which country an actor belongs to when its words do not say: a sector actor facing one country
// is domestic to it ("Sudanese protesters demanded elections from the army"), a group acting
// somewhere lives there ("students blocked roads in Nairobi", "ethnic Albanians marched in
// Serbia"), and a named actor we cannot code is kept with an empty code.
import type { AnnotatedDocument } from "../../types.js";
import type { Phrase } from "../clauses/types.js";
import type { EventActor } from "../types.js";

/** Foreign missions and former officials are not assumed to belong to the other side's country. */
const NOT_DOMESTIC = /\b(embass|consul|ambassador|envoy|diplomat|mission|delegation)/i;

export function domestic(a: EventActor, country: string): EventActor {
  // Refugees and elites of no stated country are not assumed to be the other side's people.
  if (a.country || !a.sector?.length || a.entity || a.sector.includes("ELI") || a.sector.includes("REF") || NOT_DOMESTIC.test(a.text)) return a;
  return { ...a, country, code: country + a.sector.join("") };
}

/** A group that lives where it acts: a country-less sector actor ("people", "students") or an
 *  ethnic group ("ethnic Albanians") takes the country of the place; officials and named people do not. */
export function resident(a: EventActor, country: string, text: string): EventActor {
  if (a.entity && !a.span) return a;
  const words = a.span ? text.slice(Math.max(0, a.span.start - 8), a.span.end) : a.text;
  const ethnic = /\bethnic\b/i.test(words) && a.country !== country;
  if (ethnic) return { ...a, country, code: country + (a.sector?.length ? a.sector.join("") : "CVL"), sector: a.sector?.length ? a.sector : ["CVL"] };
  return domestic(a, country);
}

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;

/** Heads that name a body even when we cannot code it: "the Third World Water Forum", "a rights group". */
const ORG_NOUNS = new Set(["forum", "group", "association", "committee", "council", "front", "party", "movement", "union", "organization", "organisation", "agency", "wing", "faction", "commission", "court", "league", "alliance", "army", "militia", "government", "authority", "authorities"]);

/** A subject that names someone (a capitalised name or an organisation noun) we have no code for. */
export function unknownNamed(doc: AnnotatedDocument, phrase: Phrase | undefined): EventActor | undefined {
  if (!phrase) return undefined;
  const head = doc.tokens[phrase.head]!;
  if (!(head.pos === "PROPN" || ORG_NOUNS.has(head.lemma)) || CALENDAR.test(head.text)) return undefined;
  const start = doc.tokens[phrase.start]!.start;
  return { text: doc.text.slice(start, head.end), code: "", span: { start, end: head.end } };
}
