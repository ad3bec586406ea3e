// Polling feeds on their schedules: conditional GET with the stored ETag/Last-Modified, new
// items through the pipeline, exponential backoff after errors. All state lives in the store,
// so a restarted watch carries on where the last one stopped.
import type { Store, FeedState } from "../store/types.js";
import type { FetchOptions } from "./fetch/types.js";
import { ingestArticle, type CodeFn } from "./pipeline.js";
import { crashHook } from "./pipeline-hooks.js";
import { recordFailure } from "./pipeline-run.js";
import { count, emptySummary, type IngestSummary } from "./pipeline-summary.js";
import { articlesFromFeed, fetchFeed } from "./sources/web.js";
import type { Validators } from "./sources/types.js";
import { tryNormalizeUrl } from "./urls.js";
import { sleep as abortableSleep } from "./fetch/retry.js";
import type { WatchedFeed } from "./watch-list.js";

/** The longest wait after errors, however many in a row. */
export const MAX_BACKOFF_SECONDS = 24 * 3600;

export interface WatchOptions {
  store: Store;
  feeds: WatchedFeed[];
  /** Seconds between polls for feeds without their own interval. */
  intervalSeconds: number;
  /** Poll every due feed once, then return. */
  once?: boolean;
  /** Aborting ends the watch after the item in hand. */
  signal?: AbortSignal;
  fetch?: FetchOptions;
  coder?: CodeFn;
  /** Pages fetched at once for one feed's items. */
  concurrency?: number;
  now?: () => Date;
  /** Waits until the time or the signal; tests replace it. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  log?: (line: string) => void;
}

export type PollStatus = "new-items" | "not-modified" | "error" | "interrupted";

export interface PollResult {
  url: string;
  status: PollStatus;
  summary: IngestSummary;
  error?: string;
  nextPoll: string;
}

/** Seconds to wait after `errors` failures in a row: the interval doubled each time, capped. */
export function backoffSeconds(intervalSeconds: number, errors: number): number {
  if (errors <= 0) return intervalSeconds;
  return Math.min(MAX_BACKOFF_SECONDS, Math.max(intervalSeconds, 60) * 2 ** Math.min(errors, 20));
}

const addSeconds = (d: Date, s: number) => new Date(d.getTime() + s * 1000).toISOString();

/** Adds the listed feeds to the store, keeping the polling state of those already there. */
export async function syncFeeds(store: Store, feeds: WatchedFeed[], intervalSeconds: number, now: Date): Promise<FeedState[]> {
  const states: FeedState[] = [];
  for (const f of feeds) {
    const existing = await store.getFeed(f.url);
    const state: FeedState = existing ?? { url: f.url, intervalSeconds, nextPoll: now.toISOString(), errors: 0 };
    state.intervalSeconds = f.intervalSeconds ?? intervalSeconds;
    if (f.name) state.name = f.name;
    await store.saveFeed(state);
    states.push(state);
  }
  return states;
}

/** One poll of one feed. Validators are saved only once every item is stored, so an interrupted poll is redone in full. */
export async function pollFeed(state: FeedState, options: WatchOptions): Promise<PollResult> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const summary = emptySummary();
  let fresh: Validators | undefined;
  // Feed item dates by URL: a known page is fetched again only when its item says it changed since.
  const itemDates = new Map<string, string>();
  const cached: Validators = {};
  if (state.etag) cached.etag = state.etag;
  if (state.lastModified) cached.lastModified = state.lastModified;
  const acquireOptions = {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    now,
    validators: { get: () => cached, set: (_url: string, v: Validators) => void (fresh = v) },
    shouldFetch: async (url: string) => {
      const key = tryNormalizeUrl(url) ?? url;
      const lastSeen = await store.lastSeenAt(key);
      if (lastSeen === undefined || isNewer(itemDates.get(key), lastSeen)) return true;
      summary.alreadyKnown++;
      return false;
    },
  };
  const fetched = await fetchFeed(state.url, acquireOptions, state.name);
  const polled = now();
  const save = async (changes: Partial<FeedState>) => {
    const next = { ...state, lastPolled: polled.toISOString(), ...changes };
    if (!next.lastError) delete next.lastError;
    await store.saveFeed(next);
    Object.assign(state, next);
  };
  if (!fetched.ok) {
    const errors = state.errors + 1;
    const nextPoll = addSeconds(polled, backoffSeconds(state.intervalSeconds, errors));
    await save({ errors, lastError: fetched.failure.reason, nextPoll });
    return { url: state.url, status: "error", summary, error: fetched.failure.reason, nextPoll };
  }
  const nextPoll = addSeconds(polled, state.intervalSeconds);
  if (fetched.notModified) {
    await save({ errors: 0, lastError: undefined, nextPoll });
    return { url: state.url, status: "not-modified", summary, nextPoll };
  }
  for (const item of fetched.feed.items) {
    const key = item.url ? tryNormalizeUrl(item.url) ?? item.url : undefined;
    if (key && item.published) itemDates.set(key, item.published);
  }
  const afterCommit = crashHook();
  for await (const item of articlesFromFeed(fetched.feed, acquireOptions, polled.toISOString())) {
    if (!item.ok) {
      summary.failed++;
      summary.failures.push(`${item.failure.source.location}: ${item.failure.reason}`);
      await recordFailure(store, item.failure, now().toISOString());
    } else {
      try {
        count(summary, await ingestArticle(item.article, { store, ...(options.coder ? { coder: options.coder } : {}) }));
        afterCommit?.();
      } catch (error) {
        summary.failed++;
        const failure = { source: item.article.source, reason: (error as Error).message, retryable: false };
        summary.failures.push(`${item.article.url ?? state.url}: ${failure.reason}`);
        await recordFailure(store, failure, now().toISOString());
      }
    }
    if (options.signal?.aborted) {
      // Poll again on the next start: the old validators would hide the items not yet read.
      await save({ nextPoll: polled.toISOString() });
      return { url: state.url, status: "interrupted", summary, nextPoll: polled.toISOString() };
    }
  }
  const v = fresh ?? {};
  await save({ errors: 0, lastError: undefined, nextPoll, etag: v.etag ?? state.etag, lastModified: v.lastModified ?? state.lastModified });
  return { url: state.url, status: "new-items", summary, nextPoll };
}

