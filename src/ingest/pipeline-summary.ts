// What a batch did, counted as it goes, and the one line that reports it.
import type { IngestOutcome } from "./pipeline.js";

export interface IngestSummary {
  /** Articles never seen before (including ones stored but not coded). */
  newArticles: number;
  newVersions: number;
  /** Copies of stored texts at a new URL or source, kept as sightings. */
  duplicates: number;
  alreadyKnown: number;
  /** Stored but not coded (not English). */
  notCoded: number;
  failed: number;
  /** Events coded in the new articles and versions. */
  events: number;
  /** One line per failure: "INPUT: reason". */
  failures: string[];
}

export function emptySummary(): IngestSummary {
  return { newArticles: 0, newVersions: 0, duplicates: 0, alreadyKnown: 0, notCoded: 0, failed: 0, events: 0, failures: [] };
}

export function count(summary: IngestSummary, outcome: IngestOutcome): void {
  switch (outcome.kind) {
    case "article":
    case "version":
      if (outcome.kind === "article") summary.newArticles++;
      else summary.newVersions++;
      summary.events += outcome.events;
      if (outcome.skipped) summary.notCoded++;
      break;
    case "duplicate":
      summary.duplicates++;
      break;
    case "known":
      summary.alreadyKnown++;
      break;
  }
}

export function summaryLine(s: IngestSummary): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return [
    `${s.newArticles} new`,
    plural(s.newVersions, "new version"),
    plural(s.duplicates, "duplicate"),
    `${s.alreadyKnown} already known`,
    `${s.notCoded} skipped (language)`,
    `${s.failed} failed`,
  ].join(", ") + `; ${plural(s.events, "event")} stored`;
}

export function mergeSummaries(a: IngestSummary, b: IngestSummary): IngestSummary {
  return {
    newArticles: a.newArticles + b.newArticles,
    newVersions: a.newVersions + b.newVersions,
    duplicates: a.duplicates + b.duplicates,
    alreadyKnown: a.alreadyKnown + b.alreadyKnown,
    notCoded: a.notCoded + b.notCoded,
    failed: a.failed + b.failed,
    events: a.events + b.events,
    failures: [...a.failures, ...b.failures],
  };
}
