// Scoring our direct quotes against gold direct quotes of one article, and adding up over articles.
// A gold quote is found when one of our direct quotes overlaps at least half of the shorter of the
// two; the best-overlapping one is the match. Our quote counts as correct (precision) when it
// overlaps a gold direct quote the same way. The speaker is right when our speaker span overlaps the
// gold Source, or our entity has a mention overlapping it, or the normalised last names agree.
import type { AnnotatedDocument, Quote, Span } from "../types.js";
import type { GoldAttribution } from "./polnear-read.js";

export type ErrorKind = "no quote found" | "speaker missing" | "pronoun unresolved" | "wrong speaker";

export interface ErrorExample {
  article: string;
  gold: Span;
  goldSource?: Span;
  ours?: Span;
  ourSpeaker?: Span;
}

export interface QuoteScore {
  articles: number;
  goldDirect: number;
  goldWithSource: number;
  ours: number;
  oursCorrect: number;
  found: number;
  speakerRight: number;
  /** Among found gold quotes that have a Source. */
  foundWithSource: number;
  errors: Record<ErrorKind, number>;
  examples: Record<ErrorKind, ErrorExample[]>;
}

const PRONOUNS = /^(?:he|she|they|it|we|i|you|his|her|their)$/i;
const EXAMPLES = Number(process.env.EVENTWIRE_EVAL_EXAMPLES ?? 5);

export function emptyScore(): QuoteScore {
  const kinds: ErrorKind[] = ["no quote found", "speaker missing", "pronoun unresolved", "wrong speaker"];
  return {
    articles: 0, goldDirect: 0, goldWithSource: 0, ours: 0, oursCorrect: 0, found: 0, speakerRight: 0, foundWithSource: 0,
    errors: Object.fromEntries(kinds.map((k) => [k, 0])) as Record<ErrorKind, number>,
    examples: Object.fromEntries(kinds.map((k) => [k, []])) as unknown as Record<ErrorKind, ErrorExample[]>,
  };
}

export function scoreArticle(score: QuoteScore, article: string, doc: AnnotatedDocument, gold: GoldAttribution[]): void {
  score.articles++;
  const ours = doc.quotes.filter((q) => q.direct);
  score.ours += ours.length;
  score.goldDirect += gold.length;
  for (const q of ours) if (gold.some((g) => matches(q, g.content))) score.oursCorrect++;
  for (const g of gold) {
    const hasSource = g.source.length > 0;
    if (hasSource) score.goldWithSource++;
    let best: Quote | undefined;
    let bestOverlap = 0;
    for (const q of ours) {
      const o = overlap(q, g.content);
      if (o > bestOverlap && matches(q, g.content)) [best, bestOverlap] = [q, o];
    }
    if (best) score.found++;
    if (!hasSource) continue;
    const gContent = { start: g.content[0]!.start, end: g.content[g.content.length - 1]!.end };
    const goldSource = { start: g.source[0]!.start, end: g.source[g.source.length - 1]!.end };
    if (!best) {
      addError(score, "no quote found", { article, gold: gContent, goldSource });
      continue;
    }
    score.foundWithSource++;
    if (speakerRight(doc, best, g)) {
      score.speakerRight++;
      continue;
    }
    const span = best.speaker.span;
    const kind: ErrorKind = !best.speaker.name
      ? "speaker missing"
      : span && PRONOUNS.test(span.text) && !best.speaker.entity && best.speaker.name === span.text
        ? "pronoun unresolved"
        : "wrong speaker";
    addError(score, kind, { article, gold: gContent, goldSource, ours: { start: best.start, end: best.end }, ...(span ? { ourSpeaker: { start: span.start, end: span.end } } : {}) });
  }
}

function addError(score: QuoteScore, kind: ErrorKind, example: ErrorExample): void {
  score.errors[kind]++;
  if (score.examples[kind].length < EXAMPLES) score.examples[kind].push(example);
}

function overlap(a: Span, spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += Math.max(0, Math.min(a.end, s.end) - Math.max(a.start, s.start));
  return n;
}

function matches(q: Quote, content: readonly Span[]): boolean {
  const o = overlap(q, content);
  const goldLength = content.reduce((n, s) => n + s.end - s.start, 0);
  return o > 0 && o >= 0.5 * Math.min(q.end - q.start, goldLength);
}

function speakerRight(doc: AnnotatedDocument, q: Quote, g: GoldAttribution): boolean {
  const span = q.speaker.span;
  if (span && overlap(span, g.source) > 0) return true;
  if (q.speaker.entity && doc.mentions.some((m) => m.entity === q.speaker.entity && overlap(m, g.source) > 0)) return true;
  const goldName = g.source.map((s) => doc.text.slice(s.start, s.end)).join(" ");
  const a = lastName(q.speaker.name);
  return a !== "" && a === lastName(goldName);
}

/** The last word of a name, folded: "Sen. Elizabeth Warren’s" -> "warren". Pronouns give "". */
export function lastName(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/['’]s\b/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  const last = words[words.length - 1] ?? "";
  return PRONOUNS.test(last) ? "" : last;
}
