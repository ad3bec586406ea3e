// JSON-LD blocks: publishers put the article's headline, dates, author and publisher there,
// often inside an "@graph" array next to WebPage, Organization and BreadcrumbList nodes.
import { all, type DomDocument } from "./dom.js";

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
  "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
  "report", "scholarlyarticle", "techarticle", "webpage",
]);

function parseLenient(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, "").replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, "").replace(/;\s*$/, "");
  try {
    return JSON.parse(text);
  } catch {
    // Raw line breaks inside strings are the usual fault of hand-built blocks.
    try {
      return JSON.parse(text.replace(/[\r\n\t]+/g, " "));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (node["@graph"] !== undefined) collect(node["@graph"], out, depth + 1);
}

/** Every top-level node of every JSON-LD block, @graph members included. */
export function readJsonLd(document: DomDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of all(document, 'script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]')) {
    collect(parseLenient(script.textContent ?? ""), nodes);
  }
  return nodes;
}

function types(node: JsonLdNode): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^.*[/:]/, "").toLowerCase());
}

/** The node that describes the article: an Article type first (WebPage last), else one with a publication date. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const ranked = nodes
    .map((node) => {
      const ts = types(node);
      const rank = ts.some((t) => ARTICLE_TYPES.has(t) && t !== "webpage") ? 0 : ts.includes("webpage") ? 1 : 2;
      return { node, rank };
    })
    .filter(({ node, rank }) => rank < 2 || node.datePublished !== undefined || node.headline !== undefined)
    .sort((a, b) => a.rank - b.rank);
  // A WebPage without a date should not hide an unlabelled node that has one.
  const withDate = ranked.find(({ node, rank }) => rank === 0 || node.datePublished !== undefined);
  return (withDate ?? ranked[0])?.node;
}

/** The first string of a value that may be a string, an object with @value/name, or a list. */
export function jsonLdString(value: unknown, key = "name"): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdString(item, key);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === "object") {
    const obj = value as JsonLdNode;
    return jsonLdString(obj["@value"] ?? obj[key], key);
  }
  return undefined;
}

/** All names in a value such as `author`: a string, a Person, or a list of either. */
export function jsonLdNames(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdNames);
  if (value && typeof value === "object") {
    const name = (value as JsonLdNode).name;
    return typeof name === "string" && name.trim() ? [name.trim()] : [];
  }
  return [];
}
