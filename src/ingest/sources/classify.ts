// Which kind of input a file is: by extension, and by its first bytes when the extension says nothing.
import { extname } from "node:path";
import { looksLikeFeed } from "../feeds/parse-feed.js";
import type { AcquireJob } from "./types.js";

export const TEXT_EXTENSIONS = [".txt", ".text", ".md", ".markdown"];
export const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"];
export const FEED_EXTENSIONS = [".xml", ".rss", ".atom", ".rdf", ".json"];
export const OPML_EXTENSIONS = [".opml"];

/** Every extension a folder walk takes by default. */
export const SUPPORTED_EXTENSIONS = [
  ...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS, ...HTML_EXTENSIONS, ...FEED_EXTENSIONS, ...OPML_EXTENSIONS,
];

function isOpml(head: string): boolean {
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(head.trimStart());
}

/** The job for a file, given its path and its first few kilobytes. */
export function classifyFile(path: string, head: string): AcquireJob {
  const ext = extname(path).toLowerCase();
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (TEXT_EXTENSIONS.includes(ext)) return { kind: "text-file", path };
  if (JSONL_EXTENSIONS.includes(ext)) return { kind: "jsonl-file", path };
  if (HTML_EXTENSIONS.includes(ext)) return { kind: "html-file", path };
  if (OPML_EXTENSIONS.includes(ext) || isOpml(start)) return { kind: "opml-file", path };
  if (FEED_EXTENSIONS.includes(ext)) {
    if (looksLikeFeed(start) || ext !== ".json") return { kind: "feed-file", path };
    return { kind: "invalid", input: path, reason: "a .json file that is not a JSON Feed; write one record per line as .jsonl" };
  }
  // No telling extension: look at the content.
  if (looksLikeFeed(start)) return { kind: "feed-file", path };
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return { kind: "html-file", path };
  if (start.startsWith("{")) return { kind: "jsonl-file", path };
  return { kind: "text-file", path };
}
