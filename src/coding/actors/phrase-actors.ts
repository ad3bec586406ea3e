// Actors for a noun phrase: resolved entities inside it first, then the knowledge
// (demonyms, country names, sector nouns, organisations, people); "and" splits actors.
import type { AnnotatedDocument, Entity, Mention, Token } from "../../types.js";
import type { Phrase } from "../clauses/types.js";
import type { EventActor } from "../types.js";
import type { ActorKnowledge } from "./knowledge.js";

const SKIP = new Set(["the", "a", "an", "this", "that", "these", "those", "some", "any", "several", "many", "its", "their", "his", "her", "our", "my", "your", "'s", "’s", "-"]);
const FORMER = new Set(["former", "ex", "ex-"]);
/** Nouns for a leader's government: "the Bush administration", "the Assad regime". */
const GOVERNMENT_HEADS = new Set(["administration", "government", "regime", "cabinet", "junta"]);
/** Codes of bodies that belong to no one country: international and non-governmental organisations. */
const NON_STATE = /^(IGO|NGO|IMG)/;

function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

export interface PhraseContext {
  doc: AnnotatedDocument;
  kb: ActorKnowledge | undefined;
  entityById: ReadonlyMap<string, Entity>;
  /** Mentions sorted by start. */
  mentions: readonly Mention[];
}

/** Actors named in tokens [start, end); empty when nothing is known. */
export function actorsInRange(ctx: PhraseContext, start: number, end: number): EventActor[] {
  const parts = splitConjuncts(ctx.doc.tokens, start, end);
  const sharedHead = parts.length > 1 ? parts[parts.length - 1]! : undefined;
  const out: EventActor[] = [];
  for (const part of parts) {
    const actor = actorOfPart(ctx, part.start, part.end, sharedHead);
    if (actor && !out.some((a) => a.code === actor.code && a.entity === actor.entity && a.code !== "")) out.push(actor);
  }
  return out;
}

export function actorsOfPhrase(ctx: PhraseContext, phrase: Phrase): EventActor[] {
  // "the Turkish and Greek sides of the island of Cyprus": the head's own words first, the complement after.
  const ownEnd = phrase.of && phrase.of.start > phrase.start + 1 && phrase.of.start <= phrase.end ? phrase.of.start - 1 : phrase.end;
  const own = actorsInRange(ctx, phrase.start, ownEnd);
  if (!phrase.of) return own;
  // "the Albanians of southern Serbia": a people is coded by where it lives.
  if (own.length === 1 && own[0]!.country && !own[0]!.sector?.length && isPeople(ctx, phrase)) {
    const where = actorsOfPhrase(ctx, phrase.of)[0]?.country;
    if (where && where !== own[0]!.country) return [{ ...own[0]!, code: where + "CVL", country: where, sector: ["CVL"] }];
  }
  if (own.some((a) => a.country)) return own;
  // "the government of Ecuador", "the surroundings of the embassy": the complement names the actor.
  const of = actorsOfPhrase(ctx, phrase.of);
  if (own.length === 0) return of;
  return own.map((a) => (of[0]?.country && !a.country ? withCountry(a, of[0].country, ctx.doc.tokens, phrase) : a));
}

/** The phrase's head is a people's plural name ("the Albanians", "Kurds"). */
function isPeople(ctx: PhraseContext, phrase: Phrase): boolean {
  const head = ctx.doc.tokens[phrase.head]!;
  return /s$/.test(head.text) && overlapping(ctx.mentions, head.start, head.end).some((m) => m.type === "NORP");
}

function withCountry(a: EventActor, country: string, tokens: readonly Token[], phrase: Phrase): EventActor {
  const sector = a.sector ?? [];
  const text = tokens[phrase.start] && tokens[(phrase.of ?? phrase).end - 1]
    ? spanText(tokens, phrase.start, (phrase.of ?? phrase).end)
    : a.text;
  return { ...a, text, code: country + sector.join(""), country };
}

interface Part {
  start: number;
  end: number;
}

