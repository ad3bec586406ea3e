// What fetchPage takes and gives. Failures are values, so one bad URL never stops a batch.
import type { HostLimiter } from "./host-limiter.js";

/** Why a fetch failed. `retryable` on the error says whether trying later may help. */
export type FetchErrorReason =
  | "bad-url" // not an http(s) URL, or a redirect to another scheme
  | "dns" // the host name does not resolve
  | "private-address" // resolves to a private, loopback, link-local or unique-local address
  | "timeout" // connect or total time exceeded
  | "network" // connection refused or reset, TLS failure, broken body
  | "too-large" // body past maxBytes (after decompression)
  | "too-many-redirects"
  | "redirect-loop"
  | "http-status" // 4xx or 5xx after any retries
  | "unsupported-content-type"
  | "decode"; // undecodable compressed body

export interface FetchError {
  reason: FetchErrorReason;
  /** One line for a person: what failed and where. */
  message: string;
  /** The URL that failed (after redirects when they were followed). */
  url: string;
  retryable: boolean;
  status?: number;
  /** Requests made, retries included. */
  attempts: number;
  /** From Retry-After when the server sent one and it exceeded maxRetryAfterMs. */
  retryAfterMs?: number;
}

/** What the caller wants back; anything else is "unsupported-content-type". */
export type AcceptKind = "html" | "feed" | "page-or-feed" | "any";

export interface FetchOptions {
  /** Allow private, loopback, link-local and unique-local addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Addresses allowed even though private, e.g. one intranet server. */
  allowAddresses?: string[];
  /** Time to open the connection (and TLS). Default 10 000 ms. */
  connectTimeoutMs?: number;
  /** Time for one request, headers and body. Default 30 000 ms. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 10 MB. */
  maxBytes?: number;
  /** Redirects followed before failing. Default 5. */
  maxRedirects?: number;
  /** Retries after the first try, on network errors, timeouts, 5xx and 429. Default 2. */
  retries?: number;
  /** First backoff; doubles each retry. Default 500 ms. */
  backoffMs?: number;
  /** Longest Retry-After honoured by waiting; longer ones fail as retryable. Default 60 000 ms. */
  maxRetryAfterMs?: number;
  /** Content the caller can use. Default "page-or-feed". */
  accept?: AcceptKind;
  /** Previous validators for a conditional GET; a 304 gives `notModified: true`. */
  etag?: string;
  lastModified?: string;
  /** Per-host concurrency and politeness; default: the process-wide limiter. */
  limiter?: HostLimiter;
  userAgent?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Name lookup, for tests; default dns.lookup with all addresses. */
  lookup?: (hostname: string) => Promise<string[]>;
  signal?: AbortSignal;
}

export interface FetchedPage {
  ok: true;
  notModified: false;
  /** The URL as requested. */
  requestedUrl: string;
  /** The URL that answered, after redirects. */
  url: string;
  /** Each redirect target in order. */
  redirects: string[];
  status: number;
  /** Media type without parameters, lower-case: "text/html". */
  contentType: string;
  /** The charset used to decode: "utf-8", "windows-1252", ... */
  charset: string;
  /** Where the charset came from. */
  charsetFrom: "bom" | "header" | "meta" | "xml-declaration" | "sniffed";
  body: string;
  etag?: string;
  lastModified?: string;
  attempts: number;
  /** ISO date-time when the response arrived. */
  fetchedAt: string;
}

export interface NotModified {
  ok: true;
  notModified: true;
  requestedUrl: string;
  url: string;
  status: 304;
  etag?: string;
  lastModified?: string;
  attempts: number;
  fetchedAt: string;
}

export type FetchResult = FetchedPage | NotModified | { ok: false; error: FetchError };
