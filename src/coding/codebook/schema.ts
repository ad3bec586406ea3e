// Schemas of the codebook files: data/coding/cameo.json, plover.json and cameo-plover.json.
import { z } from "zod";

const cameoCode = z.string().regex(/^\d{2,4}$/, "a CAMEO event code of 2 to 4 digits, e.g. 17, 173 or 1711");
const ploverType = z.string().regex(/^[A-Z]+$/, "a PLOVER type in capitals, e.g. COERCE");
const word = z.string().regex(/^[a-z][a-z_-]*$/, "a lower-case word; use _ or - between parts, e.g. martial-law, human_rights");

export const cameoCodeSchema = z
  .object({
    code: cameoCode,
    name: z.string().min(1),
    goldstein: z.number().min(-10, "Goldstein scores run from -10 to 10").max(10, "Goldstein scores run from -10 to 10"),
    quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { message: "QuadClass is 1, 2, 3 or 4" }),
    /** Only the 20 roots carry a description. */
    description: z.string().min(1).optional(),
  })
  .strict();

export const cameoFileSchema = z
  .object({ $schema: z.string().optional(), description: z.string().optional(), codes: z.array(cameoCodeSchema).min(1) })
  .strict();

const modeSchema = z.object({ mode: word, description: z.string().min(1) }).strict();

export const ploverTypeSchema = z
  .object({
    type: ploverType,
    quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { message: "QuadClass is 1, 2, 3 or 4" }),
    description: z.string().min(1),
    modes: z.array(modeSchema),
  })
  .strict();

export const ploverFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    types: z.array(ploverTypeSchema).min(1),
    contexts: z.array(z.object({ context: word, description: z.string().min(1) }).strict()),
    /** Types of older PLOVER drafts, and the current type each became. */
    oldTypes: z.array(z.object({ old: ploverType, type: ploverType, note: z.string().optional() }).strict()),
  })
  .strict();

export const mappingRowSchema = z
  .object({
    code: cameoCode,
    type: ploverType,
    mode: word.optional(),
    context: z.array(word),
    /** True when the row follows the published CAMEO-to-PLOVER table; false when chosen here. */
    official: z.boolean(),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => r.official || (r.note ?? "") !== "", { message: "a row with official: false needs a note saying why", path: ["note"] });

export const mappingFileSchema = z
  .object({ $schema: z.string().optional(), description: z.string().optional(), mapping: z.array(mappingRowSchema) })
  .strict();

export type CameoFile = z.infer<typeof cameoFileSchema>;
export type PloverFile = z.infer<typeof ploverFileSchema>;
export type MappingFile = z.infer<typeof mappingFileSchema>;
export type PloverTypeInfo = z.infer<typeof ploverTypeSchema>;

export const refusalRowSchema = z
  .object({
    /** The cooperative act (and the codes under it, unless a longer row matches). */
    act: cameoCode,
    /** The CAMEO 12 rejection the act becomes when refused. */
    refusal: z.string().regex(/^12\d{0,2}$/, "a CAMEO 12 (reject) code, e.g. 120 or 1243"),
    /** Only a refusal when stated as one ("would not", "refused to"), not a plain "did not". */
    needsIntent: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

export const refusalFileSchema = z
  .object({ $schema: z.string().optional(), description: z.string().optional(), refusals: z.array(refusalRowSchema) })
  .strict();

export type RefusalFile = z.infer<typeof refusalFileSchema>;

export const intentRowSchema = z
  .object({
    /** The act (and the codes under it, unless a longer row matches). */
    act: cameoCode,
    /** The CAMEO 03 or 13 code the act becomes when only stated as intended. */
    intent: z.string().regex(/^(03|13)\d{0,2}$/, "a CAMEO 03 (intent to cooperate) or 13 (threaten) code, e.g. 033 or 1313"),
    /** Also when only "may"/"might" is said (a threat, for hostile acts). */
    possible: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

export const intentFileSchema = z
  .object({ $schema: z.string().optional(), description: z.string().optional(), intents: z.array(intentRowSchema) })
  .strict();

export type IntentFile = z.infer<typeof intentFileSchema>;
