// One acquired article into the archive: identity first (so known texts are never coded
// again), then the coder, then one transaction with everything. A text stored by another
// writer in between is noticed by the store's unique keys, and the identity decided again.
import { code } from "../code.js";
import type { CodedDocument } from "../coding/types.js";
import type { DocumentMeta } from "../types.js";
import { StoreConflict, type NewVersion, type SightingInput, type Store, type WriteResult } from "../store/types.js";
import { decideIdentity, textIdentity, type Decision, type TextIdentity } from "./dedup-identity.js";
import type { RawArticle } from "./types.js";
import { tryNormalizeUrl } from "./urls.js";

/** The coder as the pipeline calls it; tests can pass a cheaper one. */
export type CodeFn = (text: string, meta: Partial<DocumentMeta>) => CodedDocument;

export interface PipelineOptions {
  store: Store;
  coder?: CodeFn;
  /** Reference date (YYYY-MM-DD) for coding articles that carry no publication date; default the day they were seen. */
  date?: string;
}

export type IngestOutcome =
  | { kind: "article"; result: WriteResult; events: number; skipped?: string }
  | { kind: "version"; result: WriteResult; events: number; skipped?: string }
  /** A copy of a stored text seen at a new URL or source. */
  | { kind: "duplicate"; result: WriteResult; why: string }
  /** Seen exactly like this before: nothing new stored. */
  | { kind: "known"; result: WriteResult };

const defaultCoder: CodeFn = (text, meta) => code(text, meta);

/** The article's URL as the archive keys it: the canonical link, else the URL normalised. */
export function articleUrl(raw: RawArticle): string | undefined {
  return tryNormalizeUrl(raw.canonicalUrl) ?? tryNormalizeUrl(raw.url);
}

function codingDate(raw: RawArticle, fallback: string | undefined): string {
  const day = raw.published?.slice(0, 10);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return fallback ?? raw.seenAt.slice(0, 10);
}

function newVersion(raw: RawArticle, id: TextIdentity, coded: CodedDocument): NewVersion {
  const v: NewVersion = {
    text: raw.text, publishedFrom: raw.publishedFrom, language: raw.language, contentHash: id.contentHash,
    bands: id.bands, seenAt: raw.seenAt, coded,
  };
  if (raw.title) v.title = raw.title;
  if (raw.published) v.published = raw.published;
  if (raw.byline) v.byline = raw.byline;
  if (raw.siteName) v.siteName = raw.siteName;
  if (id.simhash) v.simhash = id.simhash;
  return v;
}

function sightingOf(raw: RawArticle, url: string | undefined, hash: string): SightingInput {
  const s: SightingInput = { source: raw.source, contentHash: hash, seenAt: raw.seenAt };
  if (url) s.url = url;
  if (raw.externalId) s.externalId = raw.externalId;
  return s;
}

export async function ingestArticle(raw: RawArticle, options: PipelineOptions): Promise<IngestOutcome> {
  const { store } = options;
  const url = articleUrl(raw);
  const id = textIdentity(raw.text);
  const sighting = sightingOf(raw, url, id.contentHash);
  let coded: CodedDocument | undefined;
  // Twice at most: a conflict means another writer stored this text or URL a moment ago.
  for (let attempt = 0; ; attempt++) {
    const decision: Decision = await decideIdentity(store, url, id);
    try {
      if (decision.kind === "same") {
        const result = await store.addSighting(decision.head, sighting);
        return result.kind === "known" ? { kind: "known", result } : { kind: "duplicate", result, why: decision.why };
      }
      coded ??= (options.coder ?? defaultCoder)(raw.text, dropEmpty({ published: codingDate(raw, options.date), url, title: raw.title }));
      const version = newVersion(raw, id, coded);
      const events = coded.skipped ? 0 : coded.events.length;
      const skipped = coded.skipped;
      if (decision.kind === "version") {
        const result = await store.addVersion(decision.head.articleId, version, sighting);
        return skipped ? { kind: "version", result, events, skipped } : { kind: "version", result, events };
      }
      const result = await store.addArticle(url, version, sighting);
      return skipped ? { kind: "article", result, events, skipped } : { kind: "article", result, events };
    } catch (error) {
      if (!(error instanceof StoreConflict) || attempt >= 1) throw error;
    }
  }
}

function dropEmpty(meta: Partial<DocumentMeta>): Partial<DocumentMeta> {
  const out: Partial<DocumentMeta> = {};
  for (const [k, v] of Object.entries(meta) as Array<[keyof DocumentMeta, string | undefined]>) if (v) out[k] = v;
  return out;
}
