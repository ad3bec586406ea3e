// The shapes every pipeline stage reads and writes. Offsets are UTF-16 code-unit
// offsets into the document text (what String.prototype.slice uses), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Index of the first token of this sentence in `tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
  /** True for a line without end punctuation followed by a blank line or the end of text (headlines). */
  headline?: boolean;
}

/** Universal part-of-speech tags, as the tagger gives them. */
export type Pos =
  | "ADJ" | "ADP" | "ADV" | "AUX" | "CCONJ" | "DET" | "INTJ" | "NOUN" | "NUM" | "PART"
  | "PRON" | "PROPN" | "PUNCT" | "SCONJ" | "SYM" | "VERB" | "X" | "SPACE";

export interface Token extends Span {
  index: number;
  text: string;
  /** Lower-case lemma. */
  lemma: string;
  pos: Pos;
  sentence: number;
}

export type MentionType = "PERSON" | "ORGANIZATION" | "COUNTRY" | "PLACE" | "NORP";

/** How a mention refers to its entity. */
export type MentionKind =
  | "name" // a proper name: "Jorge Glas", "Quito"
  | "short" // a surname or short form of a name seen earlier: "Glas"
  | "alias" // a dictionary alias: "AMLO"
  | "role" // a description resolved through a role on the date: "the Mexican president"
  | "nominal" // a demonym + institution phrase: "the Ecuadorian Foreign Ministry", "Ecuadorian police"
  | "pronoun"; // he, she, they (resolved by quotes and coding, never by NER itself)

export interface Mention extends Span {
  text: string;
  type: MentionType;
  kind: MentionKind;
  sentence: number;
  /** Id of the entity this mention belongs to. */
  entity: string;
}

/** An actor in CAMEO terms: a country (ISO 3166-1 alpha-3) or organisation code plus sector codes. */
export interface ActorCode {
  /** Full CAMEO-style code, e.g. "ECUCOP", "MEXGOV", "IGOUNO". */
  code: string;
  /** ISO 3166-1 alpha-3 country code, when the actor belongs to a country. */
  country?: string;
  /** CAMEO agent (sector) codes: GOV, MIL, COP, ELI, ... */
  sector?: string[];
}

export interface Entity extends Partial<ActorCode> {
  id: string;
  /** The fullest name seen or known for the entity. */
  name: string;
  type: MentionType;
  aliases: string[];
  mentions: Array<Span & { text: string; kind: MentionKind }>;
  /** Id of the person or organisation in the actor dictionaries, when the entity was resolved to one. */
  ref?: string;
  /** The role held on the publication date, for persons in the dictionaries ("president", "foreign minister"). */
  title?: string;
  /** Coordinates for places, when the gazetteer knows them. */
  geo?: { lat: number; lon: number; countryCode: string; population?: number };
}

export type Granularity = "day" | "month" | "year";

export interface DateMention extends Span {
  text: string;
  /** ISO date truncated to the granularity: "2024-04-05", "2024-04", "2024". */
  value: string;
  granularity: Granularity;
  sentence: number;
}

export interface Speaker {
  /** Id of the resolved entity, when there is one. */
  entity?: string;
  /** The entity's name, or the speaker text as written when unresolved ("a source"). */
  name: string;
  /** Where the speaker is named for this quote (a name, a description or a pronoun). */
  span?: Span & { text: string };
}

export interface Quote extends Span {
  /** The quoted or reported content, without quotation marks. */
  text: string;
  direct: boolean;
  /** The cue verb or phrase: "said", "wrote", "told the media", "according to". */
  cue: string;
  cueSpan?: Span;
  speaker: Speaker;
  /** Sentences the quote covers. */
  sentences: number[];
}

export interface DocumentMeta {
  /** Publication date, ISO YYYY-MM-DD. Relative dates resolve against it. */
  published: string;
  url?: string;
  title?: string;
}

export interface AnnotatedDocument extends DocumentMeta {
  text: string;
  language: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
}
