// <meta> tags by name, property or itemprop, looked up case-insensitively; first one wins.
import { all, cleanText, type DomDocument } from "./dom.js";

export type MetaTags = Map<string, string>;

export function readMetaTags(document: DomDocument): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of all(document, "meta")) {
    const content = meta.getAttribute("content");
    if (content === null || !content.trim()) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, cleanText(content));
    }
  }
  return tags;
}

/** The first of the named tags that is present. */
export function firstMeta(tags: MetaTags, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = tags.get(name);
    if (value) return { name, value };
  }
  return undefined;
}
