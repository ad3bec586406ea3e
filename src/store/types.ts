// The archive's contract: what the ingest pipeline, `watch` and `query` need from storage.
// Plain values in, plain values out, every method async, so a PostgreSQL implementation can
// fill it as well as the SQLite one (see docs/STORE.md). Ids are opaque strings to callers.
import type { CodedDocument } from "../coding/types.js";
import type { DateSource, SourceRef } from "../ingest/types.js";

/** A place articles come from: a feed, a file, a site, stdin. */
export type SourceInput = SourceRef;

/** The identity-relevant facts of one stored version. */
export interface VersionHead {
  articleId: string;
  versionId: string;
  /** 1 for the first text of an article, 2 for the next... */
  number: number;
  contentHash: string;
  /** 16 hex digits, or undefined when the text was too short to fingerprint usefully. */
  simhash?: string;
}

/** A candidate near-duplicate with its Hamming distance. */
export interface NearMatch extends VersionHead {
  distance: number;
}

/** One text of an article, with what the coder made of it. */
export interface NewVersion {
  text: string;
  title?: string;
  /** YYYY-MM-DD or an ISO date-time; absent when unknown. */
  published?: string;
  publishedFrom: DateSource;
  language: string;
  byline?: string;
  siteName?: string;
  contentHash: string;
  simhash?: string;
  /** Simhash bands for candidate lookup (see simhashBands). */
  bands: string[];
  seenAt: string;
  /** The coded document; its events, entities and quotes are stored with the version. */
  coded: CodedDocument;
}

export interface SightingInput {
  source: SourceInput;
  /** Normalised URL where it was seen, when it has one. */
  url?: string;
  /** Id given by the input (a JSONL id, a feed guid). */
  externalId?: string;
  /** Content hash of the text seen here (may differ from the version's for a near-duplicate). */
  contentHash: string;
  seenAt: string;
}

/** What one write did; every write is one transaction: all of it or none. */
export type WriteResult =
  | { kind: "article"; articleId: string; versionId: string }
  | { kind: "version"; articleId: string; versionId: string; number: number }
  /** A sighting not seen before (a new URL or source for a known text). */
  | { kind: "sighting"; articleId: string; versionId: string }
  /** Exactly this (version, source, URL) was already recorded. */
  | { kind: "known"; articleId: string; versionId: string };

/** Thrown by a write when another writer stored the same URL or text first; decide again and retry. */
export class StoreConflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreConflict";
  }
}

export interface FailureInput {
  /** What to acquire again: a path, URL or feed URL. */
  input: string;
  /** Kind of input as SourceRef gives it ("file", "jsonl", "url", "feed"...). */
  kind: string;
  reason: string;
  retryable: boolean;
  at: string;
}

export interface FailureRecord extends FailureInput {
  id: string;
  attempts: number;
  firstTry: string;
  lastTry: string;
}

/** Polling state of one feed, kept between runs of `watch`. */
export interface FeedState {
  url: string;
  name?: string;
  /** Seconds between polls when all is well. */
  intervalSeconds: number;
  etag?: string;
  lastModified?: string;
  /** ISO date-time of the next poll. */
  nextPoll: string;
  lastPolled?: string;
  /** Errors in a row; the backoff doubles with each. 0 after a good poll. */
  errors: number;
  lastError?: string;
}

export interface EventFilter {
  /** An actor code prefix ("RUS", "MEXGOV") or a name fragment ("Lopez"), either side. */
  actor?: string;
  /** Code prefix of the source (acting) actor. */
  source?: string;
  target?: string;
  /** Source and target countries (ISO alpha-3). */
  pair?: { from: string; to: string; either: boolean };
  /** CAMEO code prefix: "17", "173". */
  code?: string;
  /** PLOVER event type: "ACCUSE". */
  type?: string;
  /** Event dates, YYYY-MM-DD inclusive. */
  from?: string;
  to?: string;
  /** Full-text query over article title and text. */
  text?: string;
  /** Events of every version, not only each article's latest. */
  allVersions?: boolean;
  limit?: number;
}

export interface ActorRecord {
  text: string;
  code: string;
  country?: string;
  sector?: string[];
  entity?: string;
}

