// Who wrote it: JSON-LD author, author meta tags, rel=author links, then a "By ..." line.
import { all, cleanText, type DomDocument } from "./dom.js";
import { jsonLdNames, type JsonLdNode } from "./json-ld.js";
import { firstMeta, type MetaTags } from "./meta-tags.js";

const NAME = "[\\p{Lu}][\\p{L}.'’-]*";
const JOINER = "(?:\\s+(?:and|AND|&|de|da|van|von|der|al|bin|el|la|le)|,)";
/** "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE, Reuters". */
export const BY_LINE = new RegExp(
  `^[Bb][Yy]\\s+(${NAME}(?:${JOINER}?\\s+${NAME}){0,7})(?:\\s*[,|–—-]\\s*.{0,60})?$`,
  "u",
);

const AGENCY_TAIL = /,\s*(reuters|ap|afp|associated press|bloomberg|dpa|efe|staff( writer)?|correspondent|reporter)\b.*$/i;

/** The names in a "By ..." line, or undefined when the line is not one. */
export function parseByLine(line: string): string | undefined {
  const text = cleanText(line);
  if (text.length > 120) return undefined;
  const m = BY_LINE.exec(text);
  if (!m) return undefined;
  // "By Jane Doe, Reuters": a trailing agency or role is not a co-author.
  return m[1]!.replace(AGENCY_TAIL, "").replace(/[,\s]+$/, "");
}

function cleanByline(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = cleanText(value).replace(/^by\s+/i, "");
  if (!text || /^https?:\/\//i.test(text) || /\.(com|org|net)\b/i.test(text) || text.length > 150) return undefined;
  text = text.replace(/\s*[|]\s*.*$/, "");
  return text || undefined;
}

export function findByline(
  document: DomDocument,
  tags: MetaTags,
  article: JsonLdNode | undefined,
  firstParagraphs: string[],
): string | undefined {
  const fromJsonLd = jsonLdNames(article?.author);
  if (fromJsonLd.length > 0) return cleanByline(fromJsonLd.join(", "));
  const meta = firstMeta(tags, ["author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator"]);
  const fromMeta = cleanByline(meta?.value);
  if (fromMeta) return fromMeta;
  const relAuthor = all(document, 'a[rel="author"], [itemprop="author"] [itemprop="name"], [rel~="author"]')
    .map((el) => cleanByline(el.textContent ?? undefined))
    .find((name) => name !== undefined);
  if (relAuthor) return relAuthor;
  for (const line of firstParagraphs) {
    const names = parseByLine(line);
    if (names) return names;
  }
  return undefined;
}
