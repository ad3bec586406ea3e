// The JSON Schema of lexicon files, for editors checking users' files. docs/schemas/lexicon.schema.json
// is this text, written by scripts/gen-schemas.ts. Input shape: fields with defaults are optional.
import { z } from "zod";
import { lexiconFileSchema } from "./schema.js";

export function lexiconJsonSchemaText(): string {
  const schema = z.toJSONSchema(lexiconFileSchema, { io: "input", unrepresentable: "any" });
  const doc = {
    ...schema,
    title: "eventwire event lexicon file",
    description: "Entries mapping verb and noun triggers, with constraints, to CAMEO codes; see docs/CODEBOOK.md.",
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
