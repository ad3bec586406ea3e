// The shape of data/nlp/cues.json (and of any user cue file): checked at load so a typo in the data
// fails with the file, the JSON path and what to write instead.
import { z } from "zod";

const lowerWords = z
  .string()
  .min(1, "must not be empty")
  .regex(/^[a-z][a-z' -]*$/, "write it in lower case letters, e.g. \"said\" or \"told reporters\"");

export const CueVerbSchema = z
  .object({
    lemma: lowerWords,
    forms: z.array(lowerWords).min(1, "list at least one written form, e.g. [\"say\", \"says\", \"said\", \"saying\"]"),
    /** false: the verb only introduces reported speech ("believes that"), never a direct quote. */
    direct: z.boolean().optional(),
  })
  .strict();

export const CuePhraseSchema = z
  .object({
    text: lowerWords,
    /** Where the speaker stands relative to the phrase: "after" for "according to X". */
    speaker: z.enum(["after", "before"]),
  })
  .strict();

export const CueFileSchema = z
  .object({
    $comment: z.string().optional(),
    verbs: z.array(CueVerbSchema).min(1, "list at least one cue verb"),
    objects: z.array(lowerWords),
    phrases: z.array(CuePhraseSchema),
  })
  .strict();

export type CueFile = z.infer<typeof CueFileSchema>;
