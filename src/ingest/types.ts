// What acquisition (files, pages, URLs, feeds) hands to the archive.

/** Where the publication date came from; never the fetch time in disguise. */
export type DateSource = "json-ld" | "meta" | "time-element" | "url" | "feed" | "input" | "none";

export interface SourceRef {
  /** "file", "jsonl", "html", "url", "feed", "stdin" */
  kind: string;
  /** Path, URL or feed URL the article came from. */
  location: string;
  /** Feed title or site name, when known. */
  name?: string;
}

export interface RawArticle {
  source: SourceRef;
  /** The URL as given or fetched (after redirects). */
  url?: string;
  /** Normalised canonical URL: the page's canonical link when it has one. */
  canonicalUrl?: string;
  title?: string;
  /** Main text, paragraphs separated by blank lines. */
  text: string;
  /** ISO date (YYYY-MM-DD) or date-time; absent when unknown. */
  published?: string;
  publishedFrom: DateSource;
  byline?: string;
  siteName?: string;
  /** ISO 639-3 code, or "und". */
  language: string;
  /** When it was fetched or read (ISO date-time). */
  seenAt: string;
  /** Id given by the input (a JSONL "id"), when there is one. */
  externalId?: string;
}

/** A failure while acquiring one input: recorded, retried later, never fatal to the batch. */
export interface AcquireFailure {
  source: SourceRef;
  reason: string;
  retryable: boolean;
}

export type Acquired = { ok: true; article: RawArticle } | { ok: false; failure: AcquireFailure };
