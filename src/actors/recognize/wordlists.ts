// The word lists behind the name recognisers: data/nlp/names/*.json, validated at load.
// They hold general knowledge of how names look (given names, org keywords, titles),
// never names taken from an evaluation set.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError } from "../../errors.js";
import { dataPath } from "../../package-root.js";

const word = z.string().min(1).refine((s) => !/^\s|\s$/.test(s), "no leading or trailing spaces");
const sector = z.string().regex(/^[A-Z]{3}$/, "a three-letter CAMEO agent code, e.g. GOV");

export const wordListSchemas = {
  "given-names.json": z.object({ description: z.string(), names: z.array(word).min(1) }).strict(),
  "person-titles.json": z
    .object({ description: z.string(), titles: z.array(z.object({ text: word, sector: sector.optional() }).strict()).min(1) })
    .strict(),
  "org-keywords.json": z
    .object({ description: z.string(), keywords: z.array(word).min(1), trailing: z.array(word), descriptors: z.array(word), businessCues: z.array(word) })
    .strict(),
  "place-words.json": z
    .object({ description: z.string(), regions: z.array(word), keywords: z.array(word), prepositions: z.array(word), directions: z.array(word) })
    .strict(),
  "common-words.json": z.object({ description: z.string(), words: z.array(word).min(1), alone: z.array(word) }).strict(),
  "cues.json": z
    .object({ description: z.string(), speechVerbs: z.array(word).min(1), connectors: z.array(word).min(1), officeWords: z.array(word) })
    .strict(),
  "groups.json": z.object({ description: z.string(), words: z.array(word).min(1) }).strict(),
  "misc-words.json": z.object({ description: z.string(), heads: z.array(word).min(1), events: z.array(word) }).strict(),
  "sports.json": z.object({ description: z.string(), cues: z.array(word).min(1), teamVerbs: z.array(word).min(1) }).strict(),
  "known-organisations.json": z.object({ description: z.string(), names: z.array(word).min(1) }).strict(),
} as const;

type Schemas = typeof wordListSchemas;
type FileName = keyof Schemas;
export type WordListFiles = { [K in FileName]: z.infer<Schemas[K]> };

/** The lists as lookup structures; keys are lower-case unless said otherwise. */
export interface WordLists {
  givenNames: ReadonlySet<string>;
  /** Title or honorific phrase (lower case, as tokens joined by spaces) -> implied sector, "" when none. */
  titles: ReadonlyMap<string, string>;
  /** Longest title in tokens, to bound the scan. */
  titleMaxTokens: number;
  orgKeywords: ReadonlySet<string>;
  orgTrailing: ReadonlySet<string>;
  regions: readonly string[];
  placeKeywords: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  directions: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  /** Words that may sit inside a name but make none alone ("National", "State"). */
  aloneWords: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  officeWords: ReadonlySet<string>;
  /** Peoples, faiths and groups that are not one country's demonym (original case). */
  groups: readonly string[];
  /** Last words of event, law or currency names ("Cup", "Treaty", "Dollar"): no entity. */
  miscHeads: ReadonlySet<string>;
  miscEvents: ReadonlySet<string>;
  sportsCues: ReadonlySet<string>;
  teamVerbs: ReadonlySet<string>;
  knownOrganisations: readonly string[];
  orgDescriptors: ReadonlySet<string>;
  businessCues: ReadonlySet<string>;
}

export const NAMES_DIR = dataPath("nlp", "names") + "/";

/** Validates one parsed file; the error names the file, the JSON path and the fix. */
export function parseWordList<K extends FileName>(file: K, value: unknown, source = file as string): WordListFiles[K] {
  const result = wordListSchemas[file].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.length ? issue.path.map(String).join(".") : "(top level)";
    throw new InputError(source, `at ${path}: ${issue.message}`);
  }
  return result.data as WordListFiles[K];
}

function readList<K extends FileName>(dir: string, file: K): WordListFiles[K] {
  const path = dir + file;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(path, `cannot read the word list: ${(error as Error).message}`);
  }
  return parseWordList(file, value, path);
}

/** Lower-cased token sequence of a phrase, split the way the tokenizer splits it. */
export function phraseTokens(phrase: string): string[] {
  // The tagger splits a possessive off its word ("People's" -> "People", "'s"): so do we.
  return phrase.replace(/(\p{L})(['’]s)(?=\s|$)/gu, "$1 $2").match(/[\p{L}\p{N}.'’&]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

export function buildWordLists(files: WordListFiles): WordLists {
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const titles = new Map<string, string>();
  let titleMaxTokens = 1;
  for (const t of files["person-titles.json"].titles) {
    const toks = phraseTokens(t.text.toLowerCase());
    titleMaxTokens = Math.max(titleMaxTokens, toks.length);
    const key = toks.join(" ");
    if (!titles.has(key) || t.sector) titles.set(key, t.sector ?? "");
  }
  return {
    givenNames: lower(files["given-names.json"].names),
    titles,
    titleMaxTokens,
    orgKeywords: lower(files["org-keywords.json"].keywords),
    orgTrailing: lower(files["org-keywords.json"].trailing),
    regions: files["place-words.json"].regions,
    placeKeywords: lower(files["place-words.json"].keywords),
    placePrepositions: lower(files["place-words.json"].prepositions),
    directions: lower(files["place-words.json"].directions),
    commonWords: lower(files["common-words.json"].words),
    aloneWords: lower(files["common-words.json"].alone),
    speechVerbs: lower(files["cues.json"].speechVerbs),
    connectors: new Set(files["cues.json"].connectors),
    officeWords: lower(files["cues.json"].officeWords),
    groups: files["groups.json"].words,
    miscHeads: lower(files["misc-words.json"].heads),
    miscEvents: lower(files["misc-words.json"].events),
    sportsCues: lower(files["sports.json"].cues),
    teamVerbs: lower(files["sports.json"].teamVerbs),
    knownOrganisations: files["known-organisations.json"].names,
    orgDescriptors: lower(files["org-keywords.json"].descriptors),
    businessCues: lower(files["org-keywords.json"].businessCues),
  };
}

let cached: WordLists | undefined;
/** The built-in lists, read once per process. */
export function wordLists(dir = NAMES_DIR): WordLists {
  if (dir !== NAMES_DIR) return buildWordLists(readAll(dir));
  cached ??= buildWordLists(readAll(dir));
  return cached;
}

function readAll(dir: string): WordListFiles {
  const out = {} as Record<string, unknown>;
  for (const file of Object.keys(wordListSchemas) as FileName[]) out[file] = readList(dir, file);
  return out as WordListFiles;
}
