// Feeds and feed lists, reduced to what acquisition needs.

export type FeedFormat = "rss" | "atom" | "rdf" | "json";

export interface FeedItem {
  /** The article's URL, absolute. */
  url?: string;
  /** guid, Atom id or JSON Feed id. */
  id?: string;
  title?: string;
  /** Normalised publication date: pubDate, Atom published/updated, date_published, dc:date. */
  published?: string;
  /** Plain text of the description or summary. */
  summary?: string;
  /** Plain text of the full content (content:encoded, Atom content, content_html/content_text). */
  content?: string;
  author?: string;
}

export interface ParsedFeed {
  /** Where the feed was read from: its URL or file path. */
  location: string;
  format: FeedFormat;
  title?: string;
  /** The site's home page. */
  link?: string;
  language?: string;
  items: FeedItem[];
}

/** One feed in an OPML list. */
export interface FeedRef {
  url: string;
  title?: string;
  /** The site's home page, when the list gives it. */
  siteUrl?: string;
  /** Outline folders it sits in, outermost first. */
  categories: string[];
}
