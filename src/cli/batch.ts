// The inputs of a batch command as one stream of records: a file, a directory (recursively:
// text files are documents, .jsonl files hold records), a JSONL file, or stdin. A bad record
// becomes an error item naming it, so the batch goes on.
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join, relative, extname } from "node:path";
import iconv from "iconv-lite";
import { InputError } from "../errors.js";
import { readJsonl } from "./input.js";

export interface BatchRecord {
  id: string;
  text: string;
  date?: string;
  url?: string;
  title?: string;
}

export type BatchItem =
  | { ok: true; record: BatchRecord; bytes: number }
  | { ok: false; id: string; error: string; bytes: number };

export interface BatchInput {
  /** Bytes the batch will read, when known ahead (for a progress bar). */
  totalBytes?: number;
  /** One input (a single file or stdin) rather than a batch. */
  single: boolean;
  items: AsyncIterable<BatchItem>;
}

export interface BatchOptions {
  /** Treat a file or stdin as JSONL records `{id, text, date?, url?, title?}`. */
  jsonl?: boolean;
  /** Largest text a record may hold, in bytes. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md"]);

export function openBatch(input: string, options: BatchOptions): BatchInput {
  if (input === "-") {
    return options.jsonl
      ? { single: false, items: jsonlItems("-", "", options) }
      : { single: true, items: stdinItems(options) };
  }
  const stat = statOrThrow(input);
  if (stat.isDirectory()) {
    const files = listDirectory(input);
    if (files.length === 0) {
      throw new InputError(input, "no .txt, .md, .text or .jsonl files in this directory");
    }
    const totalBytes = files.reduce((n, f) => n + f.size, 0);
    return { single: false, totalBytes, items: directoryItems(input, files, options) };
  }
  if (options.jsonl) return { single: false, totalBytes: stat.size, items: jsonlItems(input, "", options) };
  return { single: true, totalBytes: stat.size, items: fileItems(input, input, stat.size, options) };
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file or directory; check the path" : (error as Error).message);
  }
}

interface Listed {
  path: string;
  size: number;
}

/** Text and JSONL files under a directory, sorted, skipping hidden entries. */
function listDirectory(root: string): Listed[] {
  const out: Listed[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && (TEXT_EXTENSIONS.has(extname(e.name).toLowerCase()) || e.name.endsWith(".jsonl"))) {
        out.push({ path, size: statSync(path).size });
      }
    }
  };
  walk(root);
  return out;
}

async function* directoryItems(root: string, files: Listed[], options: BatchOptions): AsyncGenerator<BatchItem> {
  for (const f of files) {
    const id = relative(root, f.path) || f.path;
    if (f.path.endsWith(".jsonl")) yield* jsonlItems(f.path, `${id}#`, options);
    else yield* fileItems(f.path, id, f.size, options);
  }
}

async function* fileItems(path: string, id: string, size: number, options: BatchOptions): AsyncGenerator<BatchItem> {
  // Check the size before reading, so a huge file costs nothing.
  if (size > options.maxBytes) {
    yield { ok: false, id, bytes: size, error: tooLarge(size, options.maxBytes) };
    return;
  }
  let buffer: Buffer;
  try {
    buffer = readPrefix(path, options.maxBytes + 1);
  } catch (error) {
    yield { ok: false, id, bytes: size, error: (error as Error).message };
    return;
  }
  yield checked(id, decodeText(buffer), buffer.length, options);
}

function readPrefix(path: string, limit: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

async function* stdinItems(options: BatchOptions): AsyncGenerator<BatchItem> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    // Stop keeping bytes past the cap, but drain stdin so the writer is not left blocked.
    if (total <= options.maxBytes) chunks.push(b);
  }
  if (total > options.maxBytes) {
    yield { ok: false, id: "stdin", bytes: total, error: tooLarge(total, options.maxBytes) };
    return;
  }
  const buffer = Buffer.concat(chunks);
  yield checked("stdin", decodeText(buffer), total, options);
}

async function* jsonlItems(path: string, prefix: string, options: BatchOptions): AsyncGenerator<BatchItem> {
  for await (const item of readJsonl(path)) {
    if (!item.ok) {
      yield { ok: false, id: prefix + (item.id ?? `line ${item.line}`), bytes: 0, error: item.error };
      continue;
    }
    const r = item.record;
    const bytes = Buffer.byteLength(r.text);
    // Feeds and scrapers often call the date "published"; take it when "date" is absent.
    const date = r.date ?? (typeof r.published === "string" ? r.published : undefined);
    const record: BatchRecord = {
      id: prefix + r.id,
      text: r.text,
      ...(date ? { date } : {}),
      ...(r.url ? { url: r.url } : {}),
      ...(r.title ? { title: r.title } : {}),
    };
    if (bytes > options.maxBytes) {
      yield { ok: false, id: record.id, bytes, error: tooLarge(bytes, options.maxBytes) };
      continue;
    }
    yield checked(record.id, r.text, bytes, options, record);
  }
}

function checked(id: string, text: string, bytes: number, _options: BatchOptions, base?: BatchRecord): BatchItem {
  const problem = textProblem(text);
  if (problem) return { ok: false, id, bytes, error: problem };
  return { ok: true, bytes, record: { ...(base ?? { id }), text: text.replace(/^\uFEFF/, "") } };
}

/** UTF-8 when it is valid UTF-8, else Windows-1252 (old news archives are often Latin-1). */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, "win1252");
  }
}

/** "empty text", "binary data, not text", or undefined for text worth coding. */
export function textProblem(text: string): string | undefined {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes("\u0000")) return "binary data, not text";
  if (!text.trim()) return "empty text";
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) odd++;
  }
  if (odd / sample.length > 0.1) return "binary data, not text";
  return undefined;
}

export function tooLarge(bytes: number, max: number): string {
  return `too large (${megabytes(bytes)} > ${megabytes(max, true)}); split it or raise --max-bytes`;
}

/** "50.0 MB", "5 MB" for a whole number of MB, "12.0 KB", "800 bytes". */
function megabytes(bytes: number, round = false): string {
  const mb = bytes / (1024 * 1024);
  if (round && Number.isInteger(mb)) return `${mb} MB`;
  if (mb >= 0.1) return `${mb.toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
