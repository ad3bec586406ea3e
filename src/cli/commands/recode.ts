// eventwire recode [--db FILE] [--all]
// Re-codes the stored versions that an older coder (another release, another lexicon) coded,
// replacing their entities, quotes and events; --all re-codes everything. Texts are not fetched again.
import type { Command } from "commander";
import { recodeArchive } from "../../ingest/recode.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { resolveDbPath } from "../../store/open.js";
import { createProgress, type Progress } from "../progress.js";

interface Options {
  db?: string;
  all?: boolean;
  progress: boolean;
}

export function registerRecode(program: Command): void {
  program
    .command("recode")
    .description("re-code stored articles coded by another coder version (after an upgrade or a lexicon change)")
    .option("--db <file>", "the archive (default $EVENTWIRE_DB, else ./eventwire.db)")
    .option("--all", "re-code every stored version, whatever coded it")
    .option("--no-progress", "never draw a progress bar (it is drawn only when stderr is a terminal)")
    .action(async (options: Options) => {
      // Re-coding an archive that does not exist is a mistake, not a reason to create one.
      const store = new SqliteStore(resolveDbPath(options.db), { mustExist: true });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      let progress: Progress | undefined;
      try {
        const s = await recodeArchive({
          store,
          all: options.all === true,
          onStart: (total) => (progress = createProgress({ total, unit: "records", enabled: options.progress ? undefined : false })),
          onItem: (done) => progress?.tick(1, done),
          shouldStop: () => stop.signal.aborted,
        });
        progress?.stop();
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
        process.stderr.write(`eventwire: ${plural(s.recoded, "version")} re-coded with ${s.coder}, ${s.current} already current; ` +
          `events ${s.eventsBefore} -> ${s.eventsAfter}${stop.signal.aborted ? " (interrupted)" : ""}\n`);
      } finally {
        progress?.stop();
        await store.close();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    });
}
