// A whole batch: acquire every input, put each article through the pipeline, record every
// failure (acquisition or coding) in the store for --retry-failed. One bad input never stops
// the batch; each stored article is committed before the next one is read.
import { statSync } from "node:fs";
import { checkDate } from "../errors.js";
import type { Store } from "../store/types.js";
import { ingestArticle, type IngestOutcome, type PipelineOptions } from "./pipeline.js";
import { count, emptySummary, type IngestSummary } from "./pipeline-summary.js";
import { crashHook } from "./pipeline-hooks.js";
import { acquire, runJob } from "./sources/acquire.js";
import type { AcquireOptions } from "./sources/types.js";
import type { Acquired, AcquireFailure } from "./types.js";
import { isHttpUrl, tryNormalizeUrl } from "./urls.js";

export interface RunOptions extends PipelineOptions {
  acquire?: AcquireOptions;
  /** Treat every file input (and stdin) as JSONL whatever its extension. */
  jsonl?: boolean;
  /** Called after each article or failure, for a progress bar. */
  onItem?: (summary: IngestSummary, item: IngestOutcome | AcquireFailure) => void;
  /** Polled between articles: true ends the batch after the article in hand. */
  shouldStop?: () => boolean;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** acquire(), except that --jsonl makes files and stdin JSONL whatever they look like. */
async function* acquireInputs(inputs: readonly string[], options: AcquireOptions, jsonl: boolean): AsyncGenerator<Acquired> {
  if (!jsonl) {
    yield* acquire(inputs, options);
    return;
  }
  if (options.date !== undefined) checkDate(options.date, "--date");
  for (const input of inputs) {
    if (input !== "-" && !isHttpUrl(input) && isFile(input)) yield* runJob({ kind: "jsonl-file", path: input }, options);
    else yield* acquire([input], { ...options, stdinFormat: "jsonl" });
  }
}

export async function recordFailure(store: Store, failure: AcquireFailure, at: string): Promise<void> {
  await store.recordFailure({ input: failure.source.location, kind: failure.source.kind, reason: failure.reason, retryable: failure.retryable, at });
}

export async function runIngest(inputs: readonly string[], options: RunOptions): Promise<IngestSummary> {
  const { store } = options;
  const summary = emptySummary();
  const afterCommit = crashHook();
  const acquireOptions: AcquireOptions = {
    ...options.acquire,
    // Feed items whose page is already stored are not fetched again.
    shouldFetch: async (url) => {
      const known = await store.knowsUrl(tryNormalizeUrl(url) ?? url);
      if (known) summary.alreadyKnown++;
      return !known;
    },
  };
  const fail = async (failure: AcquireFailure) => {
    summary.failed++;
    summary.failures.push(`${failure.source.location}: ${failure.reason}`);
    await recordFailure(store, failure, new Date().toISOString());
    options.onItem?.(summary, failure);
  };
  for await (const item of acquireInputs(inputs, acquireOptions, options.jsonl === true)) {
    if (!item.ok) {
      await fail(item.failure);
    } else {
      let outcome: IngestOutcome;
      try {
        outcome = await ingestArticle(item.article, options);
      } catch (error) {
        const a = item.article;
        const reason = `${a.externalId ? `id ${a.externalId}: ` : ""}${(error as Error).message}`;
        await fail({ source: { ...a.source, location: a.url ?? a.source.location }, reason, retryable: false });
        if (options.shouldStop?.()) break;
        continue;
      }
      count(summary, outcome);
      afterCommit?.();
      options.onItem?.(summary, outcome);
    }
    if (options.shouldStop?.()) break;
  }
  return summary;
}

export interface RetryResult {
  /** Inputs tried again. */
  inputs: string[];
  /** Inputs left alone because none of their failures may be helped by retrying (retry them with `all`). */
  skipped: string[];
  summary: IngestSummary;
}

/**
 * Tries the inputs of unresolved failures again: only those where retrying may help (a timeout,
 * a 503) unless `all`; a bad JSONL line or a missing file fails the same way until it is fixed.
 * What fails again is recorded again.
 */
export async function retryFailed(options: RunOptions, all = false): Promise<RetryResult> {
  const failures = (await options.store.failures()).filter((f) => f.input !== "-");
  const chosen = new Set(failures.filter((f) => all || f.retryable).map((f) => f.input));
  const inputs = [...chosen];
  const skipped = [...new Set(failures.map((f) => f.input))].filter((i) => !chosen.has(i));
  for (const input of inputs) await options.store.resolveFailures(input);
  const summary = inputs.length ? await runIngest(inputs, options) : emptySummary();
  return { inputs, skipped, summary };
}
