// A plain-text view of an annotated document, for reading in a terminal.
import type { AnnotatedDocument } from "../types.js";

export function formatAnnotationText(doc: AnnotatedDocument): string {
  const out: string[] = [];
  out.push(`published ${doc.published}  language ${doc.language}  ${doc.sentences.length} sentences`);
  out.push("", "ENTITIES");
  for (const e of doc.entities) {
    const code = e.code ? ` ${e.code}` : "";
    const title = e.title ? ` (${e.title})` : "";
    const seen = [...new Set(e.mentions.map((m) => m.text))].join(" | ");
    out.push(`  ${e.id.padEnd(5)} ${e.type.padEnd(12)} ${e.name}${title}${code}  <- ${seen}`);
  }
  out.push("", "DATES");
  for (const d of doc.dates) out.push(`  ${d.value.padEnd(10)} ${d.granularity.padEnd(5)} "${d.text}"`);
  out.push("", "QUOTES");
  for (const q of doc.quotes) {
    const text = q.text.length > 90 ? q.text.slice(0, 87) + "..." : q.text;
    out.push(`  ${q.direct ? "direct  " : "indirect"} ${q.speaker.name} [${q.cue}]: "${text}"`);
  }
  return out.join("\n") + "\n";
}
