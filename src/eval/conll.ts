// Reading CoNLL-2003 named-entity files (`word POS chunk tag` per line, IOB2 tags,
// blank lines between sentences, -DOCSTART- between documents) and rebuilding each
// document's text: tokens joined by spaces, one sentence per line, with token offsets.
import { InputError } from "../errors.js";

export interface GoldSpan {
  /** Character offsets into the rebuilt document text, end exclusive. */
  start: number;
  end: number;
  type: string;
  text: string;
}

export interface ConllDocument {
  /** 1-based position of the document in the file. */
  index: number;
  text: string;
  /** Start and end offset of every token, in order. */
  tokenStarts: number[];
  tokenEnds: number[];
  gold: GoldSpan[];
}

export function parseConll(content: string, name = "gold file"): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let sentences: Array<Array<{ word: string; tag: string }>> = [];
  let sentence: Array<{ word: string; tag: string }> = [];
  const flushSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const flushDoc = () => {
    flushSentence();
    if (sentences.length) docs.push(buildDocument(docs.length + 1, sentences));
    sentences = [];
  };
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) { flushSentence(); continue; }
    const parts = line.split(/\s+/);
    if (parts[0] === "-DOCSTART-") { flushDoc(); continue; }
    if (parts.length < 2) throw new InputError(`line ${n + 1} of ${name}`, `expected "word POS chunk tag", got "${line}"`);
    const tag = parts[parts.length - 1]!;
    if (!/^(O|[BI]-[A-Z]+)$/.test(tag)) {
      throw new InputError(`line ${n + 1} of ${name}`, `"${tag}" is not an IOB tag; write O, B-TYPE or I-TYPE (e.g. B-PER)`);
    }
    sentence.push({ word: parts[0]!, tag });
  }
  flushDoc();
  return docs;
}

function buildDocument(index: number, sentences: Array<Array<{ word: string; tag: string }>>): ConllDocument {
  let text = "";
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  const gold: GoldSpan[] = [];
  for (const s of sentences) {
    if (text) text += "\n";
    let open: GoldSpan | undefined;
    s.forEach(({ word, tag }, i) => {
      if (i > 0) text += " ";
      const start = text.length;
      text += word;
      tokenStarts.push(start);
      tokenEnds.push(text.length);
      const type = tag.slice(2);
      // IOB1 files start entities with I- too: a type change also opens a new span.
      if (tag === "O" || tag.startsWith("B-") || (open && open.type !== type)) {
        if (open) gold.push(open);
        open = undefined;
      }
      if (tag !== "O") {
        if (open) { open.end = text.length; open.text = text.slice(open.start, open.end); }
        else open = { start, end: text.length, type, text: word };
      }
    });
    if (open) gold.push(open);
  }
  return { index, text, tokenStarts, tokenEnds, gold };
}

/** Snaps a character span outwards to whole tokens, so a mention inside "al-Assad" still scores. */
export function snapToTokens(doc: ConllDocument, start: number, end: number): { start: number; end: number } {
  const { tokenStarts, tokenEnds } = doc;
  let lo = 0;
  let hi = tokenStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokenStarts[mid]! <= start) lo = mid; else hi = mid - 1;
  }
  let last = lo;
  while (last + 1 < tokenStarts.length && tokenStarts[last + 1]! < end) last++;
  return { start: tokenStarts[lo]!, end: Math.max(tokenEnds[last]!, end) };
}
