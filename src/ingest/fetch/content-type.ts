// Which media types each caller can use. A PDF or an image is refused before its body is read.
import type { AcceptKind } from "./types.js";

const HTML = new Set(["text/html", "application/xhtml+xml"]);
const FEED = new Set([
  "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
  "application/feed+json", "application/json", "text/x-opml", "text/x-opml+xml",
]);

export function isHtmlType(mediaType: string): boolean {
  return HTML.has(mediaType);
}

export function isFeedType(mediaType: string): boolean {
  return FEED.has(mediaType) || mediaType.endsWith("+xml") || mediaType.endsWith("+json");
}

/** A missing type is accepted and the body sniffed; text/plain too, as servers label feeds so. */
export function acceptsMediaType(accept: AcceptKind, mediaType: string): boolean {
  if (accept === "any" || mediaType === "" || mediaType === "text/plain") return true;
  if (accept === "html") return isHtmlType(mediaType);
  if (accept === "feed") return isFeedType(mediaType);
  return isHtmlType(mediaType) || isFeedType(mediaType);
}
