// The feeds `watch` polls: an OPML list, or a text file with one feed URL per line, optionally
// followed by its own interval ("https://example.org/rss 30m"). Blank lines and "#" comments skip.
import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { parseOpmlText } from "./feeds/opml.js";
import { isHttpUrl } from "./urls.js";

export interface WatchedFeed {
  url: string;
  name?: string;
  /** Seconds, when the list gives the feed its own interval. */
  intervalSeconds?: number;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "90s", "15m", "1h30m", "2d"; a bare number is minutes. */
export function parseInterval(value: string, input = "--interval"): number {
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 60);
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*([smhd])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("").replace(/\s/g, "") !== text.replace(/\s/g, "")) {
    throw new InputError(input, `"${value}" is not an interval; write e.g. 90s, 15m, 1h or 1h30m`);
  }
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]!]!, 0));
}

export function parseFeedList(text: string, location: string): WatchedFeed[] {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(head)) {
    return parseOpmlText(text, location).map((f) => (f.title ? { url: f.url, name: f.title } : { url: f.url }));
  }
  const feeds: WatchedFeed[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) return;
    const [url, interval, ...rest] = line.split(/\s+/);
    const where = `line ${i + 1} of ${location}`;
    if (!isHttpUrl(url!)) throw new InputError(where, `"${url}" is not a feed URL; write one http(s) URL per line, optionally followed by an interval`);
    if (rest.length > 0) throw new InputError(where, "expected a URL and at most one interval, e.g. https://example.org/rss 30m");
    feeds.push(interval ? { url: url!, intervalSeconds: parseInterval(interval, where) } : { url: url! });
  });
  return feeds;
}

export function readFeedList(path: string): WatchedFeed[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file; give an OPML list or a text file of feed URLs" : (error as Error).message);
  }
  const feeds = parseFeedList(text, path);
  if (feeds.length === 0) throw new InputError(path, "lists no feeds; write one feed URL per line, or give an OPML list");
  return feeds;
}
