// eventwire watch --feeds FILE [--db FILE] [--interval 15m] [--once] [--allow-private]
// Polls feeds on their schedules and archives new items until stopped. SIGINT or SIGTERM
// finishes the article in hand, closes the archive cleanly and exits 0; a second signal exits at once.
import type { Command } from "commander";
import { watchFeeds } from "../../ingest/watch.js";
import { parseInterval, readFeedList } from "../../ingest/watch-list.js";
import { openStore } from "../../store/open.js";

interface Options {
  feeds: string;
  db?: string;
  interval: string;
  once?: boolean;
  allowPrivate?: boolean;
}

export function registerWatch(program: Command): void {
  program
    .command("watch")
    .description("poll feeds on a schedule (conditional GET, backoff on errors) and archive new items until stopped")
    .requiredOption("--feeds <file>", 'an OPML list, or a text file with one feed URL per line, optionally followed by an interval ("URL 30m")')
    .option("--db <file>", "the archive (default $EVENTWIRE_DB, else ./eventwire.db)")
    .option("--interval <time>", "time between polls of a feed without its own interval: 90s, 15m, 1h", "15m")
    .option("--once", "poll every due feed once and exit (for cron and tests)")
    .option("--allow-private", "allow fetching from private and loopback addresses (intranets, tests)")
    .action(async (options: Options) => {
      const intervalSeconds = parseInterval(options.interval);
      const feeds = readFeedList(options.feeds);
      const store = openStore(options.db);
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        if (stop.signal.aborted) process.exit(130);
        process.stderr.write(`eventwire: ${signal}: finishing the article in hand, then closing the archive\n`);
        stop.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const log = (line: string) => process.stderr.write(`eventwire: ${line}\n`);
      log(`watching ${feeds.length} feed${feeds.length === 1 ? "" : "s"}, archive ${store.location}`);
      try {
        await watchFeeds({
          store, feeds, intervalSeconds, once: options.once === true, signal: stop.signal,
          fetch: { allowPrivate: options.allowPrivate === true }, log,
        });
      } finally {
        await store.close();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
      if (stop.signal.aborted) {
        log("stopped; archive closed");
        // Page fetches started for the next items may still hold sockets open: nothing is left to save.
        process.exit(0);
      }
    });
}
