// Exact-span scoring of predicted entity spans against gold, per type and micro-averaged,
// with the most frequent false positives and negatives by surface form.

export interface Span { start: number; end: number; type: string; text: string }

export interface TypeScore { type: string; gold: number; predicted: number; correct: number; precision: number; recall: number; f1: number }

export class SpanScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  readonly falsePositives = new Map<string, number>();
  readonly falseNegatives = new Map<string, number>();

  add(gold: readonly Span[], predicted: readonly Span[]): void {
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const g of gold) {
      const c = this.count(g.type);
      c.gold++;
      if (predKeys.has(key(g))) c.correct++;
      else bump(this.falseNegatives, `${g.type} ${g.text}`);
    }
    for (const p of predicted) {
      this.count(p.type).predicted++;
      if (!goldKeys.has(key(p))) bump(this.falsePositives, `${p.type} ${p.text}`);
    }
  }

  private count(type: string) {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  }

  score(type: string): TypeScore {
    const c = this.counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    return { type, ...c, ...prf(c.correct, c.predicted, c.gold) };
  }

  micro(types: readonly string[]): TypeScore {
    const sum = { gold: 0, predicted: 0, correct: 0 };
    for (const t of types) {
      const c = this.counts.get(t);
      if (!c) continue;
      sum.gold += c.gold; sum.predicted += c.predicted; sum.correct += c.correct;
    }
    return { type: "micro", ...sum, ...prf(sum.correct, sum.predicted, sum.gold) };
  }
}

export function prf(correct: number, predicted: number, gold: number) {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export function top(m: Map<string, number>, n: number): Array<{ text: string; count: number }> {
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([text, count]) => ({ text, count }));
}
