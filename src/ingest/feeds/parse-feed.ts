// RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed through feedsmith, reduced to FeedItems.
// A feed that cannot be read is an InputError that names the feed.
import { MalformedError, parseFeed, type AnyFeed, type AtomFeed, type JsonFeed, type RdfFeed, type RssFeed } from "feedsmith";
import { InputError } from "../../errors.js";
import { normalizePublished } from "../published.js";
import { markupToLine, markupToText } from "./markup-text.js";
import type { FeedItem, ParsedFeed } from "./types.js";

/** Resolves relative item links; keeps the link as written otherwise (normalising is the caller's choice). */
function absolute(link: string | undefined, base: string): string | undefined {
  if (!link?.trim()) return undefined;
  try {
    const url = new URL(link.trim(), /^https?:/i.test(base) ? base : undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function rssItem(item: RssFeed.Item<string>, base: string): FeedItem {
  const guid = item.guid?.value;
  const guidIsLink = item.guid?.isPermaLink !== false && guid !== undefined && /^https?:\/\//i.test(guid);
  return {
    url: absolute(item.link, base) ?? (guidIsLink ? absolute(guid, base) : undefined),
    id: guid,
    title: markupToLine(item.title),
    published: normalizePublished(item.pubDate ?? item.dc?.dates?.[0]),
    summary: markupToText(item.description),
    content: markupToText(item.content?.encoded),
    author: item.dc?.creators?.join(", ") || item.authors?.join(", ") || undefined,
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, base: string): FeedItem {
  const links = entry.links ?? [];
  const link = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
  return {
    url: absolute(link?.href, base),
    id: entry.id,
    title: markupToLine(entry.title?.value),
    published: normalizePublished(entry.published ?? entry.updated),
    summary: markupToText(entry.summary?.value),
    content: entry.content?.src ? undefined : markupToText(entry.content?.value),
    author: entry.authors?.map((a) => a.name).filter(Boolean).join(", ") || undefined,
  };
}

function rdfItem(item: RdfFeed.Item<string>, base: string): FeedItem {
  return {
    url: absolute(item.link ?? item.rdf?.about, base),
    id: item.rdf?.about,
    title: markupToLine(item.title),
    published: normalizePublished(item.dc?.dates?.[0]),
    summary: markupToText(item.description),
    content: markupToText(item.content?.encoded),
    author: item.dc?.creators?.join(", ") || undefined,
  };
}

function jsonItem(item: JsonFeed.Item<string>, base: string): FeedItem {
  return {
    url: absolute(item.url ?? item.external_url, base),
    id: item.id,
    title: markupToLine(item.title),
    published: normalizePublished(item.date_published ?? item.date_modified),
    summary: markupToText(item.summary),
    content: markupToText(item.content_html) ?? markupToText(item.content_text),
    author: item.authors?.map((a) => a.name).filter(Boolean).join(", ") || undefined,
  };
}

const clean = (item: FeedItem): FeedItem =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as FeedItem;

/** Parses a feed document; `location` (URL or path) names it in errors and resolves relative links. */
export function parseFeedText(text: string, location: string): ParsedFeed {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof MalformedError) {
      const detail = (error.cause as Error | undefined)?.message;
      throw new InputError(location, `malformed feed: not well-formed XML${detail ? ` (${detail})` : ""}`);
    }
    throw new InputError(location, "not a feed: expected RSS, Atom, RDF or JSON Feed");
  }
  const base = location;
  switch (parsed.format) {
    case "rss": {
      const feed = parsed.feed;
      return {
        location, format: "rss", title: markupToLine(feed.title), link: absolute(feed.link, base), language: feed.language,
        items: (feed.items ?? []).map((i) => clean(rssItem(i, base))),
      };
    }
    case "atom": {
      const feed = parsed.feed;
      const home = feed.links?.find((l) => !l.rel || l.rel === "alternate")?.href;
      return {
        location, format: "atom", title: markupToLine(feed.title?.value), link: absolute(home, base),
        items: (feed.entries ?? []).map((e) => clean(atomEntry(e, base))),
      };
    }
    case "rdf": {
      const feed = parsed.feed;
      return {
        location, format: "rdf", title: markupToLine(feed.title), link: absolute(feed.link, base), language: feed.dc?.languages?.[0],
        items: (feed.items ?? []).map((i) => clean(rdfItem(i, base))),
      };
    }
    case "json": {
      const feed = parsed.feed;
      return {
        location, format: "json", title: markupToLine(feed.title), link: absolute(feed.home_page_url, base), language: feed.language,
        items: (feed.items ?? []).map((i) => clean(jsonItem(i, base))),
      };
    }
  }
}

/** Items that carry their full text (at least `minChars` of content), so no page fetch is needed. */
export function hasFullContent(item: FeedItem, minChars = 400): boolean {
  return (item.content?.length ?? 0) >= minChars;
}

/** Whether a document looks like a feed rather than a web page (for inputs of unknown kind). */
export function looksLikeFeed(text: string): boolean {
  const start = text.replace(/^\uFEFF/, "").trimStart().slice(0, 1024);
  if (start.startsWith("{")) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(text.slice(0, 4096));
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(start) && !/<html[\s>]/i.test(start);
}
