// Classifies each capitalised run: titles and demonyms before it give cues, org keywords
// make it an organisation, the dictionaries name what they know, and the leftover gaps
// are typed by cues around them (given names, speech verbs, place words, the gazetteer).
import type { DocContext } from "./context.js";
import { claim } from "./context.js";
import type { ActorCue, Candidate } from "./candidate.js";
import { bestEntry } from "./lexicon.js";
import type { CueMap } from "./nominals.js";
import type { Run } from "./runs.js";
import { hasPersonalParticle, nameWordCount } from "./particles.js";
import { formerBefore, titleAt, titleBefore } from "./titles.js";

export function recogniseRun(ctx: DocContext, run: Run, sentenceFrom: number, cues: CueMap): void {
  const { tokens, keys, lexicon } = ctx;
  let cue: ActorCue = {};
  let titled = false;
  const before = titleBefore(ctx, run.first, sentenceFrom);
  if (before && !ctx.cap[run.first - 1]) { cue = { ...before.cue }; titled = true; }
  let p = run.first;
  // "ex-Prime Minister X": the prefixed word outside the run starts a title that goes on inside it.
  const straddle = run.first > sentenceFrom && /^ex-/i.test(tokens[run.first - 1]!.text) ? titleAt(ctx, run.first - 1, run.last) : undefined;
  if (straddle && straddle.end > run.first && straddle.end < run.last) { cue = { ...straddle.cue }; titled = true; p = straddle.end; }
  while (p < run.last) {
    // "Former President X" opening a sentence: the capitalised "Former" belongs to the title.
    if (/^former$/i.test(tokens[p]!.text) && p + 1 < run.last && titleAt(ctx, p + 1, run.last)) { p++; continue; }
    const t = titleAt(ctx, p, run.last);
    if (t) {
      if (t.end >= run.last) return; // a bare title: "the President" is no name
      if (ctx.words.connectors.has(tokens[t.end]!.text)) break;
      // "Major League Baseball", "General Motors": a title word opening an organisation's name.
      if (tokens.slice(t.end, run.last).some((x) => ctx.words.orgKeywords.has(x.text.toLowerCase()))) break;
      cue = { ...cue, ...t.cue };
      titled = true;
      p = t.end;
      continue;
    }
    const m = lexicon.longest(keys, p, run.last);
    const e = m && bestEntry(m.entries, tokens, p, m.end);
    if (m && e?.country && (e.type === "NORP" || e.type === "COUNTRY") && m.end < run.last && (titleAt(ctx, m.end, run.last) || orgThenTitle(ctx, m.end, run.last))) {
      claim(ctx, { first: p, last: m.end, type: e.type, kind: "name", strength: 3, country: e.country });
      cue.country = e.country.code;
      p = m.end;
      continue;
    }
    // "former NATO Secretary General X": the organisation is named apart (see org-roles.ts for the
    // office holder who acts for it); the title after it still types the name.
    if (m && e?.type === "ORGANIZATION" && e.org && m.end < run.last && titleAt(ctx, m.end, run.last)) {
      claim(ctx, { first: p, last: m.end, type: "ORGANIZATION", kind: "name", strength: 3, org: e.org });
      if (formerBefore(ctx, p)) cue = { ...cue, former: true, sector: "ELI" };
      p = m.end;
      continue;
    }
    break;
  }
  const given = cues.get(p);
  if (given) { cue = { ...given, ...cue, country: cue.country ?? given.country }; titled = true; }
  if (p >= run.last) return;
  const last = run.last;

  // The whole run is one dictionary name.
  const whole = lexicon.longest(keys, p, last);
  const wholeEntry = whole && whole.end === last ? bestEntry(whole.entries, tokens, p, last) : undefined;
  if (wholeEntry) {
    claimEntry(ctx, p, last, wholeEntry, cue);
    return;
  }
  // An organisation keyword anywhere makes the run an organisation: "Bank of England", "U.S. Army".
  if (!titled) {
    for (let i = p; i < last; i++) {
      const lower = tokens[i]!.text.toLowerCase();
      if (!ctx.words.orgKeywords.has(lower)) continue;
      if (i === p && last - p === 1 && ctx.words.commonWords.has(lower)) break;
      claim(ctx, { first: p, last, type: "ORGANIZATION", kind: "name", strength: 2, cue: orgCue(ctx, p, last, lower) });
      return;
    }
  }
  // "Manchester United", "Bayern Munich", "Ajax Amsterdam": a club, when the run is no known place.
  const len0 = last - p;
  const wholePlace = !titled && len0 >= 2 && len0 <= 4 ? ctx.kb.place(ctx.doc.text.slice(tokens[p]!.start, tokens[last - 1]!.end), ctx.countries) : undefined;
  if (!titled && len0 >= 2 && len0 <= 4 && !wholePlace) {
    const lastLower = tokens[last - 1]!.text.toLowerCase();
    // In sports copy a town at either end of an unknown name makes a club: "Borussia Dortmund", "Atlanta Braves".
    const club = ctx.sports && !ctx.words.givenNames.has(tokens[p]!.text.toLowerCase()) &&
      (isPlaceToken(ctx, last - 1) !== isPlaceToken(ctx, p));
    if (ctx.words.orgTrailing.has(lastLower) || club) {
      claim(ctx, { first: p, last, type: "ORGANIZATION", kind: "name", strength: 2.5 });
      return;
    }
  }
  // "Kansas City", "Santa Cruz": a gazetteer place as a whole, before its parts are looked up.
  if (wholePlace && !ctx.words.givenNames.has(tokens[p]!.text.toLowerCase())) {
    claim(ctx, { first: p, last, type: "PLACE", kind: "name", strength: 2, place: wholePlace });
    return;
  }
  // "Procter & Gamble", "Douglas & Lomason": an ampersand joins the names of a firm.
  if (!titled && tokens.slice(p, last).some((t) => t.text === "&")) {
    claim(ctx, { first: p, last, type: "ORGANIZATION", kind: "name", strength: 2 });
    return;
  }
  // A title or a given name makes a short run a person: "President Noboa", "Roberto Canseco",
  // "Sheikh Hamad bin Khalifa al-Thani" (particles are no name words).
  const len = nameWordCount(ctx, p, last);
  if ((titled && len <= 4) || (len >= 2 && len <= 4 && ctx.words.givenNames.has(tokens[p]!.text.toLowerCase()))) {
    const m = lexicon.longest(keys, p, last);
    const e = m && bestEntry(m.entries, tokens, p, m.end);
    if (!(e && (e.type === "ORGANIZATION" || (e.type === "COUNTRY" && !titled)))) {
      const person = e?.type === "PERSON" && m!.end === last ? e.person : undefined;
      claim(ctx, { first: p, last, type: "PERSON", kind: "name", strength: person ? 3 : 2, ...(person ? { person } : {}), cue });
      return;
    }
  }
  // Dictionary names inside the run, longest first; the gaps between are typed by cues.
  let gap = p;
  let j = p;
  while (j < last) {
    const m = lexicon.longest(keys, j, last);
    const e = m && bestEntry(m.entries, tokens, j, m.end);
    if (!m || !e) { j++; continue; }
    if (gap < j) classifyGap(ctx, gap, j, titled && gap === p ? cue : undefined);
    claimEntry(ctx, j, m.end, e, gap === p && j === p ? cue : {});
    j = m.end;
    gap = j;
  }
  if (gap < last) classifyGap(ctx, gap, last, titled && gap === p ? cue : undefined);
}

