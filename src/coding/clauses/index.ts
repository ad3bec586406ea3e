// Clause structure for every sentence of a document.
import type { Sentence, Token } from "../../types.js";
import { buildSentence } from "./build.js";
import { retag } from "./retag.js";
import { lowerTexts } from "./context.js";
import type { SentenceStructure } from "./types.js";

export interface ClauseVocabulary {
  /** Verb lemmas the lexicon triggers on (to repair tagger slips on them). */
  verbs: ReadonlySet<string>;
  /** Event nouns ("arrest", "rupture"). */
  nouns: ReadonlySet<string>;
}

/** `names`: token indexes inside multi-word names ("Red Cross", "Workers' Party"), which the tagger
 *  may read as verbs; they are names whatever their tag. */
export function analyzeSentence(tokens: readonly Token[], sentence: Sentence, vocab: ClauseVocabulary, clauseBase = 0,
  names?: ReadonlySet<number>): SentenceStructure {
  const low = lowerTexts(tokens);
  const tags = retag(tokens, sentence.tokenStart, sentence.tokenEnd, (l) => vocab.verbs.has(l), !!sentence.headline, low);
  // "Demonstrations by students turned violent": a capitalised event noun opening the sentence.
  const opener = tags[0];
  if (opener && opener.pos === "PROPN" && !names?.has(sentence.tokenStart)) {
    const word = low[sentence.tokenStart]!;
    const noun = vocab.nouns.has(word) ? word : word.endsWith("s") && vocab.nouns.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
    if (noun) {
      opener.pos = "NOUN";
      opener.lemma = noun;
    }
  }
  if (names) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = tags[i - sentence.tokenStart]!;
      if (names.has(i) && (t.pos === "VERB" || t.pos === "AUX")) t.pos = "PROPN";
    }
  }
  const ctx = { tokens, tags, low, from: sentence.tokenStart, to: sentence.tokenEnd };
  return buildSentence(ctx, sentence.index, vocab.nouns, clauseBase);
}

/** All sentences; clause indexes run through the document. */
export function analyzeDocument(tokens: readonly Token[], sentences: readonly Sentence[], vocab: ClauseVocabulary): SentenceStructure[] {
  const out: SentenceStructure[] = [];
  let base = 0;
  for (const s of sentences) {
    const st = analyzeSentence(tokens, s, vocab, base);
    base += st.clauses.length;
    out.push(st);
  }
  return out;
}

export type { Clause, ClauseRole, Nominal, Phrase, SentenceStructure, VerbGroup } from "./types.js";
