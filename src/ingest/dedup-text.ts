// The text identity of an article: one normal form, its SHA-256 (exact duplicates) and its
// words (for simhash). Normalising first means a copy that differs only in spacing, case,
// curly quotes or dashes is an exact duplicate, not a new article.
import { createHash } from "node:crypto";

/** NFKC, straight quotes, plain hyphens, lower case, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** SHA-256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeText(text), "utf8").digest("hex");
}

/** Words of the normalised text, punctuation dropped (numbers kept: they tell updates apart). */
export function words(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
