// The event codebooks: CAMEO codes (name, Goldstein, QuadClass), PLOVER types and the
// CAMEO -> PLOVER mapping, read from data/coding/*.json and validated at load.
import { join } from "node:path";
import { InputError } from "../errors.js";
import { checkCodebook } from "./codebook/check.js";
import { codingDataDir } from "./codebook/data-dir.js";
import { readValidated } from "./codebook/read-json.js";
import { cameoFileSchema, intentFileSchema, mappingFileSchema, ploverFileSchema, refusalFileSchema, type PloverTypeInfo } from "./codebook/schema.js";
import { intentTable, refusalTable } from "./codebook/act-tables.js";
import type { PloverCode } from "./types.js";

export type { PloverTypeInfo } from "./codebook/schema.js";

export interface CameoCode {
  /** Full code: "173". */
  code: string;
  name: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  /** Two-digit root: "17". */
  root: string;
  /** Only roots have one. */
  description?: string;
}

export interface Codebook {
  /** Every CAMEO code, roots included, in codebook order. */
  readonly codes: readonly CameoCode[];
  /** The 20 roots, "01".."20". */
  readonly roots: readonly CameoCode[];
  /** The 16 current PLOVER types. */
  readonly ploverTypes: readonly string[];
  /** The PLOVER context vocabulary. */
  readonly contexts: readonly string[];
  isCode(code: string): boolean;
  /** The code's entry; throws InputError for a code not in the codebook (check with isCode). */
  cameo(code: string): CameoCode;
  /** PLOVER type, mode and context for a CAMEO code (a fresh copy); throws for an unknown code. */
  plover(code: string): PloverCode;
  /** True when plover(code) follows the published table, false when this project chose it. */
  isOfficialMapping(code: string): boolean;
  /** Two-digit root of a code: "1711" -> "17"; throws for an unknown code. */
  rootOf(code: string): string;
  /** Description, QuadClass and modes of a current PLOVER type, or undefined. */
  ploverType(type: string): PloverTypeInfo | undefined;
  /** A type of the older PLOVER draft -> the current type (DEMAND -> REQUEST); current types map to themselves; undefined when unknown. */
  mapOldPloverType(type: string): string | undefined;
  /** The CAMEO 12 code a refused cooperative act becomes ("would not accept" -> 120), or undefined
   *  when refusing it is no rejection; `stated` is true when the refusal is stated as one
   *  ("would not", "refused to") rather than a plain "did not". */
  refusal(code: string, stated: boolean): string | undefined;
  /** The CAMEO 03 or 13 code an act only stated as intended becomes ("will withdraw" -> 0356),
   *  or undefined when the act is itself verbal; `possibleOnly` when only "may"/"might" is said. */
  intent(code: string, possibleOnly: boolean): string | undefined;
}

export interface CodebookOptions {
  /** Folder holding cameo.json, plover.json, cameo-plover.json, refusals.json and intents.json; the package's data/coding by default. */
  dir?: string;
}

export function loadCodebook(options: CodebookOptions = {}): Codebook {
  const dir = options.dir ?? codingDataDir();
  const files = { cameo: join(dir, "cameo.json"), plover: join(dir, "plover.json"), mapping: join(dir, "cameo-plover.json"), refusals: join(dir, "refusals.json"), intents: join(dir, "intents.json") };
  const cameo = readValidated(files.cameo, cameoFileSchema);
  const plover = readValidated(files.plover, ploverFileSchema);
  const mapping = readValidated(files.mapping, mappingFileSchema);
  const refusals = readValidated(files.refusals, refusalFileSchema);
  const intents = readValidated(files.intents, intentFileSchema);
  checkCodebook({
    cameo: { file: files.cameo, data: cameo },
    plover: { file: files.plover, data: plover },
    mapping: { file: files.mapping, data: mapping },
  });

  const codes: CameoCode[] = cameo.codes.map((c) => ({ ...c, root: c.code.slice(0, 2) }));
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const refusalOf = refusalTable(refusals, files.refusals, (code) => byCode.has(code));
  const intentOf = intentTable(intents, files.intents, (code) => byCode.has(code));
  const rows = new Map(mapping.mapping.map((r) => [r.code, r]));
  const types = new Map(plover.types.map((t) => [t.type, t]));
  const oldTypes = new Map(plover.oldTypes.map((o) => [o.old, o.type]));

  const get = (code: string): CameoCode => {
    const c = byCode.get(code);
    if (!c) throw new InputError(`CAMEO code "${code}"`, "not in the codebook; see data/coding/cameo.json for the codes");
    return c;
  };

  return {
    codes,
    roots: codes.filter((c) => c.code.length === 2),
    ploverTypes: plover.types.map((t) => t.type),
    contexts: plover.contexts.map((c) => c.context),
    isCode: (code) => byCode.has(code),
    cameo: get,
    plover(code) {
      get(code);
      const row = rows.get(code)!; // checkCodebook guarantees a row for every code
      return { type: row.type, ...(row.mode ? { mode: row.mode } : {}), context: [...row.context] };
    },
    isOfficialMapping: (code) => (get(code), rows.get(code)!.official),
    rootOf: (code) => get(code).root,
    ploverType: (type) => types.get(type),
    mapOldPloverType: (type) => (types.has(type) ? type : oldTypes.get(type)),
    refusal: refusalOf,
    intent: intentOf,
  };
}

let cached: Codebook | undefined;
/** The built-in codebook, loaded once per process. */
export function defaultCodebook(): Codebook {
  cached ??= loadCodebook();
  return cached;
}
