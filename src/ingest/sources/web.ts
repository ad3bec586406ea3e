// Web inputs: a URL that turns out to be a page, a feed or an OPML list; feeds whose items carry
// full text or need their pages fetched. Every failure becomes an Acquired failure value.
import { dropUndefined } from "../compact.js";
import { articleFromHtml } from "../extract/article-from-html.js";
import { isFeedType, isHtmlType } from "../fetch/content-type.js";
import { fetchPage } from "../fetch/fetch-page.js";
import type { AcceptKind, FetchedPage, FetchError } from "../fetch/types.js";
import { parseOpmlText } from "../feeds/opml.js";
import { hasFullContent, looksLikeFeed, parseFeedText } from "../feeds/parse-feed.js";
import type { FeedItem, FeedRef, ParsedFeed } from "../feeds/types.js";
import { chooseLanguage } from "../language.js";
import type { Acquired, AcquireFailure, RawArticle, SourceRef } from "../types.js";
import { tryNormalizeUrl } from "../urls.js";
import { mapOrdered } from "./ordered-pool.js";
import type { AcquireOptions } from "./types.js";

export function failureFromFetch(source: SourceRef, error: FetchError): AcquireFailure {
  return { source, reason: `${error.reason}: ${error.message}`, retryable: error.retryable };
}

function failed(source: SourceRef, reason: string, retryable = false): Acquired {
  return { ok: false, failure: { source, reason, retryable } };
}

type Fetched =
  | { ok: true; notModified: true }
  | { ok: true; notModified: false; page: FetchedPage }
  | { ok: false; failure: AcquireFailure };

/** Fetches with the caller's validators (conditional GET) and stores the new ones. */
async function fetchWithValidators(url: string, accept: AcceptKind, source: SourceRef, options: AcquireOptions): Promise<Fetched> {
  const cached = await options.validators?.get(url);
  const result = await fetchPage(url, { ...options.fetch, accept, etag: cached?.etag, lastModified: cached?.lastModified });
  if (!result.ok) return { ok: false, failure: failureFromFetch(source, result.error) };
  if (result.etag || result.lastModified) {
    await options.validators?.set(url, dropUndefined({ etag: result.etag, lastModified: result.lastModified }));
  }
  if (result.notModified) {
    options.onNotice?.(`${url}: not modified since the last fetch`);
    return { ok: true, notModified: true };
  }
  return { ok: true, notModified: false, page: result };
}

export type FeedFetch =
  | { ok: true; notModified: true }
  | { ok: true; notModified: false; feed: ParsedFeed }
  | { ok: false; failure: AcquireFailure };

/** Fetches and parses one feed (conditional GET when validators are cached). */
export async function fetchFeed(url: string, options: AcquireOptions = {}, name?: string): Promise<FeedFetch> {
  const source: SourceRef = dropUndefined({ kind: "feed", location: url, name });
  const fetched = await fetchWithValidators(url, "feed", source, options);
  if (!fetched.ok || fetched.notModified) return fetched;
  try {
    return { ok: true, notModified: false, feed: parseFeedText(fetched.page.body, fetched.page.url) };
  } catch (error) {
    return { ok: false, failure: { source, reason: (error as Error).message, retryable: false } };
  }
}

/** A feed item whose content is the whole article. */
export function articleFromFeedItem(item: FeedItem, feed: ParsedFeed, seenAt: string): RawArticle {
  const text = item.content ?? item.summary ?? "";
  return dropUndefined({
    source: dropUndefined({ kind: "feed", location: feed.location, name: feed.title }),
    url: item.url,
    canonicalUrl: tryNormalizeUrl(item.url),
    title: item.title,
    text,
    published: item.published,
    publishedFrom: item.published ? "feed" : "none",
    byline: item.author,
    siteName: feed.title,
    language: chooseLanguage(text, feed.language).language,
    seenAt,
    externalId: item.id,
  });
}

/** Fetches and extracts one web page. */
export async function acquirePage(url: string, options: AcquireOptions = {}, source?: SourceRef): Promise<Acquired> {
  const from = source ?? { kind: "url", location: url };
  const result = await fetchPage(url, { ...options.fetch, accept: "html" });
  if (!result.ok) return { ok: false, failure: failureFromFetch(from, result.error) };
  if (result.notModified) return failed(from, "not modified", true);
  return { ok: true, article: articleFromHtml(result.body, { source: from, url: result.url, seenAt: result.fetchedAt }) };
}

