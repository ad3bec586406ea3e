// An HTML page as a RawArticle, for the store.
import type { RawArticle, SourceRef } from "../types.js";
import { dropUndefined } from "../compact.js";
import { extractArticle } from "./extract-article.js";

export interface HtmlArticleInput {
  source: SourceRef;
  /** The URL the page was fetched from, after redirects; absent for a local file. */
  url?: string;
  /** When it was fetched or read (ISO date-time). */
  seenAt: string;
}

export function articleFromHtml(html: string, input: HtmlArticleInput): RawArticle {
  const page = extractArticle(html, { url: input.url });
  return dropUndefined({
    source: input.source,
    url: input.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    text: page.text,
    published: page.published,
    publishedFrom: page.publishedFrom,
    byline: page.byline,
    siteName: page.siteName ?? input.source.name,
    language: page.language,
    seenAt: input.seenAt,
  });
}
