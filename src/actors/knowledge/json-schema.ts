// The JSON Schema of knowledge files, generated from the zod schema so that editors can
// check users' files. docs/schemas/actors.schema.json is this, written by scripts/gen-schemas.ts.
import { z } from "zod";
import { knowledgeFileSchema } from "./schema.js";

export function actorsJsonSchema(): Record<string, unknown> {
  // "input" so that fields with defaults (names, aliases, roles...) are optional, as users write them.
  const schema = z.toJSONSchema(knowledgeFileSchema, { io: "input" }) as Record<string, unknown>;
  return {
    ...schema,
    title: "eventwire actor knowledge file",
    description: "Countries, agent terms, titles, organisations and people for eventwire's actor recognition (see docs/KNOWLEDGE.md).",
  };
}

/** The text written to docs/schemas/actors.schema.json. */
export function actorsJsonSchemaText(): string {
  return JSON.stringify(actorsJsonSchema(), null, 2) + "\n";
}
