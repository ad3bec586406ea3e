// Reads a JSON data file and validates it with a zod schema. Every failure is an InputError that
// names the file, the JSON path inside it and what to write instead, so a user editing a
// lexicon or codebook by hand can fix it without reading our code.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InputError } from "../../errors.js";

/** "entries[3].examples[0].source" from zod's path array. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += (out ? "." : "") + String(key);
  }
  return out || "(top level)";
}

/** Where a JSON.parse error happened, as "line L, column C", when the message tells. */
function parsePosition(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return "";
  const before = text.slice(0, Number(pos[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

function hint(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return " (remove it, or check its spelling against docs/CODEBOOK.md)";
  if (issue.code === "invalid_type" && issue.input === undefined) return " (this field is required)";
  return "";
}

/** Formats the first few zod issues as "at PATH: message". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 5): string {
  const lines = issues.slice(0, max).map((i) => `at ${jsonPath(i.path)}: ${i.message}${hint(i)}`);
  if (issues.length > max) lines.push(`... and ${issues.length - max} more problems`);
  return lines.join("; ");
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)}); check the path`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const msg = (e as Error).message;
    const where = parsePosition(text, msg);
    throw new InputError(file, `not valid JSON${where ? ` at ${where}` : ""}: ${msg}. Check for a missing comma or quote, or a trailing comma`);
  }
}

/** Reads FILE and validates it; the error names FILE and each bad JSON path. */
export function readValidated<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const result = schema.safeParse(readJsonFile(file));
  if (!result.success) throw new InputError(file, describeIssues(result.error.issues));
  return result.data;
}
