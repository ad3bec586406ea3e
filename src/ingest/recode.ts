// Re-coding the archive after the coder changed (a new lexicon, a new release): every stored
// version coded by another coder version gets its entities, quotes and events replaced, one
// transaction per version, so an interrupted run leaves each version wholly old or wholly new.
import { code, coderVersion } from "../code.js";
import { defaultLexicon } from "../coding/lexicon/load.js";
import type { Store } from "../store/types.js";
import type { CodeFn } from "./pipeline.js";

export interface RecodeOptions {
  store: Store;
  /** Re-code every version, whatever coded it. */
  all?: boolean;
  /** The coder and the version it writes; default the real coder and coderVersion(defaultLexicon()). */
  coder?: CodeFn;
  coderVersion?: string;
  /** Called once the versions to re-code are known. */
  onStart?: (total: number) => void;
  /** Called after each version. */
  onItem?: (done: number) => void;
  /** Polled between versions: true stops after the version in hand. */
  shouldStop?: () => boolean;
}

export interface RecodeSummary {
  /** Versions re-coded. */
  recoded: number;
  /** Versions already coded by the current coder (left alone unless `all`). */
  current: number;
  /** Events stored for the re-coded versions, before and after. */
  eventsBefore: number;
  eventsAfter: number;
  coder: string;
}

const realCoder: CodeFn = (text, meta) => code(text, meta);

export async function recodeArchive(options: RecodeOptions): Promise<RecodeSummary> {
  const { store } = options;
  const coder = options.coderVersion ?? coderVersion(defaultLexicon());
  const ids = await store.versionsToRecode(options.all ? undefined : coder);
  const total = (await store.stats()).versions;
  options.onStart?.(ids.length);
  const summary: RecodeSummary = { recoded: 0, current: total - ids.length, eventsBefore: 0, eventsAfter: 0, coder };
  const run = options.coder ?? realCoder;
  for (const id of ids) {
    const v = await store.storedVersion(id);
    if (!v) continue;
    // The same reference date the pipeline used: the publication day, else the day it was first seen.
    const day = /^\d{4}-\d{2}-\d{2}/.test(v.published ?? "") ? v.published!.slice(0, 10) : v.firstSeen.slice(0, 10);
    const coded = run(v.text, { published: day, ...(v.url ? { url: v.url } : {}), ...(v.title ? { title: v.title } : {}) });
    summary.eventsBefore += (await store.replaceCoded(id, coded)).removedEvents;
    summary.eventsAfter += coded.skipped ? 0 : coded.events.length;
    summary.recoded++;
    options.onItem?.(summary.recoded);
    if (options.shouldStop?.()) break;
  }
  return summary;
}
