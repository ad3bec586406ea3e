// Sentences and tagged tokens with character offsets, from wink-nlp's English model.
// wink gives tokens without offsets, so we align each token to the text in order;
// then we repair the sentence splits news text needs (abbreviations, paragraph breaks).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Pos, Sentence, Token } from "../types.js";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** Abbreviations that end in a period but rarely end a sentence in news text. */
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev st sr jr dept corp inc ltd co " +
    "no vs jan feb mar apr aug sep sept oct nov dec u.s u.n u.k e.u mt ft pres amb hon")
    .split(" "),
);

export interface Segmented {
  sentences: Sentence[];
  tokens: Token[];
}

interface RawToken {
  start: number;
  end: number;
  text: string;
  lemma: string;
  pos: Pos;
}

export function segment(text: string): Segmented {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const poses = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  // Align wink tokens to character offsets; drop whitespace tokens but remember sentence ends.
  const raw: RawToken[] = [];
  const rawIndexOf: number[] = new Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (/^\s*$/.test(value)) continue;
    let at = text.indexOf(value, cursor);
    if (at < 0) at = cursor; // wink never rewrites text, but stay safe
    const end = at + value.length;
    cursor = end;
    rawIndexOf[i] = raw.length;
    raw.push({ start: at, end, text: value, lemma: fixLemma(value, lemmas[i] ?? value, poses[i] ?? "X"), pos: (poses[i] ?? "X") as Pos });
  }

  // Sentence boundaries as raw-token indexes.
  const starts = new Set<number>();
  for (const [first] of spans) {
    for (let i = first; i < values.length; i++) {
      if (rawIndexOf[i]! >= 0) {
        starts.add(rawIndexOf[i]!);
        break;
      }
    }
  }
  starts.add(0);
  // Paragraph breaks always end a sentence (headlines, datelines, list items).
  for (let i = 1; i < raw.length; i++) {
    const gap = text.slice(raw[i - 1]!.end, raw[i]!.start);
    if (/\n\s*\n/.test(gap) || (/\n/.test(gap) && !/[,;:]$/.test(raw[i - 1]!.text))) starts.add(i);
  }
  // Undo splits after abbreviations and initials when the next word is not a sentence opener.
  for (const s of [...starts]) {
    if (s === 0) continue;
    const prev = raw[s - 1]!;
    const prevWord = prev.text === "." && s >= 2 ? raw[s - 2]!.text : prev.text.replace(/\.$/, "");
    const gap = text.slice(prev.end, raw[s]!.start);
    if (/\n/.test(gap)) continue;
    const endsWithPeriod = prev.text.endsWith(".") || prev.text === ".";
    if (!endsWithPeriod) continue;
    const key = prevWord.toLowerCase().replace(/\.$/, "");
    const initial = /^[A-Z]$/.test(prevWord);
    if ((ABBREVIATIONS.has(key) || initial) && /^[A-Z0-9]/.test(raw[s]!.text) && !isOpener(raw[s]!.text)) {
      starts.delete(s);
    }
  }

  const ordered = [...starts].filter((s) => s < raw.length).sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const from = ordered[k]!;
    const to = k + 1 < ordered.length ? ordered[k + 1]! : raw.length;
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (let i = from; i < to; i++) {
      const r = raw[i]!;
      tokens.push({ index: tokens.length, start: r.start, end: r.end, text: r.text, lemma: r.lemma, pos: r.pos, sentence: index });
    }
    const start = raw[from]!.start;
    const end = raw[to - 1]!.end;
    const after = text.slice(end, to < raw.length ? raw[to]!.start : text.length);
    const last = raw[to - 1]!.text;
    const headline = !/[.!?"”’)\]]$/.test(last) && (/\n\s*\n/.test(after) || to === raw.length) && to - from <= 30;
    sentences.push({ index, start, end, text: text.slice(start, end), tokenStart, tokenEnd: tokens.length, ...(headline ? { headline } : {}) });
  }
  return { sentences, tokens };
}

function isOpener(word: string): boolean {
  return /^(The|A|An|He|She|It|They|We|I|This|That|These|Those|But|And|In|On|At|Meanwhile|However)$/.test(word);
}

// wink lemmatises some proper names as common words ("Vice" -> "vise"): names keep their form.
function fixLemma(value: string, lemma: string, pos: string): string {
  return pos === "PROPN" ? value.toLowerCase() : lemma.toLowerCase();
}
