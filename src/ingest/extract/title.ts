// The headline: og:title, JSON-LD headline, then <title> less the site's name.
import { cleanText, type DomDocument } from "./dom.js";
import { jsonLdString, type JsonLdNode } from "./json-ld.js";
import { firstMeta, type MetaTags } from "./meta-tags.js";

const SEPARATORS = [" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " / "];

/** Every word capitalised or a domain: "Reuters", "The Daily Planet", "example.org". */
function looksLikeSiteName(part: string): boolean {
  const words = part.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /\.\w{2,}$/.test(w) || /^(of|the|and|de|la|le|el|&)$/i.test(w));
}

/**
 * Removes a site name before or after a separator. With a known site name only that is removed;
 * otherwise a short, capitalised last part is taken for one ("Port strike ends - Daily Planet").
 */
export function stripSiteSuffix(title: string, siteName?: string): string {
  const text = cleanText(title);
  if (siteName) {
    const site = siteName.trim().toLowerCase();
    for (const sep of SEPARATORS) {
      if (text.toLowerCase().endsWith(sep + site)) return text.slice(0, text.length - sep.length - site.length).trim();
      if (text.toLowerCase().startsWith(site + sep)) return text.slice(site.length + sep.length).trim();
    }
  }
  for (const sep of SEPARATORS) {
    const at = text.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = text.slice(0, at).trim();
    const tail = text.slice(at + sep.length).trim();
    if (head.split(/\s+/).length >= 2 && looksLikeSiteName(tail)) return head;
  }
  return text;
}

export function findTitle(document: DomDocument, tags: MetaTags, article: JsonLdNode | undefined, siteName?: string): string | undefined {
  const candidates = [
    firstMeta(tags, ["og:title", "twitter:title"])?.value,
    jsonLdString(article?.headline) ?? jsonLdString(article?.name),
    document.querySelector("title")?.textContent,
    document.querySelector("h1")?.textContent,
  ];
  for (const candidate of candidates) {
    const title = candidate ? stripSiteSuffix(candidate, siteName) : "";
    if (title) return title;
  }
  return undefined;
}
