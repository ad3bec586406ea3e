// How sure the coder is, from how complete the match is: both actors known, the object
// constraint met, a plain factual clause rather than a noun, a modal or a report.
export interface ConfidenceInput {
  sourceKnown: boolean;
  targetKnown: boolean;
  objectMatched: boolean;
  nominal: boolean;
  hypothetical: boolean;
  reported: boolean;
  negated: boolean;
}

export function confidence(c: ConfidenceInput): number {
  let v = 0.4 + (c.sourceKnown ? 0.25 : 0) + (c.targetKnown ? 0.2 : 0) + (c.objectMatched ? 0.15 : 0);
  if (c.nominal) v *= 0.9;
  if (c.hypothetical) v *= 0.8;
  if (c.reported) v *= 0.9;
  if (c.negated) v *= 0.9;
  return Math.round(Math.min(1, v) * 100) / 100;
}
