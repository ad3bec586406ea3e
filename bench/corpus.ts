// Benchmark input: news articles from JSONL files ({id, text, title?, published?|date?}).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface BenchArticle {
  id: string;
  text: string;
  published: string;
}

/** The default corpora under the shared folder. */
export const SHARED_CORPORA = ["corpus/bbc/bbc_news.jsonl", "corpus/voa/voa_stories.jsonl"];

/** BBC stories carry no date; the collection is from 2004-2005. */
const FALLBACK_DATE = "2005-01-01";

export function corpusFiles(options: { data?: string; shared: string }): { files: string[]; missing: string[] } {
  if (options.data) {
    const stat = existsSync(options.data) ? statSync(options.data) : undefined;
    if (!stat) return { files: [], missing: [options.data] };
    if (stat.isFile()) return { files: [options.data], missing: [] };
    const files = readdirSync(options.data).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(options.data!, f));
    return { files, missing: files.length ? [] : [`${options.data}/*.jsonl`] };
  }
  const all = SHARED_CORPORA.map((f) => join(options.shared, f));
  return { files: all.filter((f) => existsSync(f)), missing: all.filter((f) => !existsSync(f)) };
}

export function readArticles(files: string[], limit?: number): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      if (limit !== undefined && out.length >= limit) return out;
      const r = JSON.parse(line) as Record<string, unknown>;
      if (typeof r.text !== "string" || !r.text.trim()) continue;
      const date = String(r.published ?? r.date ?? "").slice(0, 10);
      out.push({
        id: String(r.id ?? out.length),
        text: typeof r.title === "string" ? `${r.title}\n\n${r.text}` : r.text,
        published: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : FALLBACK_DATE,
      });
    }
  }
  return out;
}
