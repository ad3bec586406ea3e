// Lower-case particles inside personal names: "Omar al-Bashir", "Ahmed bin Salman",
// "Ahmed ould Abdallah", "Ludwig van Beethoven". They belong to the name only when a
// capitalised name word follows (and, spaced ones, one precedes), so "Obama and de facto
// leaders" stays apart; runs.ts joins across them and names.ts counts name words without them.
import type { DocContext } from "./context.js";

/** Arabic article forms written glued to the next word by a hyphen ("al-", "el-", "ash-", "ud-"). */
const GLUED = new Set(["al", "el", "ad", "ed", "as", "ash", "ar", "at", "az", "an", "ath", "adh", "ud", "ul", "ur"]);

/** Spaced particles of personal names ("bin", "van", "dos", "abu"); the connector word list adds its own. */
const SPACED = new Set(["van", "von", "de", "da", "di", "du", "do", "del", "della", "dos", "das", "der", "den", "ter", "ten",
  "ibn", "bin", "bint", "ben", "abu", "ould", "ag", "la", "le"]);

/** Particles found only in personal names ("bin", "ould"), unlike "de" or "van" that also join place and firm names. */
const PERSONAL = new Set(["ibn", "bin", "bint", "abu", "ould", "ag"]);

function capitalAt(ctx: DocContext, i: number, to: number): boolean {
  return i < to && ctx.cap[i] === 1 && ctx.claimed[i]! < 0 && /\p{L}/u.test(ctx.tokens[i]!.text);
}

function tight(ctx: DocContext, a: number, b: number): boolean {
  return ctx.tokens[a]!.end === ctx.tokens[b]!.start;
}

/** "Al-Jazeera", "El-Sisi" opening a sentence: a capitalised article glued to a capitalised word. */
export function capitalGluedArticle(ctx: DocContext, i: number, to: number): boolean {
  const { tokens } = ctx;
  return i + 2 < to && GLUED.has(tokens[i]!.text.toLowerCase()) && tokens[i + 1]!.text === "-" &&
    tight(ctx, i, i + 1) && tight(ctx, i + 1, i + 2) && ctx.cap[i + 2] === 1;
}

/** "al-Bashir" from token i: a lower-case article, a tight hyphen, a capitalised word. One past it, or 0. */
export function gluedParticleEnd(ctx: DocContext, i: number, to: number): number {
  if (i + 2 >= to || ctx.cap[i]) return 0;
  const t = ctx.tokens[i]!.text;
  if (!GLUED.has(t)) return 0;
  if (ctx.tokens[i + 1]!.text !== "-" || !tight(ctx, i, i + 1) || !tight(ctx, i + 1, i + 2)) return 0;
  return capitalAt(ctx, i + 2, to) ? i + 3 : 0;
}

/** Where a name opened by a particle ends: "al-Assad said", "bin Laden's men". One past it, or 0. */
export function openingParticleEnd(ctx: DocContext, i: number, to: number): number {
  const glued = gluedParticleEnd(ctx, i, to);
  if (glued) return glued;
  return !ctx.cap[i] && PERSONAL.has(ctx.tokens[i]!.text) && capitalAt(ctx, i + 1, to) ? i + 2 : 0;
}

/**
 * Where a name run goes on at token j, after a name word, across particles: "al-Bashir",
 * "bin Salman", "ould Abdallah", "Zia-ul-Haq". One past the next name word, or 0.
 */
export function particleContinuation(ctx: DocContext, j: number, to: number): number {
  const { tokens } = ctx;
  const glued = gluedParticleEnd(ctx, j, to);
  if (glued) return glued;
  // "Zia-ul-Haq", "Saif-al-Islam": the particle between two hyphens.
  if (tokens[j]!.text === "-" && j > 0 && tight(ctx, j - 1, j) && j + 1 < to && tight(ctx, j, j + 1)) {
    return gluedParticleEnd(ctx, j + 1, to);
  }
  if (ctx.cap[j] || !SPACED.has(tokens[j]!.text)) return 0;
  // "Hamad bin Khalifa", "Mohammed bin al-Nahyan", "Vincent van Gogh".
  if (capitalAt(ctx, j + 1, to)) return j + 2;
  return gluedParticleEnd(ctx, j + 1, to);
}

/** Whether token i is a lower-case name particle (or the hyphen gluing one). */
export function isNameParticle(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!.text;
  if (ctx.cap[i]) return false;
  if (GLUED.has(t) || SPACED.has(t)) return true;
  return t === "-" && i > 0 && !ctx.cap[i - 1] && (GLUED.has(ctx.tokens[i - 1]!.text) || SPACED.has(ctx.tokens[i - 1]!.text));
}

/** Name words in [from, to), particles and their hyphens left out: "Hamad bin Khalifa al-Thani" has 3. */
export function nameWordCount(ctx: DocContext, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isNameParticle(ctx, i)) n++;
  return n;
}

/** Whether [from, to) holds a particle that marks a personal name: "Khalifa al-Thani", "Yasser bin Ali". */
export function hasPersonalParticle(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!.text;
    if (!ctx.cap[i] && (PERSONAL.has(t) || (GLUED.has(t) && gluedParticleEnd(ctx, i, to) > 0))) return true;
  }
  return false;
}
