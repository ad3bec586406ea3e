// Applies the migrations a database has not seen yet, each in its own transaction, and
// refuses a database written by a newer eventwire rather than guessing at its schema.
import type Database from "better-sqlite3";
import { InputError } from "../../errors.js";
import { MIGRATIONS, type Migration } from "./migrations/index.js";

export function migrate(db: Database.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set((db.prepare("SELECT id FROM schema_migrations").all() as Array<{ id: number }>).map((r) => r.id));
  const newest = Math.max(0, ...migrations.map((m) => m.id));
  const unknown = [...applied].filter((id) => id > newest);
  if (unknown.length > 0) {
    throw new InputError(file, `the database has schema migration ${Math.max(...unknown)}, newer than this eventwire knows (${newest}); upgrade eventwire`);
  }
  const done: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)").run(m.id, m.name, new Date().toISOString());
    })();
    done.push(m.id);
  }
  return done;
}
