// eventwire ingest INPUT... [--db FILE] [--date] [--jsonl] [--map] [--include GLOB] [--allow-private] [--retry-failed|--retry-all]
// Acquires, deduplicates, codes and stores articles. Running it again on the same inputs stores
// nothing new. Failures are recorded in the archive and tried again with --retry-failed.
import type { Command } from "commander";
import { checkDate, InputError } from "../../errors.js";
import { parseFieldMap } from "../../ingest/sources/field-map.js";
import { retryFailed, runIngest, type RunOptions } from "../../ingest/pipeline-run.js";
import { mergeSummaries, summaryLine, type IngestSummary } from "../../ingest/pipeline-summary.js";
import { openStore } from "../../store/open.js";
import { createProgress } from "../progress.js";

interface Options {
  db?: string;
  date?: string;
  jsonl?: boolean;
  map?: string;
  include?: string[];
  exclude?: string[];
  allowPrivate?: boolean;
  retryFailed?: boolean;
  retryAll?: boolean;
  progress: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("acquire, deduplicate, code and archive articles from files, folders, JSONL, HTML, URLs, feeds and OPML lists")
    .argument("[inputs...]", "files, folders, URLs, feed or OPML files, or - for stdin")
    .option("--db <file>", "the archive (default $EVENTWIRE_DB, else ./eventwire.db)")
    .option("--date <YYYY-MM-DD>", "publication date for text files and stdin, which carry none")
    .option("--jsonl", "read every file input and stdin as JSONL records, whatever the extension")
    .option("--map <fields>", "JSONL fields, e.g. text=body,date=published,url=link,title=headline,id=guid")
    .option("--include <glob...>", "files in folders must match one of these globs (default: every supported extension)")
    .option("--exclude <glob...>", "files in folders matching these globs are left out")
    .option("--allow-private", "allow fetching from private and loopback addresses (intranets, tests)")
    .option("--retry-failed", "try again the inputs that failed in earlier runs where retrying may help: timeouts, 5xx (besides any inputs given)")
    .option("--retry-all", "like --retry-failed, but also inputs whose failure retrying cannot fix by itself (bad records, missing files)")
    .option("--no-progress", "never draw a progress bar (it is drawn only when stderr is a terminal)")
    .action(async (inputs: string[], options: Options) => {
      const retry = options.retryFailed === true || options.retryAll === true;
      if (inputs.length === 0 && !retry) {
        throw new InputError("ingest", "no inputs; give files, folders, URLs or -, or use --retry-failed or --retry-all");
      }
      if (options.date) checkDate(options.date, "--date");
      const fieldMap = parseFieldMap(options.map);
      const store = openStore(options.db);
      try {
        const progress = createProgress({ unit: "records", enabled: options.progress ? undefined : false });
        let seen = 0;
        const run: RunOptions = {
          store,
          jsonl: options.jsonl === true,
          ...(options.date ? { date: options.date } : {}),
          acquire: {
            fieldMap,
            ...(options.date ? { date: options.date } : {}),
            ...(options.include ? { include: options.include } : {}),
            ...(options.exclude ? { exclude: options.exclude } : {}),
            fetch: { allowPrivate: options.allowPrivate === true },
          },
          onItem: () => progress.tick(1, ++seen),
        };
        let summary: IngestSummary | undefined;
        if (retry) {
          const retried = await retryFailed(run, options.retryAll === true);
          const left = retried.skipped.length;
          progress.log(`eventwire: retried ${retried.inputs.length} failed input${retried.inputs.length === 1 ? "" : "s"}` +
            (left ? `; ${left} left whose failure retrying cannot fix (fix them, then use --retry-all)` : ""));
          summary = retried.summary;
        }
        if (inputs.length > 0) summary = summary ? mergeSummaries(summary, await runIngest(inputs, run)) : await runIngest(inputs, run);
        progress.stop();
        const s = summary!;
        process.stderr.write(`eventwire: ${summaryLine(s)}\n`);
        for (const line of s.failures.slice(0, 20)) process.stderr.write(`  failed: ${line}\n`);
        if (s.failures.length > 20) process.stderr.write(`  ... and ${s.failures.length - 20} more (recorded; retry with --retry-failed)\n`);
        if (s.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
