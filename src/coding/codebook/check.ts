// Checks that span the three codebook files: every code has a root and a mapping, every
// mapping names a known type, mode and context, and QuadClass follows the root.
import { InputError } from "../../errors.js";
import type { CameoFile, MappingFile, PloverFile } from "./schema.js";

/** QuadClass of each CAMEO root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
export function quadClassOfRoot(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

interface Files {
  cameo: { file: string; data: CameoFile };
  plover: { file: string; data: PloverFile };
  mapping: { file: string; data: MappingFile };
}

export function checkCodebook({ cameo, plover, mapping }: Files): void {
  const fail = (file: string, path: string, problem: string): never => {
    throw new InputError(`${file} at ${path}`, problem);
  };
  const codes = new Set<string>();
  cameo.data.codes.forEach((c, i) => {
    const at = `codes[${i}]`;
    if (codes.has(c.code)) fail(cameo.file, `${at}.code`, `code ${c.code} appears twice; keep one row per code`);
    codes.add(c.code);
    const root = c.code.slice(0, 2);
    if (Number(root) < 1 || Number(root) > 20) fail(cameo.file, `${at}.code`, `code ${c.code} has no root 01..20`);
    if (c.code.length > 2 && !codes.has(root)) fail(cameo.file, `${at}.code`, `code ${c.code} comes before (or without) its root ${root}; list the root first`);
    if (c.code.length === 4 && !codes.has(c.code.slice(0, 3))) fail(cameo.file, `${at}.code`, `code ${c.code} needs its parent ${c.code.slice(0, 3)} listed before it`);
    if (c.code.length === 2 && !c.description) fail(cameo.file, `${at}.description`, `root ${c.code} needs a short description`);
    if (c.quadClass !== quadClassOfRoot(root)) fail(cameo.file, `${at}.quadClass`, `root ${root} has QuadClass ${quadClassOfRoot(root)}, not ${c.quadClass}`);
  });

  const types = new Map(plover.data.types.map((t) => [t.type, new Set(t.modes.map((m) => m.mode))]));
  const contexts = new Set(plover.data.contexts.map((c) => c.context));
  plover.data.oldTypes.forEach((o, i) => {
    if (!types.has(o.type)) fail(plover.file, `oldTypes[${i}].type`, `${o.type} is not one of the types listed under "types"`);
  });

  const mapped = new Set<string>();
  mapping.data.mapping.forEach((row, i) => {
    const at = `mapping[${i}]`;
    if (!codes.has(row.code)) fail(mapping.file, `${at}.code`, `${row.code} is not a code in ${cameo.file}`);
    if (mapped.has(row.code)) fail(mapping.file, `${at}.code`, `${row.code} is mapped twice; keep one row`);
    mapped.add(row.code);
    const modes = types.get(row.type);
    if (!modes) fail(mapping.file, `${at}.type`, `${row.type} is not a PLOVER type; use one of ${[...types.keys()].join(", ")}`);
    if (row.mode && !modes?.has(row.mode)) {
      fail(mapping.file, `${at}.mode`, `${row.mode} is not a mode of ${row.type}; use one of ${[...(modes ?? [])].join(", ") || "(none: leave mode out)"}`);
    }
    row.context.forEach((c, j) => {
      if (!contexts.has(c)) fail(mapping.file, `${at}.context[${j}]`, `${c} is not in the context list of ${plover.file}`);
    });
  });
  for (const code of codes) if (!mapped.has(code)) fail(mapping.file, "mapping", `CAMEO code ${code} has no row; add {"code": "${code}", "type": ...}`);
}