/** "Hungarian and Romanian officials" -> ["Hungarian", "Romanian officials"]. */
function splitConjuncts(tokens: readonly Token[], start: number, end: number): Part[] {
  const parts: Part[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (w === "and" || w === "or" || w === "," || w === "&") {
      if (i > from) parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) parts.push({ start: from, end });
  return parts;
}

function actorOfPart(ctx: PhraseContext, start: number, end: number, sharedHead: Part | undefined): EventActor | undefined {
  const tokens = ctx.doc.tokens;
  const from = tokens[start]!.start;
  const to = tokens[end - 1]!.end;
  const mentions = overlapping(ctx.mentions, from, to);
  const span = { start: from, end: to };
  // A mention covering the head names the actor ("Jorge Glas", "the Ecuadorian Foreign Ministry").
  let headMention: Mention | undefined;
  for (let i = mentions.length - 1; i >= 0 && !headMention; i--) {
    const m = mentions[i]!;
    if (m.end >= to - 1 && m.type !== "PLACE") headMention = m;
  }
  if (headMention) {
    const e = ctx.entityById.get(headMention.entity);
    // "Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians": a people is coded by where it lives.
    const home = headMention.type === "NORP" ? residence(ctx, mentions, headMention, e?.country) : undefined;
    if (home) return { text: spanText(tokens, start, end), code: home + "CVL", country: home, sector: ["CVL"], span };
    if (e && (e.code || e.country)) return fromEntity(e, headMention.text, span);
  }
  const text = spanText(tokens, start, end);
  const kb = ctx.kb;
  let country: string | undefined;
  // "European Community foreign ministers", "UN peacekeepers": members of a body without a country act for it.
  let body: Entity | undefined;
  // "the Bush administration", "Putin's government": a leader's name before a government noun.
  let leaderCountry: string | undefined;
  for (const m of mentions) {
    const e = ctx.entityById.get(m.entity);
    if (e?.country && m.type === "PERSON") leaderCountry ??= e.country;
    if (e?.country && !country && m.type !== "PERSON") country = e.country;
    if (e && !e.country && e.code && m.type === "ORGANIZATION" && NON_STATE.test(e.code)) body ??= e;
  }
  const words: Token[] = [];
  for (let i = start; i < end; i++) if (!SKIP.has(tokens[i]!.text.toLowerCase())) words.push(tokens[i]!);
  if (words.length === 0) return undefined;
  if (kb && mentions.length === 0) {
    // Names the recogniser did not find: organisations and people as a whole, then country names and demonyms word by word.
    const names = properRuns(words);
    for (const run of names) {
      const org = kb.organizationByName?.(run);
      if (org) return { text, code: org.code, ...(org.country ? { country: org.country } : {}), ...(org.sector.length ? { sector: [...org.sector] } : {}), span };
      const people = kb.peopleByName?.(run) ?? [];
      if (people.length === 1 && kb.actorFor) {
        const code = kb.actorFor(people[0]!, ctx.doc.published);
        return { text, code: code.code, ...(code.country ? { country: code.country } : {}), ...(code.sector ? { sector: code.sector } : {}), span };
      }
    }
    if (!country) {
      for (const run of names) country ??= kb.countryByName(run)?.code;
      for (const w of words) country ??= kb.countryByDemonym(w.text)?.code;
    }
  }
  let sector = sectorOf(kb, words);
  if (!sector && sharedHead && sharedHead.end === end) sector = undefined;
  else if (!sector && sharedHead && kb) {
    const headWords: Token[] = [];
    for (let i = sharedHead.start; i < sharedHead.end; i++) if (!SKIP.has(tokens[i]!.text.toLowerCase())) headWords.push(tokens[i]!);
    sector = sectorOf(kb, headWords);
  }
  // "UN peacekeepers", "U.N. helicopters", "NATO warplanes": what a body without a country sends acts for it.
  if (!country && body && sector !== "REB" && sector !== "OPP") return fromEntity(body, text, span);
  if (!country && leaderCountry && sector === "GOV" && GOVERNMENT_HEADS.has(tokens[end - 1]!.text.toLowerCase())) country = leaderCountry;
  // "former vice president", "ex-minister": a past office holder is an elite, not the government.
  if (sector && words.some((w) => FORMER.has(w.text.toLowerCase()) || w.text.toLowerCase().startsWith("ex-"))) sector = "ELI";
  if (!country && !sector) return undefined;
  return { text, code: (country ?? "") + (sector ?? ""), ...(country ? { country } : {}), ...(sector ? { sector: [sector] } : {}), span };
}

/** The country named right before a people's name, when it is another: "Bosnian" in "Bosnian Serbs". */
function residence(ctx: PhraseContext, mentions: readonly Mention[], head: Mention, own: string | undefined): string | undefined {
  for (const m of mentions) {
    if (m === head || m.end > head.start || m.type === "PERSON" || m.type === "ORGANIZATION") continue;
    const country = ctx.entityById.get(m.entity)?.country;
    if (country && country !== own && ctx.doc.text.slice(m.end, head.start).trim() === "") return country;
  }
  return undefined;
}

/** Mentions overlapping [from, to), by binary search on the sorted mentions. */
function overlapping(mentions: readonly Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < from - 200) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++) if (mentions[i]!.end > from) out.push(mentions[i]!);
  return out;
}

