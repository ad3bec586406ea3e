// An organisation named before an office says whom the office holder acts for:
// "U.N. Secretary-General Kofi Annan", "NATO chief Jens Stoltenberg", "the EU foreign policy
// chief", "the United Nations refugee coordinator". CAMEO codes such a person as the
// organisation (IGOUNO), not by their own country, the way "Mexican Foreign Minister X" is MEX.
// With a name after the office, the organisation leaves a cue for the name; without one the
// organisation and the office together are a role mention.
import type { DocContext } from "./context.js";
import { claim, dictionaryNameAt } from "./context.js";
import type { CueMap } from "./nominals.js";
import type { Organization } from "../knowledge/schema.js";
import type { ActorCue } from "./candidate.js";
import { titleAt, titleBefore } from "./titles.js";

/** Words that may stand between the organisation and the office: "UN [human rights] chief". */
const MAX_MODIFIERS = 3;
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const MODIFIER_POS = new Set(["NOUN", "ADJ", "PROPN"]);
const FORMER = /^(former|ex|ex-)$/i;
/**
 * Offices that do not act for the organisation named before them: a "U.N. ambassador" represents
 * a country at the UN, a "White House correspondent" reports on it; "the EU's executive" is the
 * Commission itself. Titles without a sector (professions, honorifics) count only as heads.
 */
const NOT_ITS_OFFICE = new Set(["ambassador", "ambassadors", "permanent representative", "representative", "delegate", "deputy", "executive"]);
const HEAD_WORDS = new Set(["chief", "director", "leader"]);

export interface OrgOffice {
  /** First and one past the last token of the office, modifiers included. */
  start: number;
  end: number;
  cue: ActorCue;
}

/** The office that an organisation name ending before token p goes on with, if any. */
export function officeAfter(ctx: DocContext, org: Organization, p: number, to: number): OrgOffice | undefined {
  const { tokens } = ctx;
  if (p < to && (tokens[p]!.text === "'s" || tokens[p]!.text === "’s")) p++;
  const sentence = tokens[Math.max(0, p - 1)]!.sentence;
  for (let s = p; s < to && s <= p + MAX_MODIFIERS; s++) {
    const t = tokens[s]!;
    if (t.sentence !== sentence || ctx.claimed[s]! >= 0) return undefined;
    const title = titleAt(ctx, s, to);
    if (title && !plural(ctx, title.end - 1)) {
      const written = ctx.keys.slice(s, title.end).join(" ");
      if (NOT_ITS_OFFICE.has(written) || (!title.cue.sector && !HEAD_WORDS.has(written))) return undefined;
      return { start: p, end: title.end, cue: { ...title.cue, org } };
    }
    // Only lower-case nouns and adjectives modify the office: "refugee", "human rights", "nuclear".
    if (!MODIFIER.test(t.text) || !MODIFIER_POS.has(t.pos)) return undefined;
  }
  return undefined;
}

function plural(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const low = t.text.toLowerCase();
  return t.pos === "NOUN" && low !== t.lemma && low.endsWith("s");
}

export function findOrgRoles(ctx: DocContext, from: number, to: number, cues: CueMap): void {
  const { tokens } = ctx;
  for (let i = from; i < to; i++) {
    const m = dictionaryNameAt(ctx, i, to);
    if (!m) continue;
    const entry = m.entry;
    const org = entry?.type === "ORGANIZATION" ? entry.org : undefined;
    // "Pentagon chief", "White House chief of staff": a title that holds the name is a title.
    const ownTitle = titleAt(ctx, i, to);
    if (!org || (ownTitle && ownTitle.end > m.end) || formerBefore(ctx, i)) {
      if (m.end > i + 1) i = m.end - 1;
      continue;
    }
    if (officeOf(ctx, i, m.end, org, from)) { i = m.end - 1; continue; }
    const office = officeAfter(ctx, org, m.end, to);
    if (!office) { i = m.end - 1; continue; }
    const next = office.end < to ? tokens[office.end]! : undefined;
    const nameFollows = next !== undefined && next.sentence === tokens[i]!.sentence && ctx.cap[office.end] === 1 &&
      !ctx.allCaps[office.end] && ctx.claimed[office.end]! < 0;
    if (nameFollows) {
      claim(ctx, { first: i, last: m.end, type: "ORGANIZATION", kind: "name", strength: 3, org });
      cues.set(office.end, office.cue);
    } else {
      // Unless canonical, the office as written with its modifiers: "chief" alone may be the
      // organisation's head (see Knowledge.orgHolder), "refugee chief" is not.
      const title = office.cue.title ?? ctx.doc.text.slice(tokens[office.start]!.start, tokens[office.end - 1]!.end).toLowerCase();
      claim(ctx, { first: i, last: office.end, type: "PERSON", kind: "role", strength: 3, role: { org, title }, cue: office.cue });
    }
    i = office.end - 1;
  }
}

/** "the secretary-general of the United Nations": an office, then "of [the]" and the organisation. */
function officeOf(ctx: DocContext, i: number, end: number, org: Organization, from: number): boolean {
  const { tokens } = ctx;
  let of = i - 1;
  if (of > from && /^the$/i.test(tokens[of]!.text)) of--;
  if (of <= from || tokens[of]!.text.toLowerCase() !== "of" || ctx.claimed[of - 1]! >= 0) return false;
  // "director of the White House National Economic Council": the organisation is a longer name.
  if (end < tokens.length && ctx.cap[end] && tokens[end]!.sentence === tokens[i]!.sentence) return false;
  const title = titleBefore(ctx, of, from);
  if (!title || plural(ctx, of - 1)) return false;
  const written = ctx.keys.slice(title.start, of).join(" ");
  if (NOT_ITS_OFFICE.has(written) || (!title.cue.sector && !HEAD_WORDS.has(written))) return false;
  const start = title.start;
  if (formerBefore(ctx, start)) return false;
  const canonical = title.cue.title ?? ctx.doc.text.slice(tokens[start]!.start, tokens[of - 1]!.end).toLowerCase();
  return claim(ctx, { first: start, last: end, type: "PERSON", kind: "role", strength: 3, role: { org, title: canonical }, cue: { ...title.cue, org } });
}

function formerBefore(ctx: DocContext, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && /^the$/i.test(ctx.tokens[j]!.text)) j--;
  return j >= 0 && FORMER.test(ctx.tokens[j]!.text);
}
