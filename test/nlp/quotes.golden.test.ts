// Golden files for quote finding: test/fixtures/quotes/<case>/{input.txt, meta.json, expected.json}.
// A failing case prints a line diff of the JSON. Run with UPDATE_GOLDEN=1 to rewrite expected.json
// after checking the new output by eye.
import { test } from "node:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { segment } from "../../src/nlp/segment.js";
import { findQuotes } from "../../src/nlp/quotes.js";
import type { Knowledge } from "../../src/actors/knowledge/types.js";
import type { AnnotatedDocument, Mention } from "../../src/types.js";
import { expectGolden } from "../helpers/golden.js";

const root = join(import.meta.dirname, "../../../test/fixtures/quotes");

for (const name of readdirSync(root).sort()) {
  test(`quotes golden: ${name}`, () => {
    const dir = join(root, name);
    const text = readFileSync(join(dir, "input.txt"), "utf8");
    const { published } = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as { published: string };
    const doc: AnnotatedDocument = { text, published, language: "en", ...segment(text), mentions: [], entities: [], dates: [], quotes: [] };
    // Optional mentions.json: hand-made recogniser output ([{text, type, kind, entity, name}]), placed at
    // each occurrence of its text, so speaker resolution can be tested without the recogniser.
    const mentionsPath = join(dir, "mentions.json");
    if (existsSync(mentionsPath)) addMentions(doc, JSON.parse(readFileSync(mentionsPath, "utf8")) as HandMention[]);
    expectGolden(join(dir, "expected.json"), findQuotes(doc, {} as Knowledge), name);
  });
}


interface HandMention {
  text: string;
  type: Mention["type"];
  kind: Mention["kind"];
  entity: string;
  name: string;
}

function addMentions(doc: AnnotatedDocument, hand: HandMention[]): void {
  for (const h of hand) {
    for (let at = doc.text.indexOf(h.text); at >= 0; at = doc.text.indexOf(h.text, at + 1)) {
      const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
      doc.mentions.push({ start: at, end: at + h.text.length, text: h.text, type: h.type, kind: h.kind, sentence, entity: h.entity });
    }
    if (!doc.entities.some((e) => e.id === h.entity)) doc.entities.push({ id: h.entity, name: h.name, type: h.type, aliases: [], mentions: [] });
  }
  doc.mentions.sort((a, b) => a.start - b.start);
}