function fromEntity(e: Entity, text: string, span: { start: number; end: number }): EventActor {
  const code = e.code ?? e.country ?? "";
  return { text, code, ...(e.country ? { country: e.country } : {}), ...(e.sector?.length ? { sector: [...e.sector] } : {}), entity: e.id, span };
}

/** Runs of capitalised words: "Jorge Glas", "United Nations". */
function properRuns(words: Token[]): string[] {
  const runs: string[] = [];
  let cur: string[] = [];
  for (const w of words) {
    if (w.pos === "PROPN" || capitalised(w.text)) cur.push(w.text);
    else if (cur.length) {
      runs.push(cur.join(" "));
      cur = [];
    }
  }
  if (cur.length) runs.push(cur.join(" "));
  // Also the last word alone: "President Daniel Noboa" -> "Daniel Noboa" is tried by peopleByName; countries need single words.
  const out = new Set<string>();
  for (const r of runs) {
    out.add(r);
    const parts = r.split(" ");
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(i).join(" "));
  }
  return [...out];
}

// Sector look-ups repeat across sentences and documents: remember them per knowledge object.
const sectorMemo = new WeakMap<object, Map<string, string | null>>();

function memoSector(kb: ActorKnowledge): (term: string) => string | undefined {
  let memo = sectorMemo.get(kb);
  if (!memo) sectorMemo.set(kb, (memo = new Map()));
  const m = memo;
  return (term) => {
    let v = m.get(term);
    if (v === undefined) {
      if (m.size > 50_000) m.clear();
      v = kb.sectorOf(term) ?? null;
      m.set(term, v);
    }
    return v ?? undefined;
  };
}

/** The longest word sequence ending at the head that the knowledge knows as a sector noun. */
function sectorOf(knowledge: ActorKnowledge | undefined, all: Token[]): string | undefined {
  if (!knowledge || all.length === 0) return undefined;
  const kb = { sectorOf: memoSector(knowledge) };
  // Sector terms are short: look at the last six words at most.
  const words = all.length > 6 ? all.slice(-6) : all;
  const lows = words.map((w) => w.text.toLowerCase());
  // Suffixes "the last k words", built from the end; the longest is tried first.
  const suffixes = new Array<string>(lows.length);
  let acc = "";
  for (let i = lows.length - 1; i >= 0; i--) suffixes[i] = acc = acc ? lows[i] + " " + acc : lows[i]!;
  for (let i = 0; i < lows.length; i++) {
    const s = kb.sectorOf(suffixes[i]!);
    if (s) return s;
  }
  // A title before a name: "President Andrés Manuel López Obrador", "foreign minister Ana Ruiz".
  if (words[words.length - 1]!.pos !== "PROPN") return kb.sectorOf(words[words.length - 1]!.lemma);
  for (let end = lows.length - 1; end > 0; end--) {
    if (words[end - 1]!.pos === "PROPN" && capitalised(words[end - 1]!.text) && !kb.sectorOf(lows[end - 1]!)) continue;
    for (let start = Math.max(0, end - 3); start < end; start++) {
      const s = kb.sectorOf(lows.slice(start, end).join(" "));
      if (s) return s;
    }
  }
  // The head alone as a lemma ("officials" -> "official").
  const head = words[words.length - 1];
  return head ? kb.sectorOf(head.lemma) : undefined;
}

export function spanText(tokens: readonly Token[], start: number, end: number): string {
  return end > start ? tokens[0] && tokensText(tokens, start, end) : "";
}

function tokensText(tokens: readonly Token[], start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += (i > start && tokens[i]!.start > tokens[i - 1]!.end ? " " : "") + tokens[i]!.text;
  return s;
}
