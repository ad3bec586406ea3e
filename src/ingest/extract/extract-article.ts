// HTML page to article: metadata from the whole page, main text from Readability over
// linkedom's DOM, then our own clean-up of what Readability keeps but the text should not.
import { Readability } from "@mozilla/readability";
import type { DateSource } from "../types.js";
import { chooseLanguage } from "../language.js";
import { normalizePublished } from "../published.js";
import { findByline, parseByLine } from "./byline.js";
import { isBoilerplate, removeBoilerplate } from "./boilerplate.js";
import { cleanText, parseDocument, type DomDocument } from "./dom.js";
import { htmlToParagraphs, removeFurniture } from "./html-text.js";
import { findArticleNode, readJsonLd } from "./json-ld.js";
import { readMetaTags } from "./meta-tags.js";
import { findCanonicalUrl, findSiteName } from "./page-metadata.js";
import { findPublished } from "./published-date.js";
import { findTitle } from "./title.js";

export interface ExtractOptions {
  /** The page's URL: resolves a relative canonical link and may carry the date. */
  url?: string;
}

export interface ExtractedArticle {
  title?: string;
  /** Main text, paragraphs separated by a blank line. */
  text: string;
  published?: string;
  publishedFrom: DateSource;
  /** Which tag, element or URL gave the date. */
  dateEvidence?: string;
  byline?: string;
  /** Canonical link, else og:url, else the page URL; normalised. */
  canonicalUrl?: string;
  siteName?: string;
  /** ISO 639-3 from the text, or "und". */
  language: string;
  /** The page's lang attribute as ISO 639-3, when it had one. */
  declaredLanguage?: string;
}

/** Text shorter than this from Readability means it picked the wrong block. */
const MIN_READABLE_CHARS = 80;

function mainParagraphs(html: string): string[] {
  const doc = parseDocument(html);
  removeFurniture(doc.documentElement);
  let paragraphs: string[] = [];
  try {
    const parsed = new Readability(doc as never, { charThreshold: 200 }).parse();
    if (parsed?.content) paragraphs = htmlToParagraphs(parseDocument(parsed.content).documentElement);
  } catch {
    paragraphs = [];
  }
  if (paragraphs.join(" ").length >= MIN_READABLE_CHARS) return paragraphs;
  // Short pages (a brief, a statement) defeat Readability; take the article, main or body.
  const fallback = parseDocument(html);
  removeFurniture(fallback.documentElement);
  const root = fallback.querySelector("article") ?? fallback.querySelector("main") ?? fallback.body ?? fallback.documentElement;
  const whole = htmlToParagraphs(root);
  return whole.join(" ").length > paragraphs.join(" ").length ? whole : paragraphs;
}

/** "5 April 2024", "Updated: 2024-04-05 10:00": a dateline above the text. */
function isDateLine(line: string): boolean {
  if (line.length > 60) return false;
  return normalizePublished(line.replace(/^(first published|published|updated|last updated|posted)( on)?\s*:?\s*/i, "")) !== undefined;
}

function declaredLanguage(doc: DomDocument, tags: Map<string, string>): string | undefined {
  return doc.documentElement.getAttribute("lang") ?? tags.get("content-language") ?? tags.get("og:locale");
}

export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const doc = parseDocument(html);
  const tags = readMetaTags(doc);
  const nodes = readJsonLd(doc);
  const article = findArticleNode(nodes);
  const siteName = findSiteName(tags, article);
  const canonicalUrl = findCanonicalUrl(doc, tags, options.url);
  const title = findTitle(doc, tags, article, siteName);
  const date = findPublished(doc, tags, { article, nodes }, [options.url, canonicalUrl]);

  let paragraphs = removeBoilerplate(mainParagraphs(html));
  const byline = findByline(doc, tags, article, paragraphs.slice(0, 4));
  // The headline, byline and dateline repeated at the top of the body are not body text.
  const head = paragraphs.slice(0, 4).filter((p) => (title && cleanText(p) === title) || parseByLine(p) !== undefined || isBoilerplate(p) || isDateLine(p));
  paragraphs = paragraphs.filter((p, i) => i >= 4 || !head.includes(p));

  const text = paragraphs.join("\n\n");
  const language = chooseLanguage(text || title || "", declaredLanguage(doc, tags));
  return {
    title,
    text,
    published: date.published,
    publishedFrom: date.publishedFrom,
    dateEvidence: date.evidence,
    byline,
    canonicalUrl,
    siteName,
    language: language.language,
    declaredLanguage: language.declared,
  };
}
