// In sports coverage a city or region in a team's position names the team: "Leeds 2
// Chelsea 1", "Somerset beat Kent", "Ajax v PSV". Countries stay places (national sides).
import type { DocContext } from "../recognize/context.js";

const MIN_CUES = 2;

export function isSportsDocument(ctx: DocContext): boolean {
  const seen = new Set<string>();
  for (const t of ctx.tokens) {
    const lower = t.text.toLowerCase();
    if (ctx.words.sportsCues.has(lower) && seen.add(lower).size >= MIN_CUES) return true;
  }
  return false;
}

// Scorecard notation around a player: "Gough c Stewart b Croft", "lbw b Mullally".
const PLAYER_MARKS = new Set(["c", "b", "st", "lbw", "c&b"]);

export function sportsTeams(ctx: DocContext): void {
  if (!ctx.sports) return;
  const { tokens, words } = ctx;
  const names = personNameParts(ctx);
  for (const c of ctx.candidates) {
    if (c.kind !== "name" || !(c.type === "PLACE" || (c.strength < 2 && c.type !== "NORP"))) continue;
    const sentence = tokens[c.first]!.sentence;
    const next = c.last < tokens.length && tokens[c.last]!.sentence === sentence ? tokens[c.last]! : undefined;
    const prev = c.first > 0 && tokens[c.first - 1]!.sentence === sentence ? tokens[c.first - 1]! : undefined;
    const nextLower = next?.text.toLowerCase();
    const prevLower = prev?.text.toLowerCase();
    const key = ctx.keys.slice(c.first, c.last).join(" ");
    if (c.type !== "PLACE" && names.has(key)) continue;
    // A player: scorecard marks, or a nationality in brackets after the name ("Els ( South Africa )").
    const bracketCountry = nextLower === "(" && c.last + 1 < tokens.length && isCountry(ctx, c.last + 1);
    if (c.type !== "PLACE" && ((prevLower && PLAYER_MARKS.has(prevLower)) || (nextLower && PLAYER_MARKS.has(nextLower)) || bracketCountry)) {
      c.type = "PERSON";
      c.strength = 2;
      continue;
    }
    // A place before numbers is a team in a score or a table row; a person before numbers
    // is an athlete's result, so an unknown name needs a real score: "Ajax 2 PSV 1".
    const num = (i: number) => i < tokens.length && tokens[i]!.sentence === sentence && /^\d{1,3}$/.test(tokens[i]!.text);
    const scoreAfter = num(c.last) && (c.type === "PLACE" ||
      (c.last + 1 < tokens.length && tokens[c.last + 1]!.sentence === sentence && ctx.cap[c.last + 1] === 1) ||
      (c.first > 0 && num(c.first - 1)));
    // "at" marks a fixture only in capitals listings: "KANSAS CITY AT NEW YORK".
    const fixtureAt = ctx.allCaps[c.first] === 1;
    const verbAround = (nextLower !== undefined && words.teamVerbs.has(nextLower) && (nextLower !== "at" || fixtureAt)) ||
      (prevLower !== undefined && words.teamVerbs.has(prevLower) && (prevLower !== "at" || fixtureAt) && prevLower !== "over");
    // "at Headingley", "at Old Trafford": an unknown name after "at" is the ground.
    if (c.type !== "PLACE" && c.strength < 1 && prevLower === "at" && !fixtureAt) {
      c.type = "PLACE";
      c.strength = 1;
      continue;
    }
    if (scoreAfter || verbAround) {
      c.type = "ORGANIZATION";
      c.strength = 3.5;
      delete c.place;
    } else if (c.type === "PLACE" && !ctx.allCaps[c.first] && !(prevLower && words.placePrepositions.has(prevLower)) &&
      !(next && /^\d{4}-\d{2}-\d{2}$/.test(next.text))) {
      // Counties and towns named bare in sports copy are mostly the clubs.
      c.type = "ORGANIZATION";
      c.strength = 2.5;
      delete c.place;
    }
  }
}

function isCountry(ctx: DocContext, i: number): boolean {
  const owner = ctx.claimed[i]!;
  return owner >= 0 && ctx.candidates[owner]!.type === "COUNTRY";
}

/** First names and surnames of the people named in full in the document. */
export function personNameParts(ctx: DocContext): Set<string> {
  const parts = new Set<string>();
  for (const c of ctx.candidates) {
    if (c.type !== "PERSON" || c.kind !== "name" || c.last - c.first < 2 || c.strength < 1) continue;
    parts.add(ctx.keys[c.first]!);
    parts.add(ctx.keys[c.last - 1]!);
  }
  return parts;
}
