// Cues from an appositive after a person: "Ana Ruiz, head of the Peruvian consular office in
// La Paz" -> a Peruvian government official.
import type { DocContext } from "../recognize/context.js";
import type { Candidate } from "../recognize/candidate.js";

const WINDOW = 14;
const STOP = new Set([",", ".", ";", ":", ")", "(", "\"", "“", "”"]);

export function appositiveCues(ctx: DocContext): void {
  const { tokens } = ctx;
  for (const c of ctx.candidates) {
    if (c.type !== "PERSON" || c.kind !== "name" || c.person || c.cue?.country) continue;
    if (c.last >= tokens.length || tokens[c.last]!.text !== ",") continue;
    let country: string | undefined;
    let sector: string | undefined;
    let office = false;
    for (let i = c.last + 1; i < Math.min(tokens.length, c.last + 1 + WINDOW); i++) {
      const t = tokens[i]!;
      if (STOP.has(t.text) || t.sentence !== tokens[c.first]!.sentence) break;
      const owner = ctx.claimed[i]!;
      if (owner >= 0) {
        const o: Candidate = ctx.candidates[owner]!;
        if (o.type === "PERSON" && o.kind === "name") break; // another person: a list, not an appositive
        country ??= o.country?.code ?? o.nominal?.country ?? o.role?.country;
        sector ??= o.nominal?.sector;
        continue;
      }
      const lower = t.text.toLowerCase();
      if (ctx.words.officeWords.has(lower)) office = true;
      if (!sector) {
        const title = ctx.kb.titleOf(lower);
        sector = title?.sector ?? (t.pos === "NOUN" ? ctx.kb.sectorOf(lower) : undefined);
      }
    }
    if (!country && !sector) continue;
    if (!sector && office) sector = "GOV";
    c.cue = { ...c.cue, ...(country ? { country } : {}), ...(sector ? { sector } : {}) };
  }
}

const ARTICLE = /^(the|a|an)$/i;
const OFFICE_COMPLEMENT = new Set(["for", "to", "in", "on"]);

/**
 * "Kofi Annan, the UN secretary-general," and "the UN secretary-general, Kofi Annan,": an office
 * of an organisation in apposition to a person's name says whom the person acts for.
 */
export function appositiveOrgCues(ctx: DocContext): void {
  const { tokens } = ctx;
  const ownerAt = (i: number): Candidate | undefined => {
    const owner = i >= 0 && i < tokens.length ? ctx.claimed[i]! : -1;
    return owner >= 0 ? ctx.candidates[owner] : undefined;
  };
  const officeOf = (c: Candidate | undefined) => (c?.kind === "role" && c.role?.org && !c.cue?.former ? c : undefined);
  for (const c of ctx.candidates) {
    if (c.type !== "PERSON" || c.kind !== "name" || c.cue?.org) continue;
    const sentence = tokens[c.first]!.sentence;
    // name, [the] office ,|.
    let office: Candidate | undefined;
    if (c.last < tokens.length && tokens[c.last]!.text === ",") {
      let j = c.last + 1;
      if (j < tokens.length && ARTICLE.test(tokens[j]!.text)) j++;
      const o = officeOf(ownerAt(j));
      const after = o ? tokens[o.last] : undefined;
      // The office ends the apposition, or its complement follows: "the U.N. special envoy for Syria,".
      const ends = !after || after.sentence !== sentence || STOP.has(after.text) || OFFICE_COMPLEMENT.has(after.text);
      if (o && o.first === j && tokens[j]!.sentence === sentence && ends) office = o;
    }
    // [the] office [for Yemen], name
    if (!office && c.first >= 2 && tokens[c.first - 1]!.text === ",") {
      for (let end = c.first - 1; end >= Math.max(1, c.first - 5) && !office; end--) {
        const o = officeOf(ownerAt(end - 1));
        if (!o || o.last !== end || tokens[o.first]!.sentence !== sentence) continue;
        const between = tokens.slice(end, c.first - 1);
        if (between.length === 0 || (OFFICE_COMPLEMENT.has(between[0]!.text) && !between.some((t) => STOP.has(t.text)))) office = o;
      }
    }
    if (!office) continue;
    c.cue = { ...c.cue, org: office.role!.org!, ...(office.cue?.title ? { title: office.cue.title } : {}) };
    office.apposed = c;
  }
}