export interface EventRecord {
  /** Store id of the event row. */
  id: string;
  /** The coder's id for the event within its document ("e1"). */
  eventId: string;
  articleId: string;
  versionId: string;
  version: number;
  /** Whether the version is the article's latest. */
  latest: boolean;
  date: string;
  dateGranularity: string;
  source: ActorRecord[];
  target: ActorRecord[];
  cameo: string;
  root: string;
  ploverType: string;
  ploverMode?: string;
  goldstein: number;
  quadClass: number;
  location?: { text: string; country?: string; lat?: number; lon?: number };
  rule: string;
  negated: boolean;
  hypothetical: boolean;
  reported: boolean;
  confidence: number;
  sentence: number;
  mentions: number[];
  /** Text of the sentence the event was coded from. */
  sentenceText: string;
  evidence: CodedDocument["events"][number]["evidence"];
  coder: string;
  /** When this version was first seen (ISO date-time): GDELT's DATEADDED. */
  seenAt: string;
  title?: string;
  url?: string;
  published?: string;
}

export interface ArticleFilter {
  text?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface ArticleRecord {
  id: string;
  url?: string;
  title?: string;
  published?: string;
  publishedFrom: string;
  language: string;
  versions: number;
  sightings: number;
  /** Events of the latest version. */
  events: number;
  firstSeen: string;
  lastSeen: string;
  latestVersionId: string;
}

export interface QuoteFilter {
  /** A speaker name fragment. */
  actor?: string;
  text?: string;
  from?: string;
  to?: string;
  allVersions?: boolean;
  limit?: number;
}

export interface QuoteRecord {
  id: string;
  articleId: string;
  versionId: string;
  speaker: string;
  speakerEntity?: string;
  text: string;
  direct: boolean;
  cue: string;
  published?: string;
  title?: string;
  url?: string;
}

/** Entities of one version, as the coder stored them (for GDELT geo columns). */
export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  code?: string;
  country?: string;
  lat?: number;
  lon?: number;
}

/** A stored version as `recode` needs it: its text and what the coder was told about it. */
export interface StoredVersion {
  versionId: string;
  text: string;
  title?: string;
  published?: string;
  url?: string;
  /** When the version was first seen (ISO); the coding date when it has no publication date. */
  firstSeen: string;
  /** The coder version that coded it (undefined for rows written before coders were recorded). */
  coder?: string;
}

export interface StoreStats {
  articles: number;
  versions: number;
  sightings: number;
  events: number;
  quotes: number;
  failures: number;
}

export interface Store {
  /** Where the data lives (a file path, a connection name), for messages. */
  readonly location: string;

  // Identity
  /** The article a URL belongs to (its own URL or a sighting's), with its latest version. */
  findByUrl(url: string): Promise<VersionHead | undefined>;
  /** The version with exactly this content hash. */
  findByContentHash(hash: string): Promise<VersionHead | undefined>;
  /** Versions whose fingerprint is within maxDistance bits, nearest first. */
  findNear(simhash: string, bands: string[], maxDistance: number): Promise<NearMatch[]>;
  /** Whether any article or sighting has this URL (to skip fetching known pages). */
  knowsUrl(url: string): Promise<boolean>;
  /** When the latest version of the article at this URL was last seen (ISO), or undefined when the URL is unknown. */
  lastSeenAt(url: string): Promise<string | undefined>;

  // Writes, each one transaction
  addArticle(url: string | undefined, version: NewVersion, sighting: SightingInput): Promise<WriteResult>;
  addVersion(articleId: string, version: NewVersion, sighting: SightingInput): Promise<WriteResult>;
  addSighting(head: VersionHead, sighting: SightingInput): Promise<WriteResult>;

  // Re-coding
  /** Ids of versions, oldest first, coded by another coder than `coder` (every version when `coder` is undefined). */
  versionsToRecode(coder?: string): Promise<string[]>;
  storedVersion(versionId: string): Promise<StoredVersion | undefined>;
  /** Replaces the version's entities, quotes and events with a new coding, in one transaction; returns how many events it had. */
  replaceCoded(versionId: string, coded: CodedDocument): Promise<{ removedEvents: number }>;

  // Failures
  recordFailure(failure: FailureInput): Promise<void>;
  /** Unresolved failures, oldest first. */
  failures(): Promise<FailureRecord[]>;
  /** Marks every failure of an input resolved (before it is tried again). */
  resolveFailures(input: string): Promise<void>;

  // Feeds
  getFeed(url: string): Promise<FeedState | undefined>;
  saveFeed(state: FeedState): Promise<void>;
  listFeeds(): Promise<FeedState[]>;

  // Queries
  events(filter: EventFilter): Promise<EventRecord[]>;
  articles(filter: ArticleFilter): Promise<ArticleRecord[]>;
  quotes(filter: QuoteFilter): Promise<QuoteRecord[]>;
  entities(versionId: string): Promise<EntityRecord[]>;
  /** Sentence index of each version's lead (first non-headline sentence). */
  leadSentence(versionId: string): Promise<number>;
  stats(): Promise<StoreStats>;

  close(): Promise<void>;
}
