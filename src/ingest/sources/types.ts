// What acquire() takes: inputs become jobs, jobs become Acquired results.
import type { FetchOptions } from "../fetch/types.js";
import type { FieldMap } from "./field-map.js";

/** One unit of acquisition, as expandInputs() finds it. */
export type AcquireJob =
  | { kind: "text-file"; path: string }
  | { kind: "jsonl-file"; path: string }
  | { kind: "html-file"; path: string }
  | { kind: "feed-file"; path: string }
  /** An OPML list; expandInputs turns it into its "feed-url" jobs. */
  | { kind: "opml-file"; path: string }
  /** A web address: a page or a feed, told apart once fetched. */
  | { kind: "url"; url: string }
  /** A feed from an OPML list. */
  | { kind: "feed-url"; url: string; name?: string; from?: string }
  | { kind: "stdin" }
  /** An input that could not be used (missing file, unknown kind); becomes a failure. */
  | { kind: "invalid"; input: string; reason: string };

/** ETag and Last-Modified of an earlier fetch, for a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Where the caller keeps validators between runs (the store, for `watch`). */
export interface ValidatorCache {
  get(url: string): Validators | undefined | Promise<Validators | undefined>;
  set(url: string, validators: Validators): void | Promise<void>;
}

export interface AcquireOptions {
  /** Passed to every fetch: allowPrivate, limiter, timeouts, retries. */
  fetch?: FetchOptions;
  /** Globs a file in a folder must match (default: every supported extension). */
  include?: string[];
  /** Globs that leave a file in a folder out. */
  exclude?: string[];
  /** JSONL fields, as parsed by parseFieldMap or the "text=body,..." string itself. */
  fieldMap?: FieldMap | string;
  /** Publication date (YYYY-MM-DD) for text files and stdin text, which carry none; never guessed. */
  date?: string;
  /** What "-" reads; default process.stdin. */
  stdin?: NodeJS.ReadableStream | string;
  /** How "-" is read: "auto" (JSONL when the first line is a JSON object), "text" or "jsonl". */
  stdinFormat?: "auto" | "text" | "jsonl";
  /** The clock for seenAt of local inputs; tests pin it. */
  now?: () => Date;
  /** Pages fetched at once for the items of one feed (the host limiter still applies). Default 4. */
  concurrency?: number;
  /** Feed content this long (characters of text) is used as the article; shorter means fetch the page. Default 400. */
  fullContentMinChars?: number;
  /** Most items taken from one feed. Default: all. */
  maxFeedItems?: number;
  /** Asked before a feed item's page is fetched; false skips it (already stored). */
  shouldFetch?: (url: string) => boolean | Promise<boolean>;
  /** Validators for conditional GETs of feeds and URL inputs. */
  validators?: ValidatorCache;
  /** Progress and skips that are neither articles nor failures ("feed X not modified"). */
  onNotice?: (message: string) => void;
}
