// Database rows to the store's records: ids become strings, 0/1 become booleans, JSON columns
// are parsed, NULL becomes an absent field.
import type { ArticleRecord, EventRecord, FailureRecord, FeedState, QuoteRecord } from "../types.js";

export type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

export function eventRecord(r: Row): EventRecord {
  return compact({
    id: String(r.id),
    eventId: String(r.event_id),
    articleId: String(r.article_id),
    versionId: String(r.version_id),
    version: Number(r.version_number),
    latest: Boolean(r.latest),
    date: String(r.date),
    dateGranularity: String(r.date_granularity),
    source: JSON.parse(String(r.source_actors)),
    target: JSON.parse(String(r.target_actors)),
    cameo: String(r.cameo),
    root: String(r.root),
    ploverType: String(r.plover_type),
    ploverMode: str(r.plover_mode),
    goldstein: Number(r.goldstein),
    quadClass: Number(r.quad_class),
    location: r.location ? JSON.parse(String(r.location)) : undefined,
    rule: String(r.rule),
    negated: Boolean(r.negated),
    hypothetical: Boolean(r.hypothetical),
    reported: Boolean(r.reported),
    confidence: Number(r.confidence),
    sentence: Number(r.sentence),
    mentions: JSON.parse(String(r.mentions)),
    sentenceText: String(r.sentence_text),
    evidence: JSON.parse(String(r.evidence)),
    coder: String(r.coder),
    seenAt: String(r.version_seen),
    title: str(r.title),
    url: str(r.url),
    published: str(r.published),
  });
}

export function articleRecord(r: Row): ArticleRecord {
  return compact({
    id: String(r.id),
    url: str(r.url),
    title: str(r.title),
    published: str(r.published),
    publishedFrom: String(r.published_from),
    language: String(r.language),
    versions: Number(r.versions),
    sightings: Number(r.sightings),
    events: Number(r.events),
    firstSeen: String(r.first_seen),
    lastSeen: String(r.last_seen),
    latestVersionId: String(r.latest_version_id),
  });
}

export function quoteRecord(r: Row): QuoteRecord {
  return compact({
    id: String(r.id),
    articleId: String(r.article_id),
    versionId: String(r.version_id),
    speaker: String(r.speaker),
    speakerEntity: str(r.speaker_entity),
    text: String(r.text),
    direct: Boolean(r.direct),
    cue: String(r.cue),
    published: str(r.published),
    title: str(r.title),
    url: str(r.url),
  });
}

export function failureRecord(r: Row): FailureRecord {
  return {
    id: String(r.id),
    input: String(r.input),
    kind: String(r.kind),
    reason: String(r.reason),
    retryable: Boolean(r.retryable),
    attempts: Number(r.attempts),
    firstTry: String(r.first_try),
    lastTry: String(r.last_try),
    at: String(r.last_try),
  };
}

export function feedState(r: Row): FeedState {
  return compact({
    url: String(r.url),
    name: str(r.name),
    intervalSeconds: Number(r.interval_seconds),
    etag: str(r.etag),
    lastModified: str(r.last_modified),
    nextPoll: String(r.next_poll),
    lastPolled: str(r.last_polled),
    errors: Number(r.errors),
    lastError: str(r.last_error),
  });
}
