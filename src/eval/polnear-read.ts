// Reading PolNeAR-format attribution data: DIR/text/*.txt, DIR/attributions/*.ann (brat standoff:
// T lines are Source/Cue/Content spans, E lines tie them into attributions), and publication dates
// from DIR/../metadata.tsv when it exists. Some articles have one .ann file per annotator
// (name_<annotator>.ann); we take the first in sorted order.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { InputError } from "../errors.js";
import type { Span } from "../types.js";

export interface GoldAttribution {
  id: string;
  source: Span[];
  cue: Span[];
  content: Span[];
}

export interface GoldArticle {
  id: string;
  text: string;
  published?: string;
  annotationFile: string;
  attributions: GoldAttribution[];
}

export function readPolnear(dir: string): GoldArticle[] {
  const textDir = join(dir, "text");
  const annDir = join(dir, "attributions");
  for (const [path, what] of [[textDir, "text/"], [annDir, "attributions/"]] as const) {
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      throw new InputError(dir, `not a PolNeAR-format folder: it has no ${what} subfolder (expected ${what}*.${what === "text/" ? "txt" : "ann"})`);
    }
  }
  const dates = readDates(join(dir, "..", "metadata.tsv"));
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const articles: GoldArticle[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort()) {
    const id = basename(file, ".txt");
    const ann = annFiles.find((f) => f === `${id}.ann` || (f.startsWith(`${id}_`) && !f.slice(id.length + 1, -4).includes("_")));
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), "utf8");
    const published = dates.get(id) ?? /_(\d{4}-\d{2}-\d{2})_/.exec(`_${id}_`)?.[1];
    articles.push({ id, text, ...(published ? { published } : {}), annotationFile: ann, attributions: parseAnn(readFileSync(join(annDir, ann), "utf8"), text, join(annDir, ann)) });
  }
  if (!articles.length) throw new InputError(dir, "no article has both text/<id>.txt and attributions/<id>[_annotator].ann");
  return articles;
}

function readDates(path: string): Map<string, string> {
  const dates = new Map<string, string>();
  if (!existsSync(path)) return dates;
  const lines = readFileSync(path, "utf8").split("\n");
  const header = lines[0]!.split("\t");
  const name = header.indexOf("filename");
  const date = header.indexOf("publication_date");
  if (name < 0 || date < 0) return dates;
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    if (cells[name] && /^\d{4}-\d{2}-\d{2}$/.test(cells[date] ?? "")) dates.set(cells[name]!, cells[date]!);
  }
  return dates;
}

/** brat offsets count code points; our offsets are UTF-16 units. */
function codePointToUnit(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (o) => o;
  const units: number[] = [];
  let u = 0;
  for (const ch of text) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (o) => units[Math.min(o, units.length - 1)]!;
}

export function parseAnn(content: string, text: string, file: string): GoldAttribution[] {
  const toUnit = codePointToUnit(text);
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const out: GoldAttribution[] = [];
  const lines = content.split("\n");
  for (const [n, line] of lines.entries()) {
    // The text column of a T line may hold newlines: its continuation lines have no id and are skipped.
    if (!line.trim() || !/^[TEARMN#*]\d*\t/.test(line)) continue;
    const cells = line.split("\t");
    const key = cells[0]!;
    if (key.startsWith("T")) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cells[1] ?? "");
      if (!m) throw new InputError(`${file} line ${n + 1}`, `expected "T<n><TAB><Type> <start> <end>[;<start> <end>]", got "${line.slice(0, 60)}"`);
      const parts = m[2]!.split(";").map((p) => p.split(" ").map(Number) as [number, number]);
      spans.set(key, { type: m[1]!, spans: parts.map(([s, e]) => ({ start: toUnit(s), end: toUnit(e) })) });
    } else if (key.startsWith("E")) {
      const roles = new Map<string, string>();
      for (const part of (cells[1] ?? "").split(" ")) {
        const [role, ref] = part.split(":");
        if (role && ref) roles.set(role.replace(/\d+$/, ""), ref);
      }
      const get = (role: string) => spans.get(roles.get(role) ?? "")?.spans ?? [];
      const contentSpans = get("Content");
      if (contentSpans.length) out.push({ id: key, source: get("Source"), cue: get("Cue"), content: contentSpans });
    }
  }
  return out;
}
