// fetchPage: one URL to decoded text, with the guard, redirects, retries, politeness,
// conditional GET and charset handling. Never throws for a network problem: failures are values.
import type { IncomingHttpHeaders } from "node:http";
import { resolveAllowed } from "./address-guard.js";
import { decodeBody, parseContentType } from "./charset.js";
import { acceptsMediaType } from "./content-type.js";
import { defaultHostLimiter } from "./host-limiter.js";
import { requestOnce, type RawResponse, type RequestOutcome } from "./request.js";
import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from "./retry.js";
import type { FetchError, FetchOptions, FetchResult } from "./types.js";
import { DEFAULT_USER_AGENT } from "./user-agent.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const FETCH_DEFAULTS = {
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 500,
  maxRetryAfterMs: 60_000,
} as const;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Guesses the type of an unlabelled body from its first characters. */
function sniffMediaType(text: string): string {
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith("{")) return "application/json";
  if (start.startsWith("<?xml") || /^<(rss|feed|rdf:rdf|opml)\b/.test(start)) {
    return /<html\b/.test(start) ? "text/html" : "application/xml";
  }
  return "text/html";
}

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const settings = { ...FETCH_DEFAULTS, ...withoutUndefined(options) };
  const limiter = options.limiter ?? defaultHostLimiter;
  const accept = options.accept ?? "page-or-feed";
  let attempts = 0;
  const failure = (error: Omit<FetchError, "attempts">): FetchResult => ({ ok: false, error: { ...error, attempts } });

  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return failure({ reason: "bad-url", message: `"${url}" is not a URL`, url, retryable: false });
  }
  if (current.protocol !== "http:" && current.protocol !== "https:") {
    return failure({ reason: "bad-url", message: `${current.protocol} URLs are not fetched, only http and https`, url, retryable: false });
  }

  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
    accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
    ...(options.etag ? { "if-none-match": options.etag } : {}),
    ...(options.lastModified ? { "if-modified-since": options.lastModified } : {}),
    ...options.headers,
  };

  const redirects: string[] = [];
  const visited = new Set([current.href]);
  let retry = 0;

  while (true) {
    const at = current.href;
    const guard = await resolveAllowed(current.hostname, options);
    if (!guard.ok) {
      if (guard.reason === "private-address" || !guard.retryable || retry >= settings.retries) {
        attempts++;
        return failure({ reason: guard.reason, message: guard.message, url: at, retryable: guard.retryable });
      }
      attempts++;
      await sleep(backoffDelay(retry++, settings.backoffMs), options.signal);
      continue;
    }
    const outcome: RequestOutcome = await limiter.run(current.hostname, () => {
      attempts++;
      return requestOnce({
        url: current,
        addresses: guard.addresses,
        headers,
        connectTimeoutMs: settings.connectTimeoutMs,
        timeoutMs: settings.timeoutMs,
        maxBytes: settings.maxBytes,
        acceptsBody: (mediaType) => acceptsMediaType(accept, mediaType),
        signal: options.signal,
      });
    });

    if (!outcome.ok) {
      if (outcome.retryable && retry < settings.retries && !options.signal?.aborted) {
        await sleep(backoffDelay(retry++, settings.backoffMs), options.signal);
        continue;
      }
      return failure({ reason: outcome.reason, message: outcome.message, url: at, retryable: outcome.retryable, status: outcome.status });
    }

    const response: RawResponse = outcome.response;
    const status = response.status;

    if (REDIRECTS.has(status)) {
      const location = header(response.headers, "location");
      if (!location) {
        return failure({ reason: "http-status", message: `HTTP ${status} without a Location header`, url: at, retryable: false, status });
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return failure({ reason: "bad-url", message: `redirect to "${location}", which is not a URL`, url: at, retryable: false, status });
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        return failure({ reason: "bad-url", message: `redirect to a ${next.protocol} URL refused`, url: at, retryable: false, status });
      }
      next.hash = "";
      if (visited.has(next.href)) {
        return failure({
          reason: "redirect-loop",
          message: `redirect loop: ${[url, ...redirects, next.href].join(" -> ")}`,
          url: at,
          retryable: false,
          status,
        });
      }
      if (redirects.length >= settings.maxRedirects) {
        return failure({ reason: "too-many-redirects", message: `more than ${settings.maxRedirects} redirects`, url: at, retryable: false, status });
      }
      visited.add(next.href);
      redirects.push(next.href);
      current = next;
      continue;
    }

    const etag = header(response.headers, "etag");
    const lastModified = header(response.headers, "last-modified");
    const fetchedAt = new Date().toISOString();

    if (status === 304) {
      return { ok: true, notModified: true, requestedUrl: url, url: at, status, etag: etag ?? options.etag, lastModified: lastModified ?? options.lastModified, attempts, fetchedAt };
    }

    if (status >= 200 && status < 300) {
      const type = parseContentType(header(response.headers, "content-type"));
      const decoded = decodeBody(response.body, type.charset);
      return {
        ok: true,
        notModified: false,
        requestedUrl: url,
        url: at,
        redirects,
        status,
        contentType: type.mediaType || sniffMediaType(decoded.text),
        charset: decoded.charset,
        charsetFrom: decoded.from,
        body: decoded.text,
        etag,
        lastModified,
        attempts,
        fetchedAt,
      };
    }

    const retryable = isRetryableStatus(status);
    if (retryable && retry < settings.retries) {
      const retryAfter = parseRetryAfter(response.headers["retry-after"]);
      if (retryAfter !== undefined && retryAfter > settings.maxRetryAfterMs) {
        return failure({
          reason: "http-status",
          message: `HTTP ${status}; the server asks to wait ${Math.round(retryAfter / 1000)} s`,
          url: at,
          retryable: true,
          status,
          retryAfterMs: retryAfter,
        });
      }
      await sleep(retryAfter ?? backoffDelay(retry, settings.backoffMs), options.signal);
      retry++;
      continue;
    }
    return failure({ reason: "http-status", message: `HTTP ${status}`, url: at, retryable, status });
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
