// Acquisition: files, folders, JSONL, HTML, URLs, feeds and OPML lists to RawArticles.
// The public surface for the store and the ingest/watch commands; see docs/INGEST.md.
export type { Acquired, AcquireFailure, DateSource, RawArticle, SourceRef } from "./types.js";

// Whole inputs
export { acquire, runJob } from "./sources/acquire.js";
export { expandInputs, walkFolder } from "./sources/expand-inputs.js";
export type { AcquireJob, AcquireOptions, ValidatorCache, Validators } from "./sources/types.js";
export { parseFieldMap, DEFAULT_FIELD_MAP, MAPPABLE_FIELDS, type FieldMap, type MappableField } from "./sources/field-map.js";
export { compileGlob, matchAny } from "./sources/glob.js";
export { classifyFile, SUPPORTED_EXTENSIONS } from "./sources/classify.js";
export { articleFromText, splitTitle } from "./sources/text-article.js";
export { articleFromJsonlLine, articlesFromJsonl } from "./sources/jsonl-articles.js";

// Web
export {
  acquirePage, acquireUrl, articleFromFeedItem, articlesFromFeed, articlesFromFeedList, articlesFromFeedUrl, fetchFeed,
  failureFromFetch, type FeedFetch,
} from "./sources/web.js";
export { fetchPage, FETCH_DEFAULTS } from "./fetch/fetch-page.js";
export type { AcceptKind, FetchedPage, FetchError, FetchErrorReason, FetchOptions, FetchResult, NotModified } from "./fetch/types.js";
export { HostLimiter, defaultHostLimiter, type HostLimiterOptions } from "./fetch/host-limiter.js";
export { isPrivateAddress, resolveAllowed } from "./fetch/address-guard.js";
export { decodeBody, parseContentType } from "./fetch/charset.js";
export { DEFAULT_USER_AGENT, EVENTWIRE_VERSION } from "./fetch/user-agent.js";

// Pages
export { extractArticle, type ExtractedArticle, type ExtractOptions } from "./extract/extract-article.js";
export { articleFromHtml, type HtmlArticleInput } from "./extract/article-from-html.js";
export { removeBoilerplate } from "./extract/boilerplate.js";
export { stripSiteSuffix } from "./extract/title.js";

// Feeds
export { parseFeedText, hasFullContent, looksLikeFeed } from "./feeds/parse-feed.js";
export { parseOpmlText } from "./feeds/opml.js";
export type { FeedFormat, FeedItem, FeedRef, ParsedFeed } from "./feeds/types.js";

// Shared helpers
export { normalizeUrl, tryNormalizeUrl, isTrackingParam, isHttpUrl } from "./urls.js";
export { normalizePublished } from "./published.js";
export { chooseLanguage, languageTagToIso3 } from "./language.js";
