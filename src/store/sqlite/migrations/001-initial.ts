// The first schema: sources and feeds, articles with their versions and sightings, what the
// coder found in each version, failures to retry, and a full-text index over title and text.
// Dates are ISO strings; JSON columns hold what is read back whole and never filtered on.
export const name = "initial";

export const sql = `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  location TEXT NOT NULL,
  name TEXT,
  UNIQUE (kind, location)
);

CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  name TEXT,
  interval_seconds INTEGER NOT NULL,
  etag TEXT,
  last_modified TEXT,
  next_poll TEXT NOT NULL,
  last_polled TEXT,
  errors INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  url TEXT UNIQUE,
  latest_version_id INTEGER,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL
);

CREATE TABLE versions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  number INTEGER NOT NULL,
  title TEXT,
  text TEXT NOT NULL,
  published TEXT,
  published_from TEXT NOT NULL,
  language TEXT NOT NULL,
  byline TEXT,
  site_name TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  simhash TEXT,
  lead_sentence INTEGER NOT NULL DEFAULT 0,
  coder TEXT,
  skipped TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  UNIQUE (article_id, number)
);

CREATE TABLE simhash_bands (
  band TEXT NOT NULL,
  version_id INTEGER NOT NULL REFERENCES versions(id),
  PRIMARY KEY (band, version_id)
);

CREATE TABLE sightings (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  version_id INTEGER NOT NULL REFERENCES versions(id),
  source_id INTEGER NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL DEFAULT '',
  external_id TEXT,
  content_hash TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  UNIQUE (version_id, source_id, url)
);
CREATE INDEX sightings_url ON sightings (url);
CREATE INDEX sightings_hash ON sightings (content_hash);
CREATE INDEX sightings_article ON sightings (article_id);

CREATE TABLE failures (
  id INTEGER PRIMARY KEY,
  input TEXT NOT NULL,
  kind TEXT NOT NULL,
  reason TEXT NOT NULL,
  retryable INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  first_try TEXT NOT NULL,
  last_try TEXT NOT NULL,
  resolved_at TEXT,
  UNIQUE (input, reason)
);

CREATE TABLE entities (
  version_id INTEGER NOT NULL REFERENCES versions(id),
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  country TEXT,
  ref TEXT,
  title TEXT,
  lat REAL,
  lon REAL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (version_id, entity_id)
);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES versions(id),
  text TEXT NOT NULL,
  direct INTEGER NOT NULL,
  cue TEXT NOT NULL,
  speaker TEXT NOT NULL,
  speaker_entity TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentences TEXT NOT NULL
);
CREATE INDEX quotes_version ON quotes (version_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES versions(id),
  event_id TEXT NOT NULL,
  coder TEXT NOT NULL,
  date TEXT NOT NULL,
  date_day TEXT NOT NULL,
  date_granularity TEXT NOT NULL,
  source_code TEXT NOT NULL,
  source_country TEXT,
  target_code TEXT NOT NULL,
  target_country TEXT,
  source_actors TEXT NOT NULL,
  target_actors TEXT NOT NULL,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  plover_type TEXT NOT NULL,
  plover_mode TEXT,
  plover_context TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad_class INTEGER NOT NULL,
  location TEXT,
  rule TEXT NOT NULL,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  reported INTEGER NOT NULL,
  confidence REAL NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  mentions TEXT NOT NULL,
  evidence TEXT NOT NULL
);
CREATE INDEX events_version ON events (version_id);
CREATE INDEX events_day ON events (date_day);
CREATE INDEX events_cameo ON events (cameo);

CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events(id),
  role TEXT NOT NULL CHECK (role IN ('source', 'target')),
  code TEXT NOT NULL,
  country TEXT,
  name TEXT NOT NULL
);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_code ON event_actors (code);
CREATE INDEX event_actors_country ON event_actors (country, role);

CREATE VIRTUAL TABLE versions_fts USING fts5(title, text, content='versions', content_rowid='id');
`;
