// eventwire annotate FILE|- --date YYYY-MM-DD [--format json|text] [--jsonl] [--actors FILE...]
import type { Command } from "commander";
import { annotate } from "../../annotate.js";
import { loadKnowledge, defaultKnowledge } from "../../actors/knowledge/load.js";
import { checkDate, InputError } from "../../errors.js";
import { readInput, readJsonl } from "../input.js";
import { formatAnnotationText } from "../format-text.js";
import type { Knowledge } from "../../actors/knowledge/types.js";

interface Options {
  date?: string;
  format: string;
  jsonl?: boolean;
  actors?: string[];
}

export function registerAnnotate(program: Command): void {
  program
    .command("annotate")
    .description("sentences, entities, actors, dates and quotes of an article")
    .argument("<input>", "a text file, a JSONL file with --jsonl, or - for stdin")
    .option("--date <YYYY-MM-DD>", "publication date (relative dates resolve against it); default today")
    .option("--format <format>", "json or text", "json")
    .option("--jsonl", "batch mode: one {id, text, date?, url?, title?} object per line, one result per line")
    .option("--actors <file...>", "extra actor dictionaries (JSON, see docs/KNOWLEDGE.md)")
    .action(async (input: string, options: Options) => {
      if (!["json", "text"].includes(options.format)) {
        throw new InputError("--format", `"${options.format}" is not a format; use json or text`);
      }
      if (options.date) checkDate(options.date, "--date");
      const knowledge = options.actors ? loadKnowledge({ files: options.actors }) : defaultKnowledge();
      if (options.jsonl) return annotateBatch(input, options, knowledge);
      const text = readInput(input);
      const doc = annotate(text, { ...(options.date ? { published: options.date } : {}), knowledge });
      process.stdout.write(options.format === "text" ? formatAnnotationText(doc) : JSON.stringify(doc, null, 2) + "\n");
    });
}

async function annotateBatch(input: string, options: Options, knowledge: Knowledge): Promise<void> {
  let failed = 0;
  for await (const item of readJsonl(input)) {
    if (!item.ok) {
      failed++;
      process.stderr.write(`eventwire: ${item.error}\n`);
      process.stdout.write(JSON.stringify({ id: item.id ?? null, error: item.error }) + "\n");
      continue;
    }
    const { record } = item;
    try {
      const published = record.date ? checkDate(record.date.slice(0, 10), `record ${record.id} "date"`) : options.date;
      const doc = annotate(record.text, {
        ...(published ? { published } : {}),
        ...(record.url ? { url: record.url } : {}),
        ...(record.title ? { title: record.title } : {}),
        knowledge,
      });
      process.stdout.write(JSON.stringify({ id: record.id, ...doc }) + "\n");
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`eventwire: record ${record.id} (line ${item.line}): ${message}\n`);
      process.stdout.write(JSON.stringify({ id: record.id, error: message }) + "\n");
    }
  }
  if (failed > 0) process.exitCode = 1;
}
