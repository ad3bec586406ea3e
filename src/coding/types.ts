// Coded events: what the coder adds to an annotated document.
import type { AnnotatedDocument, Granularity, Span } from "../types.js";

export interface EventActor {
  /** The words that name the actor in the sentence. */
  text: string;
  /** CAMEO-style actor code: "ECUCOP", "MEXGOV", "IGOUNO"; "" when nothing is known. */
  code: string;
  country?: string;
  sector?: string[];
  /** Entity id in the document, when the actor is a resolved entity. */
  entity?: string;
  span?: Span;
}

export interface PloverCode {
  type: string;
  mode?: string;
  context: string[];
}

export interface CodedEvent {
  id: string;
  /** Sentence index of the first (fullest) report of the event. */
  sentence: number;
  /** Every sentence that reports this event in the article. */
  mentions: number[];
  /** The date in the event's clause or sentence; else the report's day (the first day it names in
   *  the week before publication); else the publication date. */
  date: string;
  dateGranularity: Granularity;
  source: EventActor[];
  target: EventActor[];
  /** Full CAMEO code ("173") and its root ("17"). */
  cameo: string;
  root: string;
  plover: PloverCode;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  location?: { text: string; country?: string; lat?: number; lon?: number; span?: Span };
  evidence: { trigger: Span & { text: string }; source?: Span & { text: string }; target?: Span & { text: string } };
  /** Id of the lexicon entry that fired. */
  rule: string;
  negated: boolean;
  hypothetical: boolean;
  reported: boolean;
  confidence: number;
}

export interface CodedDocument extends AnnotatedDocument {
  events: CodedEvent[];
  /** Version of the coder and its lexicon, stored with results. */
  coder: string;
  /** Why the document was not coded (e.g. not English); absent when it was. */
  skipped?: string;
}