/** "Chilean U.N. Ambassador X": an organisation, then a title, from token i. */
function orgThenTitle(ctx: DocContext, i: number, last: number): boolean {
  const m = ctx.lexicon.longest(ctx.keys, i, last);
  const e = m && bestEntry(m.entries, ctx.tokens, i, m.end);
  return !!m && e?.type === "ORGANIZATION" && m.end < last && titleAt(ctx, m.end, last) !== undefined;
}

function claimEntry(ctx: DocContext, first: number, last: number, e: ReturnType<typeof bestEntry> & object, cue: ActorCue): void {
  const c: Candidate = { first, last, type: e.type, kind: "name", strength: 3 };
  if (e.person) c.person = e.person;
  if (e.org) c.org = e.org;
  if (e.country) c.country = e.country;
  if (e.place) {
    const place = ctx.kb.place(e.place, ctx.countries);
    if (place) c.place = place;
  }
  if (Object.keys(cue).length) c.cue = cue;
  claim(ctx, c);
}

function orgCue(ctx: DocContext, p: number, last: number, keyword: string): ActorCue | undefined {
  const cue: ActorCue = {};
  for (let i = p; i < last; i++) {
    const m = ctx.lexicon.longest(ctx.keys, i, last);
    const e = m && bestEntry(m.entries, ctx.tokens, i, m.end);
    if (e?.country) { cue.country = e.country.code; break; }
  }
  const sector = ctx.kb.sectorOf(keyword);
  if (sector) cue.sector = sector;
  return cue.country || cue.sector ? cue : undefined;
}

