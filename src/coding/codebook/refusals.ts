// data/coding/refusals.json: which rejection (CAMEO 12) a refused cooperative act becomes.
import { InputError } from "../../errors.js";
import type { RefusalFile } from "./schema.js";

/** Checks the rows against the codebook and returns the look-up: the longest listed act that
 *  the code falls under decides. */
export function refusalTable(data: RefusalFile, file: string, isCode: (code: string) => boolean): (code: string, stated: boolean) => string | undefined {
  const rows = new Map<string, RefusalFile["refusals"][number]>();
  data.refusals.forEach((row, i) => {
    const at = `${file} at refusals[${i}]`;
    if (!isCode(row.act)) throw new InputError(`${at}.act`, `${row.act} is not a CAMEO code; see data/coding/cameo.json`);
    if (!isCode(row.refusal)) throw new InputError(`${at}.refusal`, `${row.refusal} is not a CAMEO code; use a 12x code from data/coding/cameo.json`);
    if (rows.has(row.act)) throw new InputError(`${at}.act`, `${row.act} is listed twice; keep one row`);
    rows.set(row.act, row);
  });
  return (code, stated) => {
    for (let n = code.length; n >= 2; n--) {
      const row = rows.get(code.slice(0, n));
      if (row) return row.needsIntent && !stated ? undefined : row.refusal;
    }
    return undefined;
  };
}
