// The Store on one SQLite file (better-sqlite3): WAL so readers never block the writer,
// synchronous=NORMAL (a committed article survives a crash of the process; only a power cut can
// lose the last few), foreign keys on. Every write is one transaction: an article, its version,
// sighting, entities, quotes, events and full-text row land together or not at all.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { InputError } from "../../errors.js";
import { hammingDistance } from "../../ingest/dedup-simhash.js";
import type {
  ArticleFilter, ArticleRecord, EntityRecord, EventFilter, EventRecord, FailureInput, FailureRecord, FeedState,
  NearMatch, NewVersion, QuoteFilter, QuoteRecord, SightingInput, SourceInput, Store, StoreStats, StoredVersion, VersionHead, WriteResult,
} from "../types.js";
import { StoreConflict } from "../types.js";
import { migrate } from "./migrate.js";
import { articlesSql, eventsSql, quotesSql, type Sql } from "./query-sql.js";
import { articleRecord, eventRecord, failureRecord, feedState, quoteRecord, type Row } from "./rows.js";
import { deleteCoded, prepareCoded, writeCoded, type CodedStatements } from "./write-coded.js";
import type { CodedDocument } from "../../coding/types.js";

export interface SqliteStoreOptions {
  /** Open an existing file only; never create one (for `query`). */
  mustExist?: boolean;
  readonly?: boolean;
}

const HEAD = `SELECT v.article_id, v.id AS version_id, v.number, v.content_hash, v.simhash FROM versions v`;