/** The page's own date wins over the feed's, except a date read from the URL, which has no time. */
function mergeFeedItem(article: RawArticle, item: FeedItem, feed: ParsedFeed): RawArticle {
  const pageDateIsWeak = article.publishedFrom === "none" || article.publishedFrom === "url";
  const useFeedDate = pageDateIsWeak && item.published !== undefined;
  return dropUndefined({
    ...article,
    source: dropUndefined({ kind: "feed", location: feed.location, name: feed.title }),
    title: article.title ?? item.title,
    published: useFeedDate ? item.published : article.published,
    publishedFrom: useFeedDate ? "feed" : article.publishedFrom,
    byline: article.byline ?? item.author,
    siteName: article.siteName ?? feed.title,
    externalId: item.id,
  });
}

/** The feed's items as articles: full-content items directly, the others by fetching their pages. */
export async function* articlesFromFeed(feed: ParsedFeed, options: AcquireOptions = {}, seenAt?: string): AsyncGenerator<Acquired> {
  const minChars = options.fullContentMinChars ?? 400;
  const items = feed.items.slice(0, options.maxFeedItems ?? feed.items.length);
  const when = seenAt ?? (options.now ?? (() => new Date()))().toISOString();
  const one = async (item: FeedItem): Promise<Acquired | undefined> => {
    const source: SourceRef = dropUndefined({ kind: "url", location: item.url ?? feed.location, name: feed.title });
    try {
      if (hasFullContent(item, minChars)) return { ok: true, article: articleFromFeedItem(item, feed, when) };
      if (!item.url) return failed(source, `item "${item.title ?? item.id ?? "?"}" of ${feed.location} has neither a link nor full content`);
      if (options.shouldFetch && !(await options.shouldFetch(item.url))) {
        options.onNotice?.(`${item.url}: skipped, already known`);
        return undefined;
      }
      const page = await acquirePage(item.url, options, source);
      return page.ok ? { ok: true, article: mergeFeedItem(page.article, item, feed) } : page;
    } catch (error) {
      return failed(source, `unexpected error: ${(error as Error).message}`, true);
    }
  };
  for await (const result of mapOrdered(items, options.concurrency ?? 4, one)) {
    if (result) yield result;
  }
}

/** Articles of every feed in an OPML list. */
export async function* articlesFromFeedList(feeds: FeedRef[], options: AcquireOptions = {}): AsyncGenerator<Acquired> {
  for (const ref of feeds) yield* articlesFromFeedUrl(ref.url, options, ref.title);
}

export async function* articlesFromFeedUrl(url: string, options: AcquireOptions = {}, name?: string): AsyncGenerator<Acquired> {
  const fetched = await fetchFeed(url, options, name);
  if (!fetched.ok) {
    yield { ok: false, failure: fetched.failure };
    return;
  }
  if (fetched.notModified) return;
  yield* articlesFromFeed(fetched.feed, options);
}

/** A URL of unknown kind: a page becomes one article, a feed its items, an OPML list its feeds. */
export async function* acquireUrl(url: string, options: AcquireOptions = {}): AsyncGenerator<Acquired> {
  const source: SourceRef = { kind: "url", location: url };
  const fetched = await fetchWithValidators(url, "page-or-feed", source, options);
  if (!fetched.ok) {
    yield { ok: false, failure: fetched.failure };
    return;
  }
  if (fetched.notModified) return;
  const page = fetched.page;
  const head = page.body.trimStart().slice(0, 1024);
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(head)) {
    try {
      yield* articlesFromFeedList(parseOpmlText(page.body, page.url), options);
    } catch (error) {
      yield failed(source, (error as Error).message);
    }
    return;
  }
  if (looksLikeFeed(page.body) || (isFeedType(page.contentType) && !isHtmlType(page.contentType) && !/<html[\s>]/i.test(head))) {
    let feed: ParsedFeed;
    try {
      feed = parseFeedText(page.body, page.url);
    } catch (error) {
      yield failed({ kind: "feed", location: url }, (error as Error).message);
      return;
    }
    yield* articlesFromFeed(feed, options, page.fetchedAt);
    return;
  }
  yield { ok: true, article: articleFromHtml(page.body, { source, url: page.url, seenAt: page.fetchedAt }) };
}
