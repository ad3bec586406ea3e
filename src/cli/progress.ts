// A progress bar on stderr for long batch runs. It draws only when stderr is a terminal,
// so piped or logged runs (and tests) get clean output.
import cliProgress from "cli-progress";

export interface Progress {
  /** Advance by `amount` units (bytes, records...) and show `records` done so far. */
  tick(amount: number, records: number): void;
  /** Write a line (an error, a warning) above the bar without breaking it. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Total units, when known; an unknown total shows a count only. */
  total?: number;
  /** What a unit is called in the bar: "MB", "records". */
  unit?: "bytes" | "records";
  stream?: NodeJS.WriteStream;
  /** Force on or off; by default on only when the stream is a TTY. */
  enabled?: boolean;
}

export function createProgress(options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const enabled = options.enabled ?? stream.isTTY === true;
  if (!enabled) {
    return { tick: () => {}, log: (line) => void stream.write(line.endsWith("\n") ? line : line + "\n"), stop: () => {} };
  }
  const known = options.total !== undefined && options.total > 0;
  const bytes = options.unit !== "records";
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known ? " {bar} {percentage}% | {records} records | ETA {eta_formatted}" : " {records} records | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? options.total! : 0, 0, { records: 0 });
  let value = 0;
  return {
    tick(amount, records) {
      value += amount;
      bar.update(known ? Math.min(value, options.total!) : value, { records });
    },
    log(line) {
      // Clear the bar's line, print, and let the next update redraw it.
      stream.write("\r\x1b[K" + (line.endsWith("\n") ? line : line + "\n"));
      bar.render();
    },
    stop() {
      if (known && bytes) bar.update(options.total!);
      bar.stop();
    },
  };
}