/** Whether a feed item's date is after the stored version was last seen: the story may have been updated. */
function isNewer(itemDate: string | undefined, lastSeen: string): boolean {
  if (!itemDate) return false;
  const item = Date.parse(itemDate);
  return Number.isFinite(item) && item > Date.parse(lastSeen);
}

/** Polls due feeds until the signal aborts (or once, with `once`). Returns every poll's result. */
export async function watchFeeds(options: WatchOptions): Promise<PollResult[]> {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? abortableSleep;
  const states = await syncFeeds(options.store, options.feeds, options.intervalSeconds, now());
  const results: PollResult[] = [];
  while (!options.signal?.aborted) {
    const due = states.filter((s) => s.nextPoll <= now().toISOString()).sort((a, b) => (a.nextPoll < b.nextPoll ? -1 : 1));
    for (const state of due) {
      if (options.signal?.aborted) break;
      const result = await pollFeed(state, options);
      results.push(result);
      options.log?.(describePoll(result));
    }
    if (options.once) break;
    const next = Math.min(...states.map((s) => Date.parse(s.nextPoll)));
    // At least a second between rounds, so a feed with a zero interval cannot spin.
    await sleep(Math.max(1000, next - now().getTime()), options.signal);
  }
  return results;
}

export function describePoll(r: PollResult): string {
  const s = r.summary;
  const what =
    r.status === "error" ? `error: ${r.error}` :
    r.status === "not-modified" ? "not modified" :
    `${s.newArticles} new, ${s.newVersions} new versions, ${s.duplicates} duplicates, ${s.alreadyKnown} already known, ${s.failed} failed` +
      (r.status === "interrupted" ? " (interrupted)" : "");
  return `${r.url}: ${what}; next poll ${r.nextPoll}`;
}
