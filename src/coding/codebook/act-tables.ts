// Tables keyed by the act's CAMEO code: refusals.json (what a refused cooperative act becomes) and
// intents.json (what an act only stated as intended becomes). The longest listed code the act
// falls under decides, so "0862" can differ from the rest of "08".
import { InputError } from "../../errors.js";
import type { IntentFile, RefusalFile } from "./schema.js";

type Lookup<R> = (code: string) => R | undefined;

function table<R extends { act: string }>(rows: readonly R[], file: string, section: string, codeOf: (r: R) => string, isCode: (code: string) => boolean): Lookup<R> {
  const byAct = new Map<string, R>();
  rows.forEach((row, i) => {
    const at = `${file} at ${section}[${i}]`;
    if (!isCode(row.act)) throw new InputError(`${at}.act`, `${row.act} is not a CAMEO code; see data/coding/cameo.json`);
    const to = codeOf(row);
    if (!isCode(to)) throw new InputError(`${at}.${section === "refusals" ? "refusal" : "intent"}`, `${to} is not a CAMEO code; pick one from data/coding/cameo.json`);
    if (byAct.has(row.act)) throw new InputError(`${at}.act`, `${row.act} is listed twice; keep one row`);
    byAct.set(row.act, row);
  });
  return (code) => {
    for (let n = code.length; n >= 2; n--) {
      const row = byAct.get(code.slice(0, n));
      if (row) return row;
    }
    return undefined;
  };
}

export function refusalTable(data: RefusalFile, file: string, isCode: (code: string) => boolean): (code: string, stated: boolean) => string | undefined {
  const find = table(data.refusals, file, "refusals", (r) => r.refusal, isCode);
  return (code, stated) => {
    const row = find(code);
    return row && (!row.needsIntent || stated) ? row.refusal : undefined;
  };
}

export function intentTable(data: IntentFile, file: string, isCode: (code: string) => boolean): (code: string, possibleOnly: boolean) => string | undefined {
  const find = table(data.intents, file, "intents", (r) => r.intent, isCode);
  return (code, possibleOnly) => {
    const row = find(code);
    return row && (!possibleOnly || row.possible) ? row.intent : undefined;
  };
}
