// eventwire query [events|articles|quotes] [--db FILE] [filters...] [--limit N] [--format table|json|csv|gdelt]
// Reads the archive. Events are each article's latest version unless --all-versions.
import type { Command } from "commander";
import { checkDate, InputError } from "../../errors.js";
import { openStore } from "../../store/open.js";
import { eventsGdelt } from "../../store/render/gdelt.js";
import { articlesCsv, articlesTable, eventsCsv, eventsTable, quotesCsv, quotesTable } from "../../store/render/records.js";
import type { EventFilter } from "../../store/types.js";

const KINDS = ["events", "articles", "quotes"] as const;
const FORMATS = ["table", "json", "csv", "gdelt"] as const;

interface Options {
  db?: string;
  actor?: string;
  source?: string;
  target?: string;
  pair?: string;
  either?: boolean;
  code?: string;
  type?: string;
  from?: string;
  to?: string;
  text?: string;
  limit: string;
  format: string;
  allVersions?: boolean;
}

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("search the archive: events (default), articles or quotes")
    .argument("[what]", `one of ${KINDS.join(", ")}`, "events")
    .option("--db <file>", "the archive (default $EVENTWIRE_DB, else ./eventwire.db)")
    .option("--actor <code|name>", "events with this actor on either side: a code prefix (RUS, MEXGOV) or a name fragment; quotes by this speaker")
    .option("--source <code>", "events whose source actor code starts with this")
    .option("--target <code>", "events whose target actor code starts with this")
    .option("--pair <AAA-BBB>", "events from country AAA to country BBB (ISO alpha-3)")
    .option("--either", "with --pair: either direction")
    .option("--code <cameo>", "CAMEO code prefix: 17 (coerce), 173 (arrest)")
    .option("--type <plover>", "PLOVER event type: ACCUSE, ASSAULT, CONSULT...")
    .option("--from <YYYY-MM-DD>", "on or after this date (events: event date; articles, quotes: publication date)")
    .option("--to <YYYY-MM-DD>", "on or before this date")
    .option("--text <query>", 'full-text search of titles and texts, e.g. "foreign minister" OR embassy')
    .option("--all-versions", "include events and quotes of earlier versions of updated articles")
    .option("--limit <n>", "most rows", "100")
    .option("--format <format>", `output: ${FORMATS.join(", ")}`, "table")
    .action(async (what: string, options: Options) => {
      if (!(KINDS as readonly string[]).includes(what)) throw new InputError(what, `not something to query; use one of ${KINDS.join(", ")}`);
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new InputError("--format", `"${options.format}" is not a format; use one of ${FORMATS.join(", ")}`);
      }
      if (options.format === "gdelt" && what !== "events") throw new InputError("--format", "gdelt rows are events; query events");
      const filter = toFilter(options);
      const store = openStore(options.db, { mustExist: true });
      try {
        process.stdout.write(await run(what as (typeof KINDS)[number], filter, options.format, store));
      } finally {
        await store.close();
      }
    });
}

function toFilter(o: Options): EventFilter {
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new InputError("--limit", `"${o.limit}" is not a positive whole number`);
  const f: EventFilter = { limit, allVersions: o.allVersions === true };
  if (o.from) f.from = checkDate(o.from, "--from");
  if (o.to) f.to = checkDate(o.to, "--to");
  if (o.pair) {
    const m = /^([A-Za-z]{3})-([A-Za-z]{3})$/.exec(o.pair.trim());
    if (!m) throw new InputError("--pair", `"${o.pair}" is not a country pair; write two ISO alpha-3 codes, e.g. ECU-MEX`);
    f.pair = { from: m[1]!.toUpperCase(), to: m[2]!.toUpperCase(), either: o.either === true };
  } else if (o.either) {
    throw new InputError("--either", "goes with --pair AAA-BBB");
  }
  if (o.code && !/^\d{1,4}$/.test(o.code)) throw new InputError("--code", `"${o.code}" is not a CAMEO code; write digits, e.g. 17 or 173`);
  for (const key of ["actor", "source", "target", "code", "type", "text"] as const) {
    if (o[key]) f[key] = o[key].trim();
  }
  return f;
}

async function run(what: (typeof KINDS)[number], f: EventFilter, format: string, store: ReturnType<typeof openStore>): Promise<string> {
  const json = (rows: unknown[]) => `${JSON.stringify(rows, null, 2)}\n`;
  if (what === "events") {
    const rows = await store.events(f);
    if (format === "gdelt") return eventsGdelt(store, rows);
    return format === "json" ? json(rows) : format === "csv" ? eventsCsv(rows) : eventsTable(rows);
  }
  if (what === "articles") {
    const rows = await store.articles({ ...pick(f, ["text", "from", "to", "limit"]) });
    return format === "json" ? json(rows) : format === "csv" ? articlesCsv(rows) : articlesTable(rows);
  }
  const rows = await store.quotes({ ...pick(f, ["actor", "text", "from", "to", "limit", "allVersions"]) });
  return format === "json" ? json(rows) : format === "csv" ? quotesCsv(rows) : quotesTable(rows);
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k];
  return out;
}
