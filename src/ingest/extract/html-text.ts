// Article HTML to plain text with paragraph breaks. Elements that are never article prose
// (figures and their captions, asides, share bars, related-link lists) are skipped here, by tag,
// by class name, or because they are nearly all link text.
import { all, cleanText, ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from "./dom.js";

const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "img", "picture",
  "video", "audio", "source", "figure", "figcaption", "aside", "nav", "footer", "form", "button", "input",
  "select", "textarea", "label", "menu", "dialog",
]);

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt", "dd", "hr", "br", "address",
  "details", "summary", "center",
]);

/** Class or id segments of page furniture; matched as whole "-"/"_"-separated parts. */
const FURNITURE = new Set([
  "related", "newsletter", "share", "sharing", "sharebar", "social", "advert", "advertisement", "ad", "ads",
  "adslot", "promo", "caption", "credit", "credits", "subscribe", "subscription", "signup", "recirc",
  "recirculation", "outbrain", "taboola", "popular", "trending", "comments", "breadcrumb", "breadcrumbs",
  "paywall", "sponsored", "toolbar",
]);
const PROTECTED_TAGS = new Set(["html", "body", "main", "article"]);

/** Several paragraphs of real length: a wrapper with an unlucky class name, not furniture. */
function holdsProse(el: DomElement): boolean {
  const sentences = all(el, "p").map((p) => cleanText(p.textContent)).filter((t) => t.length >= 80 && /[.!?"”']$/.test(t));
  return sentences.length >= 3 && sentences.reduce((n, t) => n + t.length, 0) > 400;
}

export function isFurniture(el: DomElement): boolean {
  if (PROTECTED_TAGS.has(el.tagName.toLowerCase())) return false;
  if (!matchesFurniture(el)) return false;
  return !holdsProse(el);
}

function matchesFurniture(el: DomElement): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    if (token.split(/[-_]+/).some((part) => FURNITURE.has(part))) return true;
  }
  const role = el.getAttribute("role");
  return role === "complementary" || role === "navigation" || el.getAttribute("aria-hidden") === "true";
}

/** Lists and blocks that are mostly links (related stories, tag clouds, "more from"). */
function isLinkBlock(el: DomElement): boolean {
  const tag = el.tagName.toLowerCase();
  if (!["ul", "ol", "div", "section", "p", "dl", "table"].includes(tag)) return false;
  const text = cleanText(el.textContent);
  if (!text) return false;
  const links = all(el, "a");
  if (links.length === 0) return false;
  const linkText = links.reduce((n, a) => n + cleanText(a.textContent).length, 0);
  // A single inline link in a paragraph is prose; two or more links making up the block are not.
  return linkText / text.length > 0.8 && (links.length >= 2 || tag === "p" || tag === "div");
}

/** Removes page furniture from a document or element before the article is found. */
export function removeFurniture(root: DomElement): void {
  for (const el of all(root, "*")) {
    if (SKIP_TAGS.has(el.tagName.toLowerCase()) || isFurniture(el)) el.remove();
  }
}

/** Paragraphs of the element's text, in order; white space collapsed within each. */
export function htmlToParagraphs(root: DomElement): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = cleanText(current);
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as DomElement;
    const tag = el.tagName.toLowerCase();
    if (SKIP_TAGS.has(tag) || isFurniture(el) || isLinkBlock(el)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
