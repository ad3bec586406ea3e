// The archive: the Store contract and its SQLite implementation.
export * from "./types.js";
export { openStore, resolveDbPath, DEFAULT_DB_FILE } from "./open.js";
export { SqliteStore, type SqliteStoreOptions } from "./sqlite/sqlite-store.js";
export { MIGRATIONS, type Migration } from "./sqlite/migrations/index.js";
