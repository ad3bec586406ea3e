// Runs of capitalised words ("Bank of England", "Andrés Manuel López Obrador", "al-Assad"),
// the raw material of the name recognisers. Connectors and hyphens join capitalised words;
// sentence openers and calendar words are trimmed off the edges.
import type { DocContext } from "./context.js";
import { capitalGluedArticle, openingParticleEnd, particleContinuation } from "./particles.js";

export interface Run { first: number; last: number }

const AGENT_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ists|ians|ents|ants|ors|ees)$/u;
const NOT_NAME_POS = new Set(["ADJ", "ADV", "VERB", "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "NUM"]);
const COMMON_NOUN_ENDING = /(?:tions?|sions?|ments?|ities|ness|ships?|isms?)$/;
const OPENING = new Set(["\"", "“", "'", "‘", "(", "[", "-", "—", "–", ":"]);

/** Whether token i can start a name at the start of a sentence (capitalised there anyway). */
function plausibleOpener(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const lower = t.text.toLowerCase();
  if (ctx.words.commonWords.has(lower)) return false;
  if (ctx.words.givenNames.has(lower) || capitalGluedArticle(ctx, i, ctx.tokens.length)) return true;
  if (ctx.lexicon.longest(ctx.keys, i, i + 1)) return true;
  if (ctx.lowerSeen.has(lower)) return false;
  // "Tensions rose...": abstract-noun endings, or the plural of a word the text uses in lower case.
  if (COMMON_NOUN_ENDING.test(lower)) return false;
  if (lower.endsWith("s") && (ctx.lowerSeen.has(lower.slice(0, -1)) || (lower.endsWith("es") && ctx.lowerSeen.has(lower.slice(0, -2))))) return false;
  const next = ctx.tokens[i + 1];
  // "Quarter-final", "Anti-government": a capitalised first part of a compound is no name.
  if (next && next.text === "-" && next.start === t.end && ctx.tokens[i + 2] && !ctx.cap[i + 2]) return false;
  if (NOT_NAME_POS.has(t.pos)) return false;
  return t.pos === "PROPN" || (next !== undefined && ctx.cap[i + 1] === 1 && next.sentence === t.sentence);
}

function atSentenceStart(ctx: DocContext, i: number, sentenceStart: number): boolean {
  let j = i - 1;
  while (j >= sentenceStart && OPENING.has(ctx.tokens[j]!.text)) j--;
  return j < sentenceStart;
}

function nameToken(ctx: DocContext, i: number): boolean {
  return ctx.cap[i] === 1 && ctx.claimed[i]! < 0 && /\p{L}/u.test(ctx.tokens[i]!.text);
}

/** Capitalised runs in tokens [from, to) that are not yet claimed. */
export function capitalisedRuns(ctx: DocContext, from: number, to: number): Run[] {
  const runs: Run[] = [];
  const { tokens, words } = ctx;
  let i = from;
  while (i < to) {
    // "al-Assad", "bin Laden": a particle may open a name before a capital.
    const particleEnd = openingParticleEnd(ctx, i, to);
    const particle = particleEnd > 0;
    if (!nameToken(ctx, i) && !particle) { i++; continue; }
    let j = particle ? particleEnd : i + 1;
    while (j < to) {
      if (nameToken(ctx, j)) { j++; continue; }
      // "Omar al-Bashir", "Hamad bin Khalifa al-Thani", "Ahmed ould Abdallah": particles inside a name.
      const across = particleContinuation(ctx, j, to);
      if (across) { j = across; continue; }
      const t = tokens[j]!.text;
      // Hyphen or ampersand tight between capitals: "Guinea-Bissau", "AT&T", "Procter & Gamble".
      if ((t === "-" || t === "&") && j + 1 < to && nameToken(ctx, j + 1) && (t === "&" || tokens[j]!.start === tokens[j - 1]!.end)) { j += 2; continue; }
      // A possessive inside a known name: "Democratic People's Republic of Korea".
      if ((t === "'s" || t === "’s") && (ctx.lexicon.longest(ctx.keys, i, to)?.end ?? 0) > j + 1) {
        j = ctx.lexicon.longest(ctx.keys, i, to)!.end;
        continue;
      }
      // "Ban Ki-moon", "Kim Jong-un": a dictionary name whose hyphenated part goes on in lower case.
      if (t === "-" && j + 1 < to && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]!.start === tokens[j]!.end &&
        (ctx.lexicon.longest(ctx.keys, i, to)?.end ?? 0) >= j + 2) {
        j = ctx.lexicon.longest(ctx.keys, i, to)!.end;
        continue;
      }
      // Connectors: "Bank of England", "Ali bin Hussein", "University of the West Indies".
      // "and" only inside an organisation's name: "Organisation for Security and Cooperation".
      if (words.connectors.has(t) && (t !== "and" || hasOrgKeyword(ctx, i, j))) {
        let k = j + 1;
        if (k < to && (tokens[k]!.text === "the" || words.connectors.has(tokens[k]!.text)) && k + 1 < to) k++;
        if (k < to && nameToken(ctx, k)) { j = k + 1; continue; }
      }
      break;
    }
    // "World Cup", "Kyoto Protocol", "Deutsche Mark": events, laws and currencies are no entity here.
    if (j - i >= 2 && (words.miscHeads.has(tokens[j - 1]!.text.toLowerCase()) || words.miscEvents.has(tokens[i]!.text.toLowerCase()))) {
      i = j;
      continue;
    }
    let first = i;
    let last = j;
    // Trim sentence openers and calendar or common words off the edges.
    const sentenceStart = ctx.doc.sentences[tokens[i]!.sentence]!.tokenStart;
    while (first < last) {
      // "Red Cross", "White House", "Black Sea": a dictionary name keeps its common first word.
      if ((ctx.lexicon.longest(ctx.keys, first, last)?.end ?? 0) > first + 1) break;
      const lower = tokens[first]!.text.toLowerCase().replace(/\.$/, "");
      const opener = atSentenceStart(ctx, first, sentenceStart);
      if (words.commonWords.has(lower) || (opener && !plausibleOpener(ctx, first)) || words.connectors.has(tokens[first]!.text) && !particle) first++;
      else if (first > i && tokens[first]!.text === "-") first++; // what is left of "Anti-Western" once "Anti" is trimmed
      else break;
    }
    while (last > first) {
      // "Human Rights Watch": a dictionary name keeps its common last word.
      if ((ctx.lexicon.longest(ctx.keys, first, last)?.end ?? 0) === last && last > first + 1) break;
      const t = tokens[last - 1]!.text;
      const lower = t.toLowerCase().replace(/\.$/, "");
      if ((words.commonWords.has(lower) && !words.orgKeywords.has(lower)) || words.connectors.has(t) || t === "-" || t === "&") last--;
      else break;
    }
    if (last - first === 1 && (words.aloneWords.has(tokens[first]!.text.toLowerCase()) || tokens[first]!.text.includes("$"))) first = last;
    // "Bankers said ...", "Protesters gathered ...": a lone plural noun of agents opening a sentence.
    if (last - first === 1 && atSentenceStart(ctx, first, sentenceStart) && AGENT_PLURAL.test(tokens[first]!.text) &&
      !ctx.lexicon.longest(ctx.keys, first, first + 1) && !capitalisedInside(ctx, first)) first = last;
    if (first < last) runs.push({ first, last });
    i = j;
  }
  return runs;
}

function hasOrgKeyword(ctx: DocContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.words.orgKeywords.has(ctx.tokens[i]!.text.toLowerCase())) return true;
  return false;
}

/** Whether the word at i is also written capitalised somewhere other than a sentence start. */
function capitalisedInside(ctx: DocContext, i: number): boolean {
  const text = ctx.tokens[i]!.text;
  for (let j = 0; j < ctx.tokens.length; j++) {
    if (j === i || ctx.tokens[j]!.text !== text) continue;
    const start = ctx.doc.sentences[ctx.tokens[j]!.sentence]!.tokenStart;
    if (!atSentenceStart(ctx, j, start)) return true;
  }
  return false;
}
