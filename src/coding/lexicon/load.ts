// Loads the event lexicon: the built-in files data/coding/lexicon/*.json, then the user's own
// files merged over them (an entry with the same id replaces the built-in one). Every file is
// validated with the schema, and every CAMEO code must exist in the codebook.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../../errors.js";
import { defaultCodebook, type Codebook } from "../codebook.js";
import { codingDataDir } from "../codebook/data-dir.js";
import { readValidated } from "../codebook/read-json.js";
import { lexiconFileSchema, type LexiconEntry } from "./schema.js";

export interface LoadedLexiconEntry extends LexiconEntry {
  /** The file the entry came from. */
  file: string;
}

export interface Lexicon {
  /** Entries in load order: built-in files by name, then user files in the order given. */
  readonly entries: readonly LoadedLexiconEntry[];
  /** Files read, in order. */
  readonly files: readonly string[];
  /** Short hash of the entries, to store with coded results. */
  readonly fingerprint: string;
  byId(id: string): LoadedLexiconEntry | undefined;
}

export interface LexiconOptions {
  /** The user's own lexicon files, merged over the built-in ones. */
  files?: string[];
  /** Folder of the built-in files; data/coding/lexicon in the package by default. */
  dir?: string;
  /** Leave out the built-in files (only `files`). */
  builtIn?: boolean;
  /** Codebook to check CAMEO codes against; the built-in one by default. */
  codebook?: Codebook;
}

/** The built-in lexicon files, sorted by name. */
export function builtInLexiconFiles(dir = join(codingDataDir(), "lexicon")): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and checks one lexicon file; errors name the file and the JSON path. */
export function readLexiconFile(file: string, codebook: Codebook = defaultCodebook()): LoadedLexiconEntry[] {
  const data = readValidated(file, lexiconFileSchema);
  const seen = new Map<string, number>();
  return data.entries.map((entry, i) => {
    const at = (path: string) => `${file} at entries[${i}]${path}`;
    const first = seen.get(entry.id);
    if (first !== undefined) throw new InputError(at(".id"), `id "${entry.id}" is already used by entries[${first}]; ids must be unique`);
    seen.set(entry.id, i);
    if (!codebook.isCode(entry.cameo)) throw new InputError(at(".cameo"), `"${entry.cameo}" is not a CAMEO code; see data/coding/cameo.json`);
    entry.examples.forEach((ex, j) => {
      if (ex.cameo && !codebook.isCode(ex.cameo)) {
        throw new InputError(at(`.examples[${j}].cameo`), `"${ex.cameo}" is not a CAMEO code; see data/coding/cameo.json`);
      }
    });
    if (entry.plover) {
      const info = codebook.ploverType(entry.plover.type);
      if (!info) throw new InputError(at(".plover.type"), `"${entry.plover.type}" is not a PLOVER type; use one of ${codebook.ploverTypes.join(", ")}`);
      const mode = entry.plover.mode;
      if (mode && !info.modes.some((m) => m.mode === mode)) {
        throw new InputError(at(".plover.mode"), `"${mode}" is not a mode of ${info.type}; use one of ${info.modes.map((m) => m.mode).join(", ") || "(none: leave mode out)"}`);
      }
      entry.plover.context.forEach((c, k) => {
        if (!codebook.contexts.includes(c)) throw new InputError(at(`.plover.context[${k}]`), `"${c}" is not a PLOVER context; see data/coding/plover.json`);
      });
    }
    return { ...entry, file };
  });
}

export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  const codebook = options.codebook ?? defaultCodebook();
  const builtIn = options.builtIn === false ? [] : builtInLexiconFiles(options.dir);
  const user = (options.files ?? []).map((f) => resolve(f));
  const byId = new Map<string, LoadedLexiconEntry>();

  for (const file of builtIn) {
    for (const entry of readLexiconFile(file, codebook)) {
      const other = byId.get(entry.id);
      // Built-in files must not collide: a duplicate there is a mistake, not an override.
      if (other) throw new InputError(file, `id "${entry.id}" is also used in ${other.file}; built-in ids must be unique`);
      byId.set(entry.id, entry);
    }
  }
  for (const file of user) {
    for (const entry of readLexiconFile(file, codebook)) {
      byId.delete(entry.id); // a replaced entry moves to the end, after the entries it overrides
      byId.set(entry.id, entry);
    }
  }

  const entries = [...byId.values()];
  const hash = createHash("sha256");
  for (const e of entries) hash.update(JSON.stringify({ ...e, file: undefined }));
  return {
    entries,
    files: [...builtIn, ...user],
    fingerprint: hash.digest("hex").slice(0, 12),
    byId: (id) => byId.get(id),
  };
}

let cached: Lexicon | undefined;
/** The built-in lexicon, loaded once per process. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}
