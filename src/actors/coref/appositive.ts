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
