// Reading the CLI's inputs: a file or stdin, whole or as JSONL records.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { InputError } from "../errors.js";

/** Reads a whole file, or stdin for "-", with an error that names the file. */
export function readInput(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file; check the path" :
      code === "EISDIR" ? "is a directory; give a file" :
      code === "EACCES" ? "permission denied" :
      (error as Error).message;
    throw new InputError(path === "-" ? "stdin" : path, why);
  }
}

export interface JsonlRecord {
  id: string;
  text: string;
  date?: string;
  url?: string;
  title?: string;
  [key: string]: unknown;
}

export type JsonlItem =
  | { ok: true; line: number; record: JsonlRecord }
  | { ok: false; line: number; id?: string; error: string };

/** Streams JSONL records; a bad line yields an error item and the stream goes on. */
export async function* readJsonl(path: string): AsyncGenerator<JsonlItem> {
  const name = path === "-" ? "stdin" : path;
  const stream = path === "-" ? process.stdin : createReadStream(path, "utf8");
  const opened = new Promise<void>((resolve, reject) => {
    if (path === "-") return resolve();
    stream.once("open", () => resolve());
    stream.once("error", (e: NodeJS.ErrnoException) =>
      reject(new InputError(name, e.code === "ENOENT" ? "no such file; check the path" : e.message)),
    );
  });
  await opened;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (!raw.trim()) continue;
    yield parseJsonlLine(raw, line, name);
  }
}

export function parseJsonlLine(raw: string, line: number, name: string): JsonlItem {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, line, error: `line ${line} of ${name}: not valid JSON (${(error as Error).message})` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, line, error: `line ${line} of ${name}: expected a JSON object with "id" and "text"` };
  }
  const record = value as Record<string, unknown>;
  const id = record.id === undefined ? undefined : String(record.id);
  if (id === undefined) return { ok: false, line, error: `line ${line} of ${name}: missing "id"` };
  if (typeof record.text !== "string") {
    return { ok: false, line, id, error: `line ${line} of ${name} (id ${id}): "text" must be a string` };
  }
  for (const key of ["date", "url", "title"] as const) {
    if (record[key] !== undefined && typeof record[key] !== "string") {
      return { ok: false, line, id, error: `line ${line} of ${name} (id ${id}): "${key}" must be a string` };
    }
  }
  return { ok: true, line, record: { ...record, id, text: record.text } as JsonlRecord };
}
