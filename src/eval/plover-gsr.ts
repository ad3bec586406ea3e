// Reader for the PLOVER gold-standard records file (PLOVER_GSR_CAMEO.txt): a JSON array with
// trailing commas, a leading DOCUMENT header record, types from an older 18-type PLOVER draft,
// a few CAMEO-era country codes, a `target` that may be missing, empty or a bare string, and
// reciprocal actors marked "SRC/TAR" in the markup.
import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { defaultCodebook } from "../coding/codebook.js";
import { normalizeCountry, type GoldSentence } from "./gold.js";
import type { ScoreActor, ScoreEvent } from "./score.js";

interface RawActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

interface RawRecord {
  id?: string;
  date?: string;
  event?: string;
  text?: string;
  source?: unknown;
  target?: unknown;
  textInfo?: { markup?: unknown };
}

export function readPloverGsr(path: string): GoldSentence[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(path, (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file; check the path" : (error as Error).message);
  }
  return parsePloverGsr(raw, path);
}

export function parsePloverGsr(raw: string, name = "gold"): GoldSentence[] {
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/,(\s*[}\]])/g, "$1"));
  } catch (error) {
    throw new InputError(name, `not a PLOVER GSR file: not JSON even without trailing commas (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new InputError(name, "not a PLOVER GSR file: expected a JSON array of records");
  const out: GoldSentence[] = [];
  data.forEach((value, i) => {
    const r = value as RawRecord;
    if (!r || typeof r !== "object" || r.event === "DOCUMENT") return;
    const at = `${name} record ${i}${r.id ? ` (${r.id})` : ""}`;
    if (typeof r.text !== "string" || !r.text.trim()) throw new InputError(at, 'missing "text"');
    if (typeof r.event !== "string") throw new InputError(at, 'missing "event"');
    const type = mapType(r.event);
    if (!type) throw new InputError(at, `"${r.event}" is not a PLOVER type, old or current`);
    out.push({
      id: r.id ?? `record-${i}`,
      text: r.text,
      ...(typeof r.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? { date: r.date } : {}),
      events: goldEvents(type, actors(r.source), actors(r.target), r.textInfo?.markup),
    });
  });
  return out;
}

/** The markup's "SRC/TAR" marks reciprocal actors ("Jordan and Britain agreed"): with no separate
 *  target, each one acts on each other one, so the gold holds one directed event per pair. */
function goldEvents(type: string, source: ScoreActor[], target: ScoreActor[], markup: unknown): ScoreEvent[] {
  const reciprocal = typeof markup === "string" && markup.includes("SRC/TAR");
  if (!reciprocal || target.length > 0 || source.length < 2) return [{ type, code: type, source, target }];
  const out: ScoreEvent[] = [];
  for (const s of source) {
    for (const t of source) if (s !== t) out.push({ type, code: type, source: [s], target: [t] });
  }
  return out;
}

function mapType(event: string): string | undefined {
  return defaultCodebook().mapOldPloverType(event.toUpperCase());
}

/** A list of actors; anything else (missing, "", a stray word) means no actor. */
function actors(value: unknown): ScoreActor[] {
  if (!Array.isArray(value)) return [];
  return value.filter((a): a is RawActor => !!a && typeof a === "object").map(goldActor);
}

/** IGO, NGO and IMG are kinds of organisation, not countries; they are compared as they are. */
export function goldActor(a: RawActor): ScoreActor {
  const country = a.code ? normalizeCountry(a.code) : "";
  // Sector codes may carry an ethnic or religious suffix ("CVLalb", "REFKUR"): the first three
  // letters are the CAMEO agent.
  const sector = a.sector && /^[A-Za-z]{3}/.test(a.sector) ? a.sector.slice(0, 3).toUpperCase() : "";
  return { country, full: country + sector };
}
