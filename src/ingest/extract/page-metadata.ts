// Where the page lives and who publishes it: canonical URL and site name.
import { tryNormalizeUrl } from "../urls.js";
import type { DomDocument } from "./dom.js";
import { jsonLdString, type JsonLdNode } from "./json-ld.js";
import { firstMeta, type MetaTags } from "./meta-tags.js";

/**
 * The page's own canonical link (resolved against the page URL), else og:url, else the page URL,
 * normalised. Undefined when none is an http(s) URL.
 */
export function findCanonicalUrl(document: DomDocument, tags: MetaTags, pageUrl?: string): string | undefined {
  const link = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  return tryNormalizeUrl(link, pageUrl) ?? tryNormalizeUrl(tags.get("og:url"), pageUrl) ?? tryNormalizeUrl(pageUrl);
}

export function findSiteName(tags: MetaTags, article: JsonLdNode | undefined): string | undefined {
  const name = firstMeta(tags, ["og:site_name", "application-name"])?.value ?? jsonLdString(article?.publisher);
  return name?.trim() || undefined;
}
