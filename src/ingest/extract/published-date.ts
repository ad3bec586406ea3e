// The publication date of a page, from the most to the least trusted place: JSON-LD
// datePublished, publication meta tags, a <time> element that belongs to the article, the URL.
// Never the fetch time: when none of these says, the date is absent and the source "none".
import type { DateSource } from "../types.js";
import { normalizePublished } from "../published.js";
import { all, type DomDocument } from "./dom.js";
import type { JsonLdNode } from "./json-ld.js";
import { firstMeta, type MetaTags } from "./meta-tags.js";

/** Meta tags that carry the first publication time, most specific first. */
export const PUBLISHED_META = [
  "article:published_time", "og:article:published_time", "og:published_time", "published_time",
  "article:published", "article.published", "datepublished", "pubdate", "publishdate", "publish-date",
  "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
  "dcterms.created", "dc.date", "dcterms.date", "date", "original-publish-date", "cxenseparse:recs:publishtime",
  "bt:pubdate", "citation_publication_date", "citation_date", "rnews:datepublished", "displaydate",
] as const;

export interface FoundDate {
  published?: string;
  publishedFrom: DateSource;
  /** Which tag, element or URL gave it, for explanations. */
  evidence?: string;
}

function fromJsonLd(node: JsonLdNode | undefined, all: JsonLdNode[]): FoundDate | undefined {
  const candidates = node ? [node, ...all.filter((n) => n !== node)] : all;
  for (const n of candidates) {
    const raw = typeof n.datePublished === "string" ? n.datePublished : undefined;
    const published = normalizePublished(raw);
    if (published) return { published, publishedFrom: "json-ld", evidence: "datePublished" };
  }
  return undefined;
}

function fromMeta(tags: MetaTags): FoundDate | undefined {
  for (const name of PUBLISHED_META) {
    const found = firstMeta(tags, [name]);
    const published = normalizePublished(found?.value);
    if (published) return { published, publishedFrom: "meta", evidence: name };
  }
  return undefined;
}

/**
 * <time> elements marked as the publication time (pubdate, itemprop=datePublished), then those
 * inside the article or its header. A lone <time> elsewhere may be a sidebar or today's date.
 */
function fromTimeElement(document: DomDocument): FoundDate | undefined {
  const groups = [
    all(document, "time[pubdate], [itemprop=datePublished]"),
    all(document, "article time[datetime], header time[datetime], [class*=byline] time[datetime], [class*=dateline] time[datetime]"),
  ];
  for (const group of groups) {
    for (const el of group) {
      const raw = el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent;
      const published = normalizePublished(raw);
      if (published) return { published, publishedFrom: "time-element", evidence: `<${el.tagName.toLowerCase()}>` };
    }
  }
  return undefined;
}

/** "/2024/04/05/", "/2024-04-05-" or "/20240405/" in the path. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (!m) return undefined;
  return normalizePublished(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`);
}

export function findPublished(
  document: DomDocument,
  tags: MetaTags,
  jsonLd: { article?: JsonLdNode; nodes: JsonLdNode[] },
  urls: Array<string | undefined>,
): FoundDate {
  const found = fromJsonLd(jsonLd.article, jsonLd.nodes) ?? fromMeta(tags) ?? fromTimeElement(document);
  if (found) return found;
  for (const url of urls) {
    const published = dateFromUrl(url);
    if (published) return { published, publishedFrom: "url", evidence: url };
  }
  return { publishedFrom: "none" };
}
