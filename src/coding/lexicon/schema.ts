// Schema of the event lexicon files in data/coding/lexicon/*.json (and users' own).
// An entry says which words in which clause shape yield which CAMEO code; its examples
// are sentences run as tests (test/coding/lexicon-examples.test.ts).
import { z } from "zod";

const cameoCode = z.string().regex(/^\d{2,4}$/, "a CAMEO event code such as 17, 173 or 1711");
const lemma = z.string().regex(/^[a-z][a-z' -]*$/, "a lower-case lemma or phrase, e.g. 'sever' or 'crack down'");
const actorExpectation = z
  .string()
  .regex(/^[A-Z]{3}([A-Z]{3})*$/, "an actor code: a country such as ECU, or country+sector such as ECUCOP");

export const exampleSchema = z.object({
  /** A sentence written by the project, in its own words. */
  text: z.string().min(10),
  /** Expected code; the entry's own code when omitted. */
  cameo: cameoCode.optional(),
  /** Expected source and target actor codes (a prefix match: "ECU" matches "ECUCOP"). */
  source: actorExpectation.optional(),
  target: actorExpectation.optional(),
  negated: z.boolean().optional(),
  hypothetical: z.boolean().optional(),
  /** Set false for a counter-example: the entry must NOT fire on this sentence. */
  fires: z.boolean().default(true),
});

export const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case, e.g. sever-relations"),
    cameo: cameoCode,
    /** Verb lemmas, with particles where they belong: "sever", "call off", "crack down". */
    verbs: z.array(lemma).default([]),
    /** Event nouns: "arrest", "rupture", "raid" ("the arrest of Glas"). */
    nouns: z.array(lemma).default([]),
    /** At least one of these lemmas must head (or sit in) the object or complement: relations, ties. */
    object: z.array(lemma).optional(),
    /** Verb entries only: at least one of these lemmas must be in the clause's own subject, for acts
     *  whose verb alone says nothing ("peacekeepers arrived", "observers landed"). */
    subject: z.array(lemma).optional(),
    /** The entry does not fire when any of these lemmas is in the clause. */
    without: z.array(lemma).optional(),
    /** Where the target is found, in order of preference. */
    target: z
      .array(z.enum(["object", "with", "against", "on", "to", "of", "from", "for", "at", "into", "over", "toward", "in", "about"]))
      .default(["object"]),
    /** The act has no counterpart ("resign", "surrender", "demand elections"): the target comes only
     *  from the positions above, never from a guess at another actor in the sentence. */
    intransitive: z.boolean().optional(),
    /** Higher wins when several entries match one clause; more specific entries should be higher. */
    priority: z.number().int().min(0).max(100).default(10),
    /** Overrides the CAMEO -> PLOVER mapping for this entry. */
    plover: z.object({ type: z.string(), mode: z.string().optional(), context: z.array(z.string()).default([]) }).optional(),
    note: z.string().optional(),
    examples: z.array(exampleSchema).min(1, "every entry needs at least one example sentence"),
  })
  .strict()
  .refine((e) => e.verbs.length + e.nouns.length > 0, { message: "give at least one verb or noun trigger" });

export const lexiconFileSchema = z
  .object({ $schema: z.string().optional(), description: z.string().optional(), entries: z.array(entrySchema) })
  .strict();

export type LexiconEntry = z.infer<typeof entrySchema>;
export type LexiconExample = z.infer<typeof exampleSchema>;
export type LexiconFile = z.infer<typeof lexiconFileSchema>;
