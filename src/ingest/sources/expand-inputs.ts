// Inputs on the command line to jobs: URLs, files, folders (walked, filtered by globs), OPML
// lists (their feeds) and "-" for stdin. A bad input becomes an "invalid" job, not an exception.
import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseOpmlText } from "../feeds/opml.js";
import { isHttpUrl } from "../urls.js";
import { classifyFile, SUPPORTED_EXTENSIONS } from "./classify.js";
import { compileGlob } from "./glob.js";
import { describeFsError, readHead, readLocalText } from "./read-local.js";
import type { AcquireJob, AcquireOptions } from "./types.js";

const DEFAULT_INCLUDE = [`**/*.{${SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(",")}}`];

/** Files under a folder, sorted, hidden entries skipped. */
export async function* walkFolder(root: string): AsyncGenerator<string> {
  const entries = (await readdir(root, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(root, entry.name);
    if (entry.isDirectory()) {
      yield* walkFolder(path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

async function jobForFile(path: string): Promise<AcquireJob> {
  try {
    return classifyFile(path, await readHead(path));
  } catch (error) {
    return { kind: "invalid", input: path, reason: describeFsError(error) };
  }
}

async function* opmlJobs(path: string): AsyncGenerator<AcquireJob> {
  let feeds;
  try {
    feeds = parseOpmlText(await readLocalText(path), path);
  } catch (error) {
    yield { kind: "invalid", input: path, reason: (error as Error).message.replace(`${path}: `, "") };
    return;
  }
  if (feeds.length === 0) yield { kind: "invalid", input: path, reason: "the OPML list names no feeds (no outline has an xmlUrl)" };
  for (const feed of feeds) yield { kind: "feed-url", url: feed.url, name: feed.title, from: path };
}

export async function* expandInputs(inputs: readonly string[], options: AcquireOptions = {}): AsyncGenerator<AcquireJob> {
  const include = (options.include?.length ? options.include : DEFAULT_INCLUDE).map(compileGlob);
  const exclude = (options.exclude ?? []).map(compileGlob);
  for (const input of inputs) {
    if (input === "-") {
      yield { kind: "stdin" };
      continue;
    }
    if (isHttpUrl(input)) {
      yield { kind: "url", url: input.trim() };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield { kind: "invalid", input, reason: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      try {
        for await (const path of walkFolder(input)) {
          const rel = relative(input, path).split(sep).join("/");
          if (!include.some((m) => m(rel)) || exclude.some((m) => m(rel))) continue;
          found++;
          const job = await jobForFile(path);
          if (job.kind === "opml-file") yield* opmlJobs(path);
          else yield job;
        }
      } catch (error) {
        yield { kind: "invalid", input, reason: describeFsError(error) };
        continue;
      }
      if (found === 0) options.onNotice?.(`${input}: no files matched ${(options.include ?? ["the supported extensions"]).join(", ")}`);
      continue;
    }
    const job = await jobForFile(input);
    if (job.kind === "opml-file") yield* opmlJobs(input);
    else yield job;
  }
}
