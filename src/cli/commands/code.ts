// eventwire code FILE|DIR|- [--date] [--jsonl] [--format json|jsonl|gdelt|plover|csv] [--actors FILE...] [--lexicon FILE...]
// Codes events in one article or a whole batch. Bad records are reported on stderr with their id
// and the batch goes on; a summary line closes every batch run.
import type { Command } from "commander";
import { code, type CodeOptions } from "../../code.js";
import { loadKnowledge } from "../../actors/knowledge/load.js";
import { loadLexicon, type Lexicon } from "../../coding/lexicon/load.js";
import { createWriter, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from "../../coding/formats/index.js";
import type { CodedDocument } from "../../coding/types.js";
import { checkDate, InputError } from "../../errors.js";
import { DEFAULT_MAX_BYTES, openBatch, type BatchRecord } from "../batch.js";
import { createProgress } from "../progress.js";
import { languageSkipMessage } from "../language-name.js";

interface Options {
  date?: string;
  format?: string;
  jsonl?: boolean;
  actors?: string[];
  lexicon?: string[];
  maxBytes: string;
  progress: boolean;
}

export interface CodeSummary {
  records: number;
  coded: number;
  skipped: number;
  failed: number;
  events: number;
}

export function registerCode(program: Command): void {
  program
    .command("code")
    .description("code events (who did what to whom, when, where) in an article or a batch of them")
    .argument("<input>", "a text file, a directory of .txt/.md/.jsonl files, a JSONL file with --jsonl, or - for stdin")
    .option("--date <YYYY-MM-DD>", "publication date for inputs without one (relative dates resolve against it); default today")
    .option("--jsonl", "the file or stdin holds one {id, text, date?, url?, title?} object per line (\"published\" is read when \"date\" is absent)")
    .option("--format <format>", `output: ${OUTPUT_FORMATS.join(", ")} (default json; a batch in json is one JSON array)`)
    .option("--actors <file...>", "extra actor dictionaries (JSON, see docs/KNOWLEDGE.md)")
    .option("--lexicon <file...>", "extra event lexicon files, merged over the built-in ones")
    .option("--max-bytes <n>", "largest text per record, in bytes", String(DEFAULT_MAX_BYTES))
    .option("--no-progress", "never draw a progress bar (it is drawn only when stderr is a terminal)")
    .action(async (input: string, options: Options) => {
      const format = options.format ?? "json";
      if (!isOutputFormat(format)) {
        throw new InputError("--format", `"${format}" is not a format; use one of ${OUTPUT_FORMATS.join(", ")}`);
      }
      if (options.date) checkDate(options.date, "--date");
      const maxBytes = Number(options.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
        throw new InputError("--max-bytes", `"${options.maxBytes}" is not a positive whole number of bytes`);
      }
      // Without --actors the coder uses its built-in dictionaries.
      const knowledge = options.actors ? loadKnowledge({ files: options.actors }) : undefined;
      const lexicon = options.lexicon ? loadLexicon({ files: options.lexicon }) : undefined;
      const summary = await runCode(input, { ...options, format, maxBytes, knowledge, lexicon });
      if (summary.failed > 0) process.exitCode = 1;
    });
}

interface RunOptions {
  format: OutputFormat;
  date?: string;
  jsonl?: boolean;
  maxBytes: number;
  progress: boolean;
  knowledge: CodeOptions["knowledge"];
  lexicon: Lexicon | undefined;
}

async function runCode(input: string, options: RunOptions): Promise<CodeSummary> {
  // `eventwire code ... | head` closes stdout early: stop quietly instead of crashing.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  const batch = openBatch(input, { jsonl: options.jsonl, maxBytes: options.maxBytes });
  const writer = createWriter(options.format, { batch: !batch.single });
  const progress = createProgress({
    total: batch.totalBytes,
    enabled: batch.single || !options.progress ? false : undefined,
  });
  const summary: CodeSummary = { records: 0, coded: 0, skipped: 0, failed: 0, events: 0 };
  // JSONL parse errors already say "line N of FILE"; others get the record id or path in front.
  const report = (id: string, message: string) =>
    progress.log(`eventwire: ${message.startsWith("line ") ? message : `${id}: ${message}`}`);
  const out = (text: string) => {
    if (text) process.stdout.write(text);
  };

  out(writer.start());
  for await (const item of batch.items) {
    summary.records++;
    progress.tick(item.bytes, summary.records);
    if (!item.ok) {
      summary.failed++;
      report(item.id, item.error);
      continue;
    }
    const docId = batch.single ? undefined : item.record.id;
    try {
      const doc = codeRecord(item.record, options);
      const skipped = skipReason(doc);
      if (skipped) {
        summary.skipped++;
        report(item.record.id, skipped);
        // A skipped document still appears in the document formats, with its reason and no events.
        if (options.format === "json" || options.format === "jsonl") {
          out(writer.document({ ...doc, events: [], skipped: doc.skipped ?? skipped }, docId));
        }
        continue;
      }
      summary.coded++;
      summary.events += doc.events.length;
      out(writer.document(doc, docId));
    } catch (error) {
      summary.failed++;
      report(item.record.id, error instanceof Error ? error.message : String(error));
    }
  }
  progress.stop();
  out(writer.end());
  if (!batch.single || summary.failed + summary.skipped > 0) {
    process.stderr.write(
      `eventwire: ${summary.records} records, ${summary.coded} coded, ${summary.skipped} skipped, ` +
        `${summary.failed} failed, ${summary.events} events\n`,
    );
  }
  return summary;
}

function codeRecord(record: BatchRecord, options: RunOptions): CodedDocument {
  const published = record.date ? checkDate(record.date.slice(0, 10), `"date" of ${record.id}`) : options.date;
  const codeOptions: CodeOptions = {
    ...(published ? { published } : {}),
    ...(record.url ? { url: record.url } : {}),
    ...(record.title ? { title: record.title } : {}),
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    ...(options.lexicon ? { lexicon: options.lexicon } : {}),
  };
  return code(record.text, codeOptions);
}

/** Why a document was not coded: ours names the language in words; else the coder's own reason. */
function skipReason(doc: CodedDocument): string | undefined {
  if (doc.language !== "eng" && doc.language !== "und") return languageSkipMessage(doc.language);
  return doc.skipped ? `skipped: ${doc.skipped}` : undefined;
}