function classifyGap(ctx: DocContext, a: number, b: number, cue: ActorCue | undefined): void {
  const { tokens, words } = ctx;
  // "Hamad bin Khalifa al-Thani" is three name words, not six tokens.
  const len = hasPersonalParticle(ctx, a, b) ? nameWordCount(ctx, a, b) : b - a;
  const text = ctx.doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const firstLower = tokens[a]!.text.toLowerCase();
  const lastLower = tokens[b - 1]!.text.toLowerCase();
  const add = (type: Candidate["type"], strength: number, extra: Partial<Candidate> = {}) =>
    claim(ctx, { first: a, last: b, type, kind: "name", strength, ...(cue ? { cue } : {}), ...extra });

  if (cue) return void add("PERSON", 2);
  if (len === 1 && words.directions.has(firstLower)) return;
  const after = b < tokens.length && tokens[b]!.sentence === tokens[a]!.sentence ? tokens[b]! : undefined;
  // A dateline: a place in capitals before the date ("BONN 1996-08-30").
  if (after && /^\d{4}-\d{2}-\d{2}$/.test(after.text) && tokens.slice(a, b).every((t) => t.text === t.text.toUpperCase())) {
    const place = ctx.kb.place(text, ctx.countries);
    return void add("PLACE", 2, place ? { place } : {});
  }
  if (len === 1 && /^[A-Z]{2,6}$/.test(tokens[a]!.text)) {
    const place = tokens[a]!.text.length >= 4 ? ctx.kb.place(text, ctx.countries) : undefined;
    return void add(place ? "PLACE" : "ORGANIZATION", 1, place ? { place } : {});
  }
  if (len >= 2 && (words.placeKeywords.has(lastLower) || /^(mount|mt\.?|lake|cape|gulf)$/.test(firstLower))) return void add("PLACE", 2);
  const next = b < tokens.length ? tokens[b]! : undefined;
  const sameSentence = next && next.sentence === tokens[a]!.sentence;
  // "Quito-based", "London-born"
  if (sameSentence && next.text === "-" && b + 1 < tokens.length && /^(based|born|headquartered)$/i.test(tokens[b + 1]!.text)) {
    const place = ctx.kb.place(text, ctx.countries);
    return void add("PLACE", 2, place ? { place } : {});
  }
  const prev = a > 0 && tokens[a - 1]!.sentence === tokens[a]!.sentence ? tokens[a - 1]!.text.toLowerCase() : "";
  if (len >= 2 && nameWordCount(ctx, a, b) <= 4 && words.givenNames.has(firstLower)) return void add("PERSON", 2);
  const speaks = sameSentence && (words.speechVerbs.has(next.text.toLowerCase()) ||
    (next.text === "," && b + 1 < tokens.length && words.speechVerbs.has(tokens[b + 1]!.text.toLowerCase())));
  if (speaks && len <= 3) return void add("PERSON", 2);
  // "carmaker Hyundai", "the club Ajax", "Zycie Warszawy daily", "Ruch shares"
  if (words.orgDescriptors.has(prev) || (sameSentence && words.orgDescriptors.has(next.text.toLowerCase()))) return void add("ORGANIZATION", 2);
  const place = ctx.kb.place(text, ctx.countries);
  if (place) return void add("PLACE", words.placePrepositions.has(prev) ? 2 : 1.5, { place });
  if (len === 1 && /^[A-Z]{2,6}$/.test(tokens[a]!.text)) return void add("ORGANIZATION", 1);
  if (len === 1 && !/\p{L}\p{L}/u.test(tokens[a]!.text)) return; // a lone initial or symbol
  if (tokens.slice(a, b).some((t) => t.text === "&")) return void add("ORGANIZATION", 2);
  if (len >= 2 && len <= 3) {
    if (tokens.slice(a, b).every((t) => t.text === t.text.toUpperCase() && !/\.$/.test(t.text))) return; // table headings
    return void add("PERSON", 1);
  }
  if (len >= 4) return void add("ORGANIZATION", 1);
  if (len === 1 && words.aloneWords.has(firstLower)) return;
  if (words.placePrepositions.has(prev) && prev !== "from" && prev !== "at") return void add("PLACE", 0.5);
  add(ctx.sports || ctx.business ? "ORGANIZATION" : GUESS_TYPE, 0);
}

/** Type of a lone capitalised word nothing else explains (outside sports and business copy); refiners may change it. */
const GUESS_TYPE: Candidate["type"] = "PERSON";

function isPlaceToken(ctx: DocContext, i: number): boolean {
  const m = ctx.lexicon.longest(ctx.keys, i, i + 1);
  const e = m && bestEntry(m.entries, ctx.tokens, i, i + 1);
  if (e) return e.type === "PLACE";
  return ctx.kb.place(ctx.tokens[i]!.text, ctx.countries) !== undefined;
}