function head(r: Row | undefined): VersionHead | undefined {
  if (!r) return undefined;
  const out: VersionHead = {
    articleId: String(r.article_id),
    versionId: String(r.version_id),
    number: Number(r.number),
    contentHash: String(r.content_hash),
  };
  if (r.simhash) out.simhash = String(r.simhash);
  return out;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && String((error as { code: unknown }).code).startsWith("SQLITE_CONSTRAINT_UNIQUE");
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;
  private readonly coded: CodedStatements;
  private closed = false;
  /** Statements by SQL text: preparing costs more than running most of these small statements. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string, options: SqliteStoreOptions = {}) {
    this.location = file;
    if (!options.mustExist && file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    try {
      this.db = new Database(file, { fileMustExist: options.mustExist === true, readonly: options.readonly === true });
    } catch (error) {
      const why = options.mustExist && /unable to open|does not exist/i.test((error as Error).message)
        ? "no such database; ingest something first, or point to one with --db FILE or EVENTWIRE_DB"
        : (error as Error).message;
      throw new InputError(file, why);
    }
    if (!options.readonly) {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
    }
    this.db.pragma("foreign_keys = ON");
    // Another process (watch beside ingest) may hold the write lock for one article: wait for it.
    this.db.pragma("busy_timeout = 10000");
    if (!options.readonly) migrate(this.db, file);
    this.coded = options.readonly ? (undefined as unknown as CodedStatements) : prepareCoded(this.db);
  }

  /** The prepared statement for this SQL, made once per connection (only for SQL from this file, never user-built queries). */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  // Identity

  async findByUrl(url: string): Promise<VersionHead | undefined> {
    const own = this.stmt("SELECT id, latest_version_id FROM articles WHERE url = ?").get(url) as Row | undefined;
    const articleId = own?.id ?? (this.stmt("SELECT article_id FROM sightings WHERE url = ? ORDER BY id LIMIT 1").get(url) as Row | undefined)?.article_id;
    if (articleId === undefined) return undefined;
    return head(this.stmt(`${HEAD} JOIN articles a ON a.latest_version_id = v.id WHERE a.id = ?`).get(articleId) as Row | undefined);
  }

  async findByContentHash(hash: string): Promise<VersionHead | undefined> {
    const version = this.stmt(`${HEAD} WHERE v.content_hash = ?`).get(hash) as Row | undefined;
    if (version) return head(version);
    // A copy seen at another URL was never stored as text, only as a sighting with its hash.
    const seen = this.stmt("SELECT version_id FROM sightings WHERE content_hash = ? ORDER BY id LIMIT 1").get(hash) as Row | undefined;
    return seen ? head(this.stmt(`${HEAD} WHERE v.id = ?`).get(seen.version_id) as Row | undefined) : undefined;
  }

  async findNear(simhash: string, bands: string[], maxDistance: number): Promise<NearMatch[]> {
    if (bands.length === 0) return [];
    const rows = this.stmt(`${HEAD} WHERE v.id IN (SELECT version_id FROM simhash_bands WHERE band IN (${bands.map(() => "?").join(",")}))`)
      .all(...bands) as Row[];
    return rows
      .map((r) => ({ ...head(r)!, distance: r.simhash ? hammingDistance(simhash, String(r.simhash)) : 64 }))
      .filter((m) => m.distance <= maxDistance)
      .sort((a, b) => a.distance - b.distance || Number(a.versionId) - Number(b.versionId));
  }

  async knowsUrl(url: string): Promise<boolean> {
    return this.stmt("SELECT 1 FROM articles WHERE url = ? UNION ALL SELECT 1 FROM sightings WHERE url = ? LIMIT 1").get(url, url) !== undefined;
  }

  async lastSeenAt(url: string): Promise<string | undefined> {
    const h = await this.findByUrl(url);
    if (!h) return undefined;
    const r = this.stmt("SELECT last_seen FROM versions WHERE id = ?").get(Number(h.versionId)) as Row | undefined;
    return r ? String(r.last_seen) : undefined;
  }

  // Writes

  private sourceId(source: SourceInput): number {
    this.stmt("INSERT INTO sources (kind, location, name) VALUES (?, ?, ?) ON CONFLICT (kind, location) DO NOTHING")
      .run(source.kind, source.location, source.name ?? null);
    return Number((this.stmt("SELECT id FROM sources WHERE kind = ? AND location = ?").get(source.kind, source.location) as Row).id);
  }

  private insertVersion(articleId: number, number: number, v: NewVersion): number {
    const info = this.stmt(`INSERT INTO versions (article_id, number, title, text, published, published_from, language,
        byline, site_name, content_hash, simhash, lead_sentence, coder, skipped, first_seen, last_seen)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      articleId, number, v.title ?? null, v.text, v.published ?? null, v.publishedFrom, v.language, v.byline ?? null,
      v.siteName ?? null, v.contentHash, v.simhash ?? null, leadSentence(v), v.coded.coder, v.coded.skipped ?? null, v.seenAt, v.seenAt,
    );
    const id = Number(info.lastInsertRowid);
    const band = this.stmt("INSERT INTO simhash_bands (band, version_id) VALUES (?, ?)");
    for (const b of v.bands) band.run(b, id);
    writeCoded(this.coded, id, v.coded, v.published);
    this.stmt("UPDATE articles SET latest_version_id = ?, last_seen = max(last_seen, ?) WHERE id = ?").run(id, v.seenAt, articleId);
    return id;
  }

  /** Inserts the sighting, or refreshes its last_seen; true when it is new. */
  private sight(articleId: number, versionId: number, s: SightingInput): boolean {
    const hash = s.contentHash;
    const sourceId = this.sourceId(s.source);
    const url = s.url ?? "";
    const existing = this.stmt("SELECT id FROM sightings WHERE version_id = ? AND source_id = ? AND url = ?").get(versionId, sourceId, url) as Row | undefined;
    if (existing) {
      this.stmt("UPDATE sightings SET last_seen = max(last_seen, ?), content_hash = ? WHERE id = ?").run(s.seenAt, hash, existing.id);
    } else {
      this.stmt(`INSERT INTO sightings (article_id, version_id, source_id, url, external_id, content_hash, seen_at, last_seen)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(articleId, versionId, sourceId, url, s.externalId ?? null, hash, s.seenAt, s.seenAt);
    }
    this.stmt("UPDATE versions SET last_seen = max(last_seen, ?) WHERE id = ?").run(s.seenAt, versionId);
    this.stmt("UPDATE articles SET last_seen = max(last_seen, ?) WHERE id = ?").run(s.seenAt, articleId);
    return !existing;
  }

  /** Runs a write in one transaction; a unique clash means another writer got there first. */
  private write<T>(what: string, fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (error) {
      if (isUniqueViolation(error)) throw new StoreConflict(`${what}: ${(error as Error).message}`);
      throw error;
    }
  }

  async addArticle(url: string | undefined, version: NewVersion, sighting: SightingInput): Promise<WriteResult> {
    return this.write("new article", () => {
      const info = this.stmt("INSERT INTO articles (url, first_seen, last_seen) VALUES (?, ?, ?)").run(url ?? null, version.seenAt, version.seenAt);
      const articleId = Number(info.lastInsertRowid);
      const versionId = this.insertVersion(articleId, 1, version);
      this.sight(articleId, versionId, sighting);
      return { kind: "article", articleId: String(articleId), versionId: String(versionId) } as const;
    });
  }

  async addVersion(articleId: string, version: NewVersion, sighting: SightingInput): Promise<WriteResult> {
    return this.write("new version", () => {
      const id = Number(articleId);
      const last = this.stmt("SELECT max(number) AS n FROM versions WHERE article_id = ?").get(id) as Row;
      const number = Number(last.n ?? 0) + 1;
      const versionId = this.insertVersion(id, number, version);
      this.sight(id, versionId, sighting);
      return { kind: "version", articleId, versionId: String(versionId), number } as const;
    });
  }

  async addSighting(h: VersionHead, sighting: SightingInput): Promise<WriteResult> {
    return this.write("sighting", () => {
      const fresh = this.sight(Number(h.articleId), Number(h.versionId), sighting);
      return { kind: fresh ? "sighting" : "known", articleId: h.articleId, versionId: h.versionId } as const;
    });
  }

  // Re-coding

  async versionsToRecode(coder?: string): Promise<string[]> {
    const rows = coder === undefined
      ? this.stmt("SELECT id FROM versions ORDER BY id").all() as Row[]
      : this.stmt("SELECT id FROM versions WHERE coder IS NOT ? ORDER BY id").all(coder) as Row[];
    return rows.map((r) => String(r.id));
  }

  async storedVersion(versionId: string): Promise<StoredVersion | undefined> {
    const r = this.stmt(`SELECT v.id, v.text, v.title, v.published, v.first_seen, v.coder, a.url
      FROM versions v JOIN articles a ON a.id = v.article_id WHERE v.id = ?`).get(Number(versionId)) as Row | undefined;
    if (!r) return undefined;
    const out: StoredVersion = { versionId: String(r.id), text: String(r.text), firstSeen: String(r.first_seen) };
    if (r.title) out.title = String(r.title);
    if (r.published) out.published = String(r.published);
    if (r.url) out.url = String(r.url);
    if (r.coder) out.coder = String(r.coder);
    return out;
  }

  async replaceCoded(versionId: string, coded: CodedDocument): Promise<{ removedEvents: number }> {
    return this.write("re-coding", () => {
      const id = Number(versionId);
      const v = this.stmt("SELECT title, text, published FROM versions WHERE id = ?").get(id) as Row | undefined;
      if (!v) throw new Error(`no version ${versionId} in ${this.location}`);
      const removedEvents = Number((this.stmt("SELECT count(*) AS n FROM events WHERE version_id = ?").get(id) as Row).n);
      deleteCoded(this.coded, id, v.title === null ? "" : String(v.title), String(v.text));
      writeCoded(this.coded, id, { ...coded, text: String(v.text), ...(v.title === null ? {} : { title: String(v.title) }) },
        v.published === null ? undefined : String(v.published));
      this.stmt("UPDATE versions SET coder = ?, skipped = ?, lead_sentence = ? WHERE id = ?")
        .run(coded.coder, coded.skipped ?? null, coded.sentences.find((s) => !s.headline)?.index ?? 0, id);
      return { removedEvents };
    });
  }

  // Failures

  async recordFailure(f: FailureInput): Promise<void> {
    this.stmt(`INSERT INTO failures (input, kind, reason, retryable, attempts, first_try, last_try)
      VALUES (?, ?, ?, ?, 1, ?, ?)
      ON CONFLICT (input, reason) DO UPDATE SET attempts = attempts + 1, last_try = excluded.last_try,
        retryable = excluded.retryable, resolved_at = NULL`).run(f.input, f.kind, f.reason, f.retryable ? 1 : 0, f.at, f.at);
  }

  async failures(): Promise<FailureRecord[]> {
    return (this.stmt("SELECT * FROM failures WHERE resolved_at IS NULL ORDER BY first_try, id").all() as Row[]).map(failureRecord);
  }

  async resolveFailures(input: string): Promise<void> {
    this.stmt("UPDATE failures SET resolved_at = ? WHERE input = ? AND resolved_at IS NULL").run(new Date().toISOString(), input);
  }

  // Feeds

  async getFeed(url: string): Promise<FeedState | undefined> {
    const r = this.stmt("SELECT * FROM feeds WHERE url = ?").get(url) as Row | undefined;
    return r ? feedState(r) : undefined;
  }

  async saveFeed(f: FeedState): Promise<void> {
    this.stmt(`INSERT INTO feeds (url, name, interval_seconds, etag, last_modified, next_poll, last_polled, errors, last_error)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (url) DO UPDATE SET name = excluded.name, interval_seconds = excluded.interval_seconds, etag = excluded.etag,
        last_modified = excluded.last_modified, next_poll = excluded.next_poll, last_polled = excluded.last_polled,
        errors = excluded.errors, last_error = excluded.last_error`).run(
      f.url, f.name ?? null, f.intervalSeconds, f.etag ?? null, f.lastModified ?? null, f.nextPoll, f.lastPolled ?? null, f.errors, f.lastError ?? null,
    );
  }

  async listFeeds(): Promise<FeedState[]> {
    return (this.stmt("SELECT * FROM feeds ORDER BY next_poll, url").all() as Row[]).map(feedState);
  }

  // Queries

  /** Runs a query; a full-text query SQLite cannot parse is the user's input error, named as --text. */
  private all(sql: Sql, text: string | undefined): Row[] {
    if (text !== undefined) {
      try {
        this.db.prepare("SELECT rowid FROM versions_fts WHERE versions_fts MATCH ? LIMIT 1").all(text);
      } catch (error) {
        throw new InputError("--text", `not a valid full-text query (${(error as Error).message}); put phrases in double quotes, e.g. "foreign minister"`);
      }
    }
    return this.db.prepare(sql.text).all(...sql.params) as Row[];
  }

  async events(filter: EventFilter): Promise<EventRecord[]> {
    return this.all(eventsSql(filter), filter.text).map(eventRecord);
  }

  async articles(filter: ArticleFilter): Promise<ArticleRecord[]> {
    return this.all(articlesSql(filter), filter.text).map(articleRecord);
  }

  async quotes(filter: QuoteFilter): Promise<QuoteRecord[]> {
    return this.all(quotesSql(filter), filter.text).map(quoteRecord);
  }

  async entities(versionId: string): Promise<EntityRecord[]> {
    const rows = this.stmt("SELECT * FROM entities WHERE version_id = ? ORDER BY rowid").all(Number(versionId)) as Row[];
    return rows.map((r) => {
      const e: EntityRecord = { id: String(r.entity_id), name: String(r.name), type: String(r.type) };
      if (r.code) e.code = String(r.code);
      if (r.country) e.country = String(r.country);
      if (r.lat !== null) e.lat = Number(r.lat);
      if (r.lon !== null) e.lon = Number(r.lon);
      return e;
    });
  }

  async leadSentence(versionId: string): Promise<number> {
    const r = this.stmt("SELECT lead_sentence FROM versions WHERE id = ?").get(Number(versionId)) as Row | undefined;
    return Number(r?.lead_sentence ?? 0);
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string, where = "") => Number((this.stmt(`SELECT count(*) AS n FROM ${table} ${where}`).get() as Row).n);
    return {
      articles: count("articles"),
      versions: count("versions"),
      sightings: count("sightings"),
      events: count("events"),
      quotes: count("quotes"),
      failures: count("failures", "WHERE resolved_at IS NULL"),
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Folds the WAL back into the file so a closed archive is one self-contained file.
    if (!this.db.readonly) this.db.pragma("wal_checkpoint(TRUNCATE)");
    this.db.close();
  }
}

function leadSentence(v: NewVersion): number {
  return v.coded.sentences.find((s) => !s.headline)?.index ?? 0;
}
