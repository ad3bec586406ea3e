// A tiny deterministic coder for archive tests: "Ecuador condemned Mexico." style sentences
// become events, so the store and queries are tested without the real coder's data or speed.
import type { CodedDocument, CodedEvent } from "../../../src/coding/types.js";
import type { CodeFn } from "../../../src/ingest/pipeline.js";
import type { Sentence } from "../../../src/types.js";

const COUNTRIES: Record<string, string> = {
  Ecuador: "ECU", Ecuadorian: "ECU", Mexico: "MEX", Mexican: "MEX", Kenya: "KEN", China: "CHN", Chinese: "CHN", Russia: "RUS", Ukraine: "UKR",
};
const NAMES = new RegExp(`\\b(${Object.keys(COUNTRIES).join("|")})\\b`, "g");
const VERB = /\b(condemned|met|attacked|raided)\b/;

/** The first country named in the text, or undefined. */
function country(text: string): string | undefined {
  const m = [...text.matchAll(NAMES)][0];
  return m ? m[1] : undefined;
}
const VERBS: Record<string, { cameo: string; plover: string; goldstein: number; quad: 1 | 2 | 3 | 4 }> = {
  condemned: { cameo: "111", plover: "ACCUSE", goldstein: -2, quad: 3 },
  met: { cameo: "040", plover: "CONSULT", goldstein: 1, quad: 1 },
  attacked: { cameo: "190", plover: "ASSAULT", goldstein: -10, quad: 4 },
  raided: { cameo: "171", plover: "COERCE", goldstein: -9.2, quad: 4 },
};

export const FAKE_CODER_VERSION = "fake-coder-1";

export const fakeCoder: CodeFn = (text, meta) => {
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0].trim();
    if (!s) continue;
    const start = m.index! + m[0].indexOf(s);
    sentences.push({ index: sentences.length, start, end: start + s.length, text: s, tokenStart: 0, tokenEnd: 0 });
  }
  const language = /\b(le|la|les|des)\b/.test(text) ? "fra" : "eng";
  const published = meta.published ?? "2024-01-01";
  const events: CodedEvent[] = [];
  if (language === "eng") {
    for (const s of sentences) {
      const verb = VERB.exec(s.text);
      if (!verb) continue;
      const src = country(s.text.slice(0, verb.index));
      const tgt = country(s.text.slice(verb.index + verb[0].length));
      if (!src || !tgt) continue;
      const v = VERBS[verb[1]!]!;
      const trigger = { start: s.start + verb.index, end: s.start + verb.index + verb[0].length, text: verb[0] };
      events.push({
        id: `ev${events.length + 1}`, sentence: s.index, mentions: [s.index], date: published, dateGranularity: "day",
        source: [{ text: src, code: COUNTRIES[src]!, country: COUNTRIES[src]! }],
        target: [{ text: tgt, code: COUNTRIES[tgt]!, country: COUNTRIES[tgt]! }],
        cameo: v.cameo, root: v.cameo.slice(0, 2), plover: { type: v.plover, context: [] }, goldstein: v.goldstein, quadClass: v.quad,
        evidence: { trigger }, rule: `fake-${verb[1]}`, negated: false, hypothetical: false, reported: false, confidence: 0.9,
      });
    }
  }
  const doc: CodedDocument = {
    text, published, language, sentences, tokens: [], mentions: [], entities: [], dates: [], quotes: [], events,
    coder: FAKE_CODER_VERSION, ...(meta.url ? { url: meta.url } : {}), ...(meta.title ? { title: meta.title } : {}),
  };
  if (language !== "eng") doc.skipped = `language "${language}" is not English`;
  return doc;
};
