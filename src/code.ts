// code(text, options): annotate the text, then run the event coder over it.
import { annotate, type AnnotateOptions } from "./annotate.js";
import { packageVersion } from "./package-root.js";
import { defaultKnowledge } from "./actors/knowledge/load.js";
import { defaultCodebook, type Codebook } from "./coding/codebook.js";
import { createCoder, type Coder } from "./coding/coder.js";
import { refineEvents } from "./coding/refine/index.js";
import { refineContext } from "./coding/refine/context.js";
import { defaultLexicon } from "./coding/lexicon/load.js";
import type { LexiconEntry } from "./coding/lexicon/schema.js";
import type { CodedDocument } from "./coding/types.js";
import type { ActorKnowledge } from "./coding/actors/knowledge.js";
import type { PlaceLookup } from "./coding/events/when-where.js";
import type { AnnotatedDocument } from "./types.js";

/** A lexicon as the loader gives it: entries plus a short fingerprint of their content. */
export interface LexiconLike {
  readonly entries: readonly LexiconEntry[];
  readonly fingerprint: string;
}

export interface CodeOptions extends AnnotateOptions {
  /** Event lexicon; the built-in one by default (see loadLexicon for users' own files). */
  lexicon?: LexiconLike;
  /** CAMEO/PLOVER codebook; the built-in one by default. */
  codebook?: Codebook;
}

/** "eventwire-0.1.0+lexicon-1a2b3c4d5e6f": what produced a stored result. */
export function coderVersion(lexicon: LexiconLike): string {
  return `eventwire-${packageVersion()}+lexicon-${lexicon.fingerprint}`;
}

// A coder per (lexicon, codebook, knowledge): indexing the lexicon is done once.
const coders = new WeakMap<object, WeakMap<object, WeakMap<object, Coder>>>();

function coderFor(lexicon: LexiconLike, codebook: Codebook, knowledge: ActorKnowledge & PlaceLookup): Coder {
  let byBook = coders.get(lexicon);
  if (!byBook) coders.set(lexicon, (byBook = new WeakMap()));
  let byKb = byBook.get(codebook);
  if (!byKb) byBook.set(codebook, (byKb = new WeakMap()));
  let coder = byKb.get(knowledge);
  if (!coder) byKb.set(knowledge, (coder = createCoder({ entries: lexicon.entries, codebook, knowledge })));
  return coder;
}

export function code(text: string, options: CodeOptions = {}): CodedDocument {
  const knowledge = options.knowledge ?? defaultKnowledge();
  const { lexicon, codebook, ...annotateOptions } = options;
  const doc = annotate(text, { ...annotateOptions, knowledge });
  return codeDocument(doc, { knowledge, ...(lexicon ? { lexicon } : {}), ...(codebook ? { codebook } : {}) });
}

export interface CodeDocumentOptions {
  lexicon?: LexiconLike;
  codebook?: Codebook;
  /** Actor knowledge (the full one, or the part the coder reads). */
  knowledge?: ActorKnowledge & PlaceLookup;
}

/** Codes an already annotated document. Only English is coded; "und" (too short to tell) is tried. */
export function codeDocument(doc: AnnotatedDocument, options: CodeDocumentOptions = {}): CodedDocument {
  const lexicon = options.lexicon ?? defaultLexicon();
  const coder = coderVersion(lexicon);
  if (doc.language !== "eng" && doc.language !== "und") {
    return { ...doc, events: [], coder, skipped: `language "${doc.language}" is not English; only English text is coded` };
  }
  const knowledge = options.knowledge ?? defaultKnowledge();
  const events = refineEvents(coderFor(lexicon, options.codebook ?? defaultCodebook(), knowledge).code(doc), doc, refineContext(lexicon.entries));
  return { ...doc, events, coder };
}
