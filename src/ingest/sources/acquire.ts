// acquire(): inputs in, articles and failures out, in input order. Nothing an input does
// (missing file, dead link, broken feed) stops the batch; each problem is one failure value.
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { checkDate } from "../../errors.js";
import { articleFromHtml } from "../extract/article-from-html.js";
import { parseOpmlText } from "../feeds/opml.js";
import { parseFeedText } from "../feeds/parse-feed.js";
import type { Acquired, SourceRef } from "../types.js";
import { expandInputs } from "./expand-inputs.js";
import { parseFieldMap, type FieldMap } from "./field-map.js";
import { articlesFromJsonl } from "./jsonl-articles.js";
import { describeFsError, readLocalText, readStream } from "./read-local.js";
import { articleFromText } from "./text-article.js";
import type { AcquireJob, AcquireOptions } from "./types.js";
import { acquireUrl, articlesFromFeed, articlesFromFeedUrl } from "./web.js";

function fail(source: SourceRef, reason: string, retryable = false): Acquired {
  return { ok: false, failure: { source, reason, retryable } };
}

function fieldMap(options: AcquireOptions): FieldMap {
  return typeof options.fieldMap === "string" || options.fieldMap === undefined ? parseFieldMap(options.fieldMap) : options.fieldMap;
}

function seenAt(options: AcquireOptions): string {
  return (options.now ?? (() => new Date()))().toISOString();
}

/** Whether stdin holds JSONL: its first non-blank line is a JSON object. */
function looksLikeJsonl(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim());
  if (!first?.trim().startsWith("{")) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/** The articles of one job. */
export async function* runJob(job: AcquireJob, options: AcquireOptions = {}): AsyncGenerator<Acquired> {
  switch (job.kind) {
    case "invalid":
      yield fail({ kind: "file", location: job.input }, job.reason);
      return;
    case "url":
      yield* acquireUrl(job.url, options);
      return;
    case "feed-url":
      yield* articlesFromFeedUrl(job.url, options, job.name);
      return;
    case "stdin": {
      const source: SourceRef = { kind: "stdin", location: "-" };
      let text: string;
      try {
        const input = options.stdin ?? process.stdin;
        text = typeof input === "string" ? input : await readStream(input);
      } catch (error) {
        yield fail(source, `cannot read stdin: ${(error as Error).message}`);
        return;
      }
      const format = options.stdinFormat ?? "auto";
      if (format === "jsonl" || (format === "auto" && looksLikeJsonl(text))) {
        yield* articlesFromJsonl(text, { source, map: fieldMap(options), seenAt: seenAt(options) });
      } else if (!text.trim()) {
        yield fail(source, "stdin is empty");
      } else {
        yield { ok: true, article: articleFromText(text, { source, date: options.date, seenAt: seenAt(options) }) };
      }
      return;
    }
    case "jsonl-file": {
      const source: SourceRef = { kind: "jsonl", location: job.path };
      const stream = createReadStream(job.path) as unknown as Readable;
      const opened = await new Promise<Error | undefined>((resolve) => {
        stream.once("open", () => resolve(undefined));
        stream.once("error", (error) => resolve(error));
      });
      if (opened) {
        yield fail(source, describeFsError(opened));
        return;
      }
      stream.setEncoding("utf8");
      yield* articlesFromJsonl(stream, { source, map: fieldMap(options), seenAt: seenAt(options) });
      return;
    }
    default:
      break;
  }

  // The remaining kinds read one whole local file.
  const kind = job.kind === "text-file" ? "file" : job.kind === "html-file" ? "html" : "feed";
  const source: SourceRef = { kind, location: job.path };
  let text: string;
  try {
    text = await readLocalText(job.path);
  } catch (error) {
    yield fail(source, describeFsError(error));
    return;
  }
  try {
    if (job.kind === "text-file") {
      if (!text.trim()) {
        yield fail(source, "the file is empty");
        return;
      }
      yield { ok: true, article: articleFromText(text, { source, date: options.date, seenAt: seenAt(options), markdown: /\.(md|markdown)$/i.test(job.path) }) };
    } else if (job.kind === "html-file") {
      const article = articleFromHtml(text, { source, seenAt: seenAt(options) });
      // A saved page knows its address only from its canonical link.
      yield { ok: true, article: article.canonicalUrl ? { ...article, url: article.canonicalUrl } : article };
    } else if (job.kind === "feed-file") {
      yield* articlesFromFeed(parseFeedText(text, job.path), options, seenAt(options));
    } else {
      for (const feed of parseOpmlText(text, job.path)) yield* articlesFromFeedUrl(feed.url, options, feed.title);
    }
  } catch (error) {
    yield fail(source, (error as Error).message.replace(`${job.path}: `, ""));
  }
}

/**
 * Every article in the inputs (paths, folders, URLs, "-"), in order, as ok articles or failures.
 * Throws only for bad options (an invalid --date or --map), before anything is read.
 */
export async function* acquire(inputs: readonly string[], options: AcquireOptions = {}): AsyncGenerator<Acquired> {
  if (options.date !== undefined) checkDate(options.date, "--date");
  const checked: AcquireOptions = { ...options, fieldMap: fieldMap(options) };
  for await (const job of expandInputs(inputs, checked)) yield* runJob(job, checked);
}
