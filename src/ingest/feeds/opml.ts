// OPML subscription lists: the feeds in them, however deeply the outlines are nested.
import { parseOpml } from "feedsmith";
import { InputError } from "../../errors.js";
import type { FeedRef } from "./types.js";

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
}

function walk(outlines: Outline[] | undefined, categories: string[], base: string, out: FeedRef[]): void {
  for (const outline of outlines ?? []) {
    const name = outline.title ?? outline.text;
    if (outline.xmlUrl) {
      let url: string;
      try {
        url = new URL(outline.xmlUrl.trim(), /^https?:/i.test(base) ? base : undefined).toString();
      } catch {
        continue; // a broken entry should not hide the others
      }
      out.push({ url, title: name, ...(outline.htmlUrl ? { siteUrl: outline.htmlUrl } : {}), categories });
    }
    if (outline.outlines) walk(outline.outlines, name && !outline.xmlUrl ? [...categories, name] : categories, base, out);
  }
}

/** The feeds listed in an OPML document; `location` names it in errors. */
export function parseOpmlText(text: string, location: string): FeedRef[] {
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(text.replace(/^\uFEFF/, "")) as typeof doc;
  } catch (error) {
    const detail = (error as Error).cause instanceof Error ? ` (${((error as Error).cause as Error).message})` : "";
    throw new InputError(location, `not a readable OPML list${detail}`);
  }
  const feeds: FeedRef[] = [];
  walk(doc.body?.outlines, [], location, feeds);
  return feeds;
}
