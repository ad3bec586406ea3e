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

export function segment(text: string): Segmented {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const poses = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;

  // Align wink tokens to character offsets; drop whitespace tokens but remember sentence ends.
  // Tokens are built once, in their final shape (sentence filled in below), to spare the
  // garbage collector a second copy of every token.
  const tokens: Token[] = [];
  const rawIndexOf: number[] = new Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value.trim() === "") continue; // same as /^\s*$/: trim strips exactly what \s matches
    let at = text.indexOf(value, cursor);
    if (at < 0) at = cursor; // wink never rewrites text, but stay safe
    const end = at + value.length;
    cursor = end;
    rawIndexOf[i] = tokens.length;
    const pos = poses[i] ?? "X";
    tokens.push({ index: tokens.length, start: at, end, text: value, lemma: fixLemma(value, lemmas[i] ?? value, pos), pos: pos as Pos, sentence: -1 });
  }

  // Sentence boundaries as token indexes.
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
  // Paragraph breaks always end a sentence (headlines, datelines, list items). Only gaps that hold a
  // newline can break, so we track the next newline instead of slicing and testing every gap.
  let newline = text.indexOf("\n");
  for (let i = 1; i < tokens.length && newline >= 0; i++) {
    const prevEnd = tokens[i - 1]!.end;
    if (newline < prevEnd) newline = text.indexOf("\n", prevEnd);
    if (newline < 0 || newline >= tokens[i]!.start) continue;
    const gap = text.slice(prevEnd, tokens[i]!.start);
    if (/\n\s*\n/.test(gap) || !/[,;:]$/.test(tokens[i - 1]!.text)) starts.add(i);
  }
  // Undo splits after abbreviations and initials when the next word is not a sentence opener.
  for (const s of [...starts]) {
    if (s === 0) continue;
    const prev = tokens[s - 1]!;
    const prevWord = prev.text === "." && s >= 2 ? tokens[s - 2]!.text : prev.text.replace(/\.$/, "");
    const gap = text.slice(prev.end, tokens[s]!.start);
    if (/\n/.test(gap)) continue;
    const endsWithPeriod = prev.text.endsWith(".") || prev.text === ".";
    if (!endsWithPeriod) continue;
    const key = prevWord.toLowerCase().replace(/\.$/, "");
    const initial = /^[A-Z]$/.test(prevWord);
    if ((ABBREVIATIONS.has(key) || initial) && /^[A-Z0-9]/.test(tokens[s]!.text) && !isOpener(tokens[s]!.text)) {
      starts.delete(s);
    }
  }

  const ordered = [...starts].filter((s) => s < tokens.length).sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const from = ordered[k]!;
    const to = k + 1 < ordered.length ? ordered[k + 1]! : tokens.length;
    const index = sentences.length;
    for (let i = from; i < to; i++) tokens[i]!.sentence = index;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const after = text.slice(end, to < tokens.length ? tokens[to]!.start : text.length);
    const last = tokens[to - 1]!.text;
    const headline = !/[.!?"”’)\]]$/.test(last) && (/\n\s*\n/.test(after) || to === tokens.length) && to - from <= 30;
    sentences.push({ index, start, end, text: text.slice(start, end), tokenStart: from, tokenEnd: to, ...(headline ? { headline } : {}) });
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
