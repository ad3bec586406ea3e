// A plain-text or Markdown document as a RawArticle. The first line is the title when a blank
// line follows it. The date is only what the caller gives: file times say nothing about news.
import { chooseLanguage } from "../language.js";
import { dropUndefined } from "../compact.js";
import type { RawArticle, SourceRef } from "../types.js";

export interface TextArticleInput {
  source: SourceRef;
  /** YYYY-MM-DD already checked, or absent. */
  date?: string;
  seenAt: string;
  markdown?: boolean;
}

/** Title and body of a text: "Title\n\nBody..." splits, anything else is all body. */
export function splitTitle(text: string, markdown = false): { title?: string; body: string } {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").trim();
  const m = /^([^\n]+)\n[ \t]*\n([\s\S]*)$/.exec(normalized);
  if (!m || m[1]!.length > 300) return { body: normalized };
  let title = m[1]!.trim();
  if (markdown) title = title.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, "");
  return { title, body: m[2]!.trim() };
}

/** Paragraphs separated by exactly one blank line; Markdown heading marks dropped. */
function tidyBody(body: string, markdown: boolean): string {
  const paragraphs = body
    .split(/\n[ \t]*\n+/)
    .map((p) => p.split("\n").map((line) => line.trim()).join("\n").trim())
    .filter(Boolean)
    .map((p) => (markdown ? p.replace(/^#{1,6}\s+/gm, "") : p));
  return paragraphs.join("\n\n");
}

export function articleFromText(text: string, input: TextArticleInput): RawArticle {
  const markdown = input.markdown ?? false;
  const { title, body } = splitTitle(text, markdown);
  const clean = tidyBody(body, markdown);
  return dropUndefined({
    source: input.source,
    title,
    text: clean,
    published: input.date,
    publishedFrom: input.date ? "input" : "none",
    language: chooseLanguage(clean || title || "").language,
    seenAt: input.seenAt,
  });
}
