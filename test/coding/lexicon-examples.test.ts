// Runs every example sentence of every lexicon entry through the coder: the entry must fire
// with the expected code, actors and flags, and must stay silent on its counter-examples.
// Failures are listed per entry; the test holds the whole lexicon to a pass-rate floor.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../../src/annotate.js";
import { defaultCodebook } from "../../src/coding/codebook.js";
import { createCoder } from "../../src/coding/coder.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import type { LexiconEntry, LexiconExample } from "../../src/coding/lexicon/schema.js";
import type { Knowledge } from "../../src/actors/knowledge/types.js";
import type { CodedEvent } from "../../src/coding/types.js";
import type { AnnotatedDocument } from "../../src/types.js";
import { bareDocument, testKnowledge } from "./coder-kit.js";

/** Share of examples that must pass: the floor measured when this test was written (77.5-80.5% as the recogniser changed).
 * The goal is 0.9; raise it as the lexicon data and the coder are tuned (failures are printed). */
const PASS_RATE = 0.85;
const PUBLISHED = "2024-04-06";

function documentFor(text: string): AnnotatedDocument {
  try {
    return annotate(text, { published: PUBLISHED, knowledge: testKnowledge() as Knowledge });
  } catch {
    return bareDocument(text, PUBLISHED);
  }
}

const prefix = (codes: string[], want: string) => codes.some((c) => c.startsWith(want));

/** Why the example fails, or undefined when it passes. */
export function checkExample(entry: LexiconEntry, ex: LexiconExample, events: CodedEvent[]): string | undefined {
  const cameo = ex.cameo ?? entry.cameo;
  const fired = events.filter((e) => e.rule === entry.id || (ex.cameo !== undefined && e.cameo === ex.cameo));
  if (!ex.fires) {
    const wrong = events.filter((e) => e.rule === entry.id);
    return wrong.length ? `fired on a counter-example (${wrong.map((e) => e.cameo).join(", ")})` : undefined;
  }
  const show = events.map((e) => `${e.rule}:${e.cameo} ${e.source.map((a) => a.code || "?").join("+") || "-"}->${e.target.map((a) => a.code || "?").join("+") || "-"}`).join("; ");
  if (fired.length === 0) return `did not fire (got: ${show || "no events"})`;
  const ok = fired.filter((e) => e.cameo === cameo);
  if (ok.length === 0) return `code ${fired.map((e) => e.cameo).join(",")} instead of ${cameo}`;
  const reasons: string[] = [];
  for (const e of ok) {
    const r: string[] = [];
    if (ex.source && !prefix(e.source.map((a) => a.code), ex.source)) r.push(`source ${e.source.map((a) => a.code || "?").join("+") || "none"} instead of ${ex.source}`);
    if (ex.target && !prefix(e.target.map((a) => a.code), ex.target)) r.push(`target ${e.target.map((a) => a.code || "?").join("+") || "none"} instead of ${ex.target}`);
    if (ex.negated !== undefined && e.negated !== ex.negated) r.push(`negated ${e.negated}`);
    if (ex.hypothetical !== undefined && e.hypothetical !== ex.hypothetical) r.push(`hypothetical ${e.hypothetical}`);
    if (r.length === 0) return undefined;
    reasons.push(r.join(", "));
  }
  return reasons[0];
}

describe("lexicon examples", () => {
  it(`pass for at least ${PASS_RATE * 100}% of the examples`, () => {
    const lexicon = defaultLexicon();
    const coder = createCoder({ entries: lexicon.entries, codebook: defaultCodebook(), knowledge: testKnowledge() });
    const failures: string[] = [];
    let total = 0;
    for (const entry of lexicon.entries) {
      for (const ex of entry.examples) {
        total++;
        const why = checkExample(entry, ex, coder.code(documentFor(ex.text)));
        if (why) failures.push(`${entry.id} (${entry.cameo}) "${ex.text}": ${why}`);
      }
    }
    const rate = total ? (total - failures.length) / total : 1;
    const report = `${total - failures.length}/${total} examples pass (${(rate * 100).toFixed(1)}%)`;
    if (failures.length) console.log(`${report}; failures:\n  ${failures.join("\n  ")}`);
    assert.ok(rate >= PASS_RATE, `${report}, below ${PASS_RATE * 100}%:\n  ${failures.join("\n  ")}`);
  });
});
