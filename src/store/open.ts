// Which archive to use: --db FILE, else $EVENTWIRE_DB, else ./eventwire.db.
import { resolve } from "node:path";
import { SqliteStore, type SqliteStoreOptions } from "./sqlite/sqlite-store.js";
import type { Store } from "./types.js";

export const DEFAULT_DB_FILE = "eventwire.db";

export function resolveDbPath(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? (env.EVENTWIRE_DB?.trim() || undefined) ?? DEFAULT_DB_FILE;
  return chosen === ":memory:" ? chosen : resolve(chosen);
}

/** Opens (creating and migrating when needed) the archive at the resolved path. */
export function openStore(option?: string, options: SqliteStoreOptions = {}): Store {
  return new SqliteStore(resolveDbPath(option), options);
}
