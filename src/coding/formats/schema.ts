// A zod mirror of CodedDocument (src/types.ts, src/coding/types.ts): the source of the published
// JSON Schema (docs/schemas/coded-document.schema.json, made by scripts/gen-schemas.ts)
// for the json and jsonl outputs. Keep it in step with the TypeScript types; a test checks both.
import { z } from "zod";

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };
const textSpan = z.object({ ...span, text: z.string() });
const granularity = z.enum(["day", "month", "year"]);
const mentionType = z.enum(["PERSON", "ORGANIZATION", "COUNTRY", "PLACE", "NORP"]);
const mentionKind = z.enum(["name", "short", "alias", "role", "nominal", "pronoun"]);
const pos = z.enum(["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
  "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE"]);
const alpha3 = z.string().regex(/^[A-Z]{3}$/);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

const sentence = z.object({
  ...span,
  index: z.number().int().min(0),
  text: z.string(),
  tokenStart: z.number().int().min(0),
  tokenEnd: z.number().int().min(0),
  headline: z.boolean().optional(),
});

const token = z.object({
  ...span,
  index: z.number().int().min(0),
  text: z.string(),
  lemma: z.string(),
  pos,
  sentence: z.number().int().min(0),
});

const mention = z.object({
  ...span,
  text: z.string(),
  type: mentionType,
  kind: mentionKind,
  sentence: z.number().int().min(0),
  entity: z.string(),
});

const entity = z.object({
  id: z.string(),
  name: z.string(),
  type: mentionType,
  aliases: z.array(z.string()),
  mentions: z.array(z.object({ ...span, text: z.string(), kind: mentionKind })),
  code: z.string().optional(),
  country: alpha3.optional(),
  sector: z.array(z.string()).optional(),
  ref: z.string().optional(),
  title: z.string().optional(),
  geo: z
    .object({ lat: z.number(), lon: z.number(), countryCode: z.string(), population: z.number().optional() })
    .optional(),
});

const dateMention = z.object({
  ...span,
  text: z.string(),
  value: isoDate,
  granularity,
  sentence: z.number().int().min(0),
});

const quote = z.object({
  ...span,
  text: z.string(),
  direct: z.boolean(),
  cue: z.string(),
  cueSpan: z.object(span).optional(),
  speaker: z.object({ entity: z.string().optional(), name: z.string(), span: textSpan.optional() }),
  sentences: z.array(z.number().int().min(0)),
});

const eventActor = z.object({
  text: z.string(),
  code: z.string().describe('CAMEO-style actor code ("ECUCOP", "IGOUNO"); "" when unknown'),
  country: alpha3.optional(),
  sector: z.array(z.string()).optional(),
  entity: z.string().optional(),
  span: z.object(span).optional(),
});

export const codedEventSchema = z.object({
  id: z.string(),
  sentence: z.number().int().min(0),
  mentions: z.array(z.number().int().min(0)),
  date: isoDate,
  dateGranularity: granularity,
  source: z.array(eventActor),
  target: z.array(eventActor),
  cameo: z.string().regex(/^\d{2,4}$/).describe('full CAMEO event code, e.g. "173"'),
  root: z.string().regex(/^\d{2}$/).describe('CAMEO root code, e.g. "17"'),
  plover: z.object({ type: z.string(), mode: z.string().optional(), context: z.array(z.string()) }),
  goldstein: z.number().min(-10).max(10),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  location: z
    .object({
      text: z.string(),
      country: alpha3.optional(),
      lat: z.number().optional(),
      lon: z.number().optional(),
      span: z.object(span).optional(),
    })
    .optional(),
  evidence: z.object({ trigger: textSpan, source: textSpan.optional(), target: textSpan.optional() }),
  rule: z.string().describe("id of the lexicon entry that fired"),
  negated: z.boolean(),
  hypothetical: z.boolean(),
  reported: z.boolean(),
  confidence: z.number().min(0).max(1),
});

export const codedDocumentSchema = z
  .object({
    id: z.string().optional().describe("batch record id or file path (batch output only)"),
    text: z.string(),
    published: isoDay,
    url: z.string().optional(),
    title: z.string().optional(),
    language: z.string().describe('ISO 639-3 code ("eng"), or "und"'),
    skipped: z.string().optional().describe("why the document was not coded (e.g. not English)"),
    sentences: z.array(sentence),
    tokens: z.array(token),
    mentions: z.array(mention),
    entities: z.array(entity),
    dates: z.array(dateMention),
    quotes: z.array(quote),
    events: z.array(codedEventSchema),
    coder: z.string().describe("version of the coder and its lexicon"),
  })
  .meta({
    title: "eventwire coded document",
    description: "Output of `eventwire code --format json|jsonl`: an annotated article and its coded events.",
  });

/** The JSON Schema (draft 2020-12) published in docs/schemas/coded-document.schema.json. */
export function codedDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(codedDocumentSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
