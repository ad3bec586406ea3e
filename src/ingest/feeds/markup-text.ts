// Feed fields hold HTML (escaped or in CDATA) or plain text; both become paragraphs of text.
import { removeBoilerplate } from "../extract/boilerplate.js";
import { parseDocument } from "../extract/dom.js";
import { htmlToParagraphs } from "../extract/html-text.js";

/** Plain text with paragraphs separated by a blank line; undefined when nothing is left. */
export function markupToText(value: string | undefined): string | undefined {
  if (!value || !value.trim()) return undefined;
  let paragraphs: string[];
  if (/<[a-z][\s\S]*>/i.test(value) || /&[a-z#0-9]+;/i.test(value)) {
    const doc = parseDocument(value);
    paragraphs = htmlToParagraphs(doc.body ?? doc.documentElement);
  } else {
    paragraphs = value.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  }
  const text = removeBoilerplate(paragraphs).join("\n\n");
  return text || undefined;
}

/** A single line (a title) without markup. */
export function markupToLine(value: string | undefined): string | undefined {
  const text = markupToText(value);
  return text?.replace(/\s+/g, " ").trim() || undefined;
}
