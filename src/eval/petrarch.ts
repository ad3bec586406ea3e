// Reader for PETRARCH validation files: <Sentence date="YYYYMMDD" id=".."> records holding
// <EventCoding sourcecode=".." targetcode=".." eventcode=".."/> (or noevents="True"), <Text>
// and an optional <Parse> tree we ignore. Records marked <Skip> or with an error coding are left out.
import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { normalizeCountry, type GoldSentence } from "./gold.js";
import type { ScoreActor } from "./score.js";

export function readPetrarchXml(path: string): GoldSentence[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(path, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file; check the path" : (error as Error).message);
  }
  return parsePetrarchXml(raw, path);
}

export function parsePetrarchXml(raw: string, name = "gold"): GoldSentence[] {
  const xml = raw.replace(/<!--[\s\S]*?-->/g, "");
  if (!/<Sentence\b/i.test(xml)) throw new InputError(name, "not a PETRARCH validation file: no <Sentence> records");
  const out: GoldSentence[] = [];
  const sentence = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/gi;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = sentence.exec(xml))) {
    n++;
    const attrs = attributes(m[1]!);
    const body = m[2]!;
    const id = attrs.id ?? `sentence-${n}`;
    if (/<Skip\b/i.test(body)) continue;
    const text = /<Text>([\s\S]*?)<\/Text>/i.exec(body)?.[1];
    if (text === undefined) throw new InputError(`${name} sentence ${id}`, "has no <Text> element");
    const codings = [...body.matchAll(/<EventCoding\b([^>]*?)\/?>/gi)].map((c) => attributes(c[1]!));
    if (codings.some((c) => c.error !== undefined)) continue; // expected coder errors: nothing to score
    const events = codings
      .filter((c) => c.eventcode !== undefined)
      .map((c) => {
        const code = c.eventcode!.trim();
        if (!/^\d{2,4}$/.test(code)) throw new InputError(`${name} sentence ${id}`, `eventcode "${code}" is not a CAMEO code`);
        return { type: code.slice(0, 2), code, source: actor(c.sourcecode), target: actor(c.targetcode) };
      });
    out.push({ id, text: decodeEntities(text).replace(/\s+/g, " ").trim(), ...date(attrs.date), events });
  }
  return out;
}

function actor(code: string | undefined): ScoreActor[] {
  const c = code?.trim().toUpperCase();
  if (!c || c === "---") return [];
  const country = normalizeCountry(c.slice(0, 3));
  return [{ country, full: country + c.slice(3) }];
}

function date(value: string | undefined): { date?: string } {
  const m = value ? /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim()) : null;
  return m ? { date: `${m[1]}-${m[2]}-${m[3]}` } : {};
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of source.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out[a[1]!.toLowerCase()] = decodeEntities(a[3] ?? a[4] ?? "");
  }
  return out;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}
