// Filters to SQL: each filter adds one condition and its parameters, so the SQL text only ever
// holds placeholders. LIKE patterns are escaped: a name with "%" or "_" matches itself.
import type { ArticleFilter, EventFilter, QuoteFilter } from "../types.js";

export interface Sql {
  text: string;
  params: unknown[];
}

export const DEFAULT_LIMIT = 100;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const prefix = (value: string) => `${escapeLike(value.toUpperCase())}%`;
const contains = (value: string) => `%${escapeLike(value.toLowerCase())}%`;

function actorExists(role: "source" | "target" | undefined, condition: string): string {
  const roleSql = role ? ` AND ea.role = '${role}'` : "";
  return `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id${roleSql} AND ${condition})`;
}

/** Version ids whose title or text match a full-text query. */
const FTS = "SELECT rowid FROM versions_fts WHERE versions_fts MATCH ?";

export function eventsSql(f: EventFilter): Sql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!f.allVersions) where.push("a.latest_version_id = e.version_id");
  if (f.actor) {
    where.push(actorExists(undefined, "(ea.code LIKE ? ESCAPE '\\' OR lower(ea.name) LIKE ? ESCAPE '\\')"));
    params.push(prefix(f.actor), contains(f.actor));
  }
  if (f.source) {
    where.push(actorExists("source", "ea.code LIKE ? ESCAPE '\\'"));
    params.push(prefix(f.source));
  }
  if (f.target) {
    where.push(actorExists("target", "ea.code LIKE ? ESCAPE '\\'"));
    params.push(prefix(f.target));
  }
  if (f.pair) {
    const one = `(${actorExists("source", "ea.country = ?")} AND ${actorExists("target", "ea.country = ?")})`;
    const from = f.pair.from.toUpperCase();
    const to = f.pair.to.toUpperCase();
    where.push(f.pair.either ? `(${one} OR ${one})` : one);
    params.push(from, to, ...(f.pair.either ? [to, from] : []));
  }
  if (f.code) {
    where.push("e.cameo LIKE ? ESCAPE '\\'");
    params.push(prefix(f.code));
  }
  if (f.type) {
    where.push("e.plover_type = ?");
    params.push(f.type.toUpperCase());
  }
  dateRange(where, params, "e.date_day", f);
  if (f.text) {
    where.push(`e.version_id IN (${FTS})`);
    params.push(f.text);
  }
  const text = `SELECT e.*, v.number AS version_number, v.article_id, v.title, v.first_seen AS version_seen, v.published, a.url,
      (a.latest_version_id = e.version_id) AS latest
    FROM events e JOIN versions v ON v.id = e.version_id JOIN articles a ON a.id = v.article_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY e.date_day DESC, e.id ASC LIMIT ?`;
  return { text, params: [...params, f.limit ?? DEFAULT_LIMIT] };
}

/** "on or after --from, on or before --to" over one date column. */
function dateRange(where: string[], params: unknown[], column: string, f: { from?: string; to?: string }): void {
  if (f.from) {
    where.push(`${column} >= ?`);
    params.push(f.from);
  }
  if (f.to) {
    where.push(`${column} <= ?`);
    params.push(f.to);
  }
}

export function articlesSql(f: ArticleFilter): Sql {
  const where: string[] = [];
  const params: unknown[] = [];
  dateRange(where, params, "substr(v.published, 1, 10)", f);
  if (f.text) {
    where.push(`a.id IN (SELECT article_id FROM versions WHERE id IN (${FTS}))`);
    params.push(f.text);
  }
  const text = `SELECT a.id, a.url, a.first_seen, a.last_seen, a.latest_version_id,
      v.title, v.published, v.published_from, v.language,
      (SELECT count(*) FROM versions x WHERE x.article_id = a.id) AS versions,
      (SELECT count(*) FROM sightings s WHERE s.article_id = a.id) AS sightings,
      (SELECT count(*) FROM events ev WHERE ev.version_id = a.latest_version_id) AS events
    FROM articles a JOIN versions v ON v.id = a.latest_version_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY coalesce(v.published, a.first_seen) DESC, a.id ASC LIMIT ?`;
  return { text, params: [...params, f.limit ?? DEFAULT_LIMIT] };
}

export function quotesSql(f: QuoteFilter): Sql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!f.allVersions) where.push("a.latest_version_id = q.version_id");
  if (f.actor) {
    where.push("lower(q.speaker) LIKE ? ESCAPE '\\'");
    params.push(contains(f.actor));
  }
  dateRange(where, params, "substr(v.published, 1, 10)", f);
  if (f.text) {
    where.push(`q.version_id IN (${FTS})`);
    params.push(f.text);
  }
  const text = `SELECT q.*, v.article_id, v.title, v.published, a.url
    FROM quotes q JOIN versions v ON v.id = q.version_id JOIN articles a ON a.id = v.article_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY v.published DESC, q.id ASC LIMIT ?`;
  return { text, params: [...params, f.limit ?? DEFAULT_LIMIT] };
}
