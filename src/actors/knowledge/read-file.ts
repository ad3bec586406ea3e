// Reads and validates one knowledge file. Errors name the file, the JSON path of the bad
// value (countries[12].demonyms[0]) and the form expected there.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { InputError } from "../../errors.js";
import { locateJsonError } from "./json-error.js";
import { knowledgeFileSchema, type KnowledgeFile } from "./schema.js";

export interface LoadedFile {
  /** As given (user files) or relative to the package (built-ins), for messages. */
  path: string;
  data: KnowledgeFile;
}

const SECTIONS = Object.keys(knowledgeFileSchema.shape).join(", ");
const MAX_ISSUES = 5;

export function readKnowledgeFile(path: string, shownAs = path): LoadedFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(shownAs, code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? String(e)})`);
  }
  return parseKnowledgeText(text, shownAs);
}

export function parseKnowledgeText(text: string, shownAs: string): LoadedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = locateJsonError(text);
    const where = at ? `line ${at.line}, column ${at.column}: ${at.problem}` : (e as Error).message;
    throw new InputError(shownAs, `not valid JSON at ${where}`);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new InputError(shownAs, `expected a JSON object with any of the sections ${SECTIONS}`);
  }
  const result = knowledgeFileSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.slice(0, MAX_ISSUES).map((issue) => describeIssue(issue, json));
    const more = result.error.issues.length > MAX_ISSUES ? ` (and ${result.error.issues.length - MAX_ISSUES} more)` : "";
    throw new InputError(shownAs, issues.join("; ") + more);
  }
  return { path: shownAs, data: result.data };
}

/** countries[12].demonyms[0] */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = jsonPath(issue.path);
  const value = valueAt(root, issue.path);
  const shown = value === undefined ? "nothing" : JSON.stringify(value)?.slice(0, 60);
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = issue.path.length === 0 ? ` (the sections are ${SECTIONS})` : "";
      return `${where}: unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}${allowed}`;
    }
    case "invalid_type":
      if (value === undefined) return `${where}: missing; expected ${article(issue.expected)}`;
      return `${where}: expected ${article(issue.expected)}, found ${shown}`;
    case "invalid_format":
      // Our schemas carry the expected form as the message ("an ISO 3166-1 alpha-3 code ...").
      return `${where}: found ${shown}; expected ${issue.message}`;
    case "too_small":
      return `${where}: ${issue.origin === "array" ? "needs at least one item" : "must not be empty"}`;
    case "invalid_value":
      return `${where}: found ${shown}; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function article(type: string): string {
  return type === "array" || type === "object" ? `an ${type}` : `a ${type}`;
}
