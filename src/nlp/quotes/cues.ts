// The cue lexicon: which written words can introduce a quote. Loaded once from data/nlp/cues.json.
import { readFileSync } from "node:fs";
import { InputError } from "../../errors.js";
import { dataPath } from "../../package-root.js";
import { CueFileSchema, type CueFile } from "./cue-schema.js";

export interface CueVerb {
  lemma: string;
  direct: boolean;
}

export interface CueForm {
  words: string[];
  verb: CueVerb;
}

export interface Cues {
  /** First word of a written form (lower case) to the forms that start with it, longest first. */
  verbs: ReadonlyMap<string, readonly CueForm[]>;
  /** Listeners that join "told" into one cue: "told reporters", "told the media" (split into words). */
  objects: readonly string[][];
  /** Multi-word cues whose speaker follows, as word lists: ["according", "to"]. */
  speakerAfter: readonly string[][];
}

const DEFAULT_FILE = dataPath("nlp", "cues.json");

export function parseCues(json: unknown, file: string): Cues {
  const parsed = CueFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("") : "(top level)";
    throw new InputError(file, `at ${path}: ${issue.message}`);
  }
  return index(parsed.data);
}

export function loadCues(file = DEFAULT_FILE): Cues {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(file, `cannot read the cue list as JSON (${(error as Error).message})`);
  }
  return parseCues(json, file);
}

let cached: Cues | undefined;
export function defaultCues(): Cues {
  cached ??= loadCues();
  return cached;
}

function index(data: CueFile): Cues {
  const words = (s: string) => s.split(" ").filter(Boolean);
  const verbs = new Map<string, CueForm[]>();
  for (const verb of data.verbs) {
    for (const form of verb.forms) {
      const w = words(form);
      const list = verbs.get(w[0]!) ?? [];
      list.push({ words: w, verb: { lemma: verb.lemma, direct: verb.direct ?? true } });
      list.sort((a, b) => b.words.length - a.words.length);
      verbs.set(w[0]!, list);
    }
  }
  return {
    verbs,
    objects: data.objects.map(words).sort((a, b) => b.length - a.length),
    speakerAfter: data.phrases.filter((p) => p.speaker === "after").map((p) => words(p.text)),
  };
}
