// Writes what the coder found in one version: entities, quotes, events and their actors,
// plus the full-text row. Called inside the version's transaction, never alone.
import type Database from "better-sqlite3";
import type { CodedDocument, CodedEvent, EventActor } from "../../coding/types.js";

/** Prepared statements, made once per connection. */
export interface CodedStatements {
  entity: Database.Statement;
  quote: Database.Statement;
  event: Database.Statement;
  actor: Database.Statement;
  fts: Database.Statement;
  // What a re-coding removes first; the full-text row is external content, so it is deleted with its old values.
  deleteActors: Database.Statement;
  deleteEvents: Database.Statement;
  deleteQuotes: Database.Statement;
  deleteEntities: Database.Statement;
  deleteFts: Database.Statement;
}

export function prepareCoded(db: Database.Database): CodedStatements {
  return {
    entity: db.prepare(`INSERT INTO entities (version_id, entity_id, name, type, code, country, ref, title, lat, lon, mentions)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    quote: db.prepare(`INSERT INTO quotes (version_id, text, direct, cue, speaker, speaker_entity, start_offset, end_offset, sentences)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    event: db.prepare(`INSERT INTO events (version_id, event_id, coder, date, date_day, date_granularity,
      source_code, source_country, target_code, target_country, source_actors, target_actors, cameo, root,
      plover_type, plover_mode, plover_context, goldstein, quad_class, location, rule, negated, hypothetical,
      reported, confidence, sentence, sentence_text, mentions, evidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    actor: db.prepare("INSERT INTO event_actors (event_id, role, code, country, name) VALUES (?, ?, ?, ?, ?)"),
    fts: db.prepare("INSERT INTO versions_fts (rowid, title, text) VALUES (?, ?, ?)"),
    deleteActors: db.prepare("DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE version_id = ?)"),
    deleteEvents: db.prepare("DELETE FROM events WHERE version_id = ?"),
    deleteQuotes: db.prepare("DELETE FROM quotes WHERE version_id = ?"),
    deleteEntities: db.prepare("DELETE FROM entities WHERE version_id = ?"),
    deleteFts: db.prepare("INSERT INTO versions_fts (versions_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"),
  };
}

/** "2024-04" and "2024" compare as their first day; an undated event takes the publication day. */
export function dayOf(date: string, published: string | undefined): string {
  const value = date || published?.slice(0, 10) || "";
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value.slice(0, 10);
}

function actorJson(actors: EventActor[]): string {
  return JSON.stringify(actors.map(({ text, code, country, sector, entity }) => ({ text, code, country, sector, entity })));
}

function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** Removes what writeCoded wrote for a version (title and text as they were indexed). */
export function deleteCoded(s: CodedStatements, versionId: number, title: string, text: string): void {
  s.deleteActors.run(versionId);
  s.deleteEvents.run(versionId);
  s.deleteQuotes.run(versionId);
  s.deleteEntities.run(versionId);
  s.deleteFts.run(versionId, title, text);
}

export function writeCoded(s: CodedStatements, versionId: number, doc: CodedDocument, published: string | undefined): void {
  s.fts.run(versionId, doc.title ?? "", doc.text);
  for (const e of doc.entities) {
    s.entity.run(versionId, e.id, e.name, e.type, e.code ?? null, e.country ?? null, e.ref ?? null, e.title ?? null,
      e.geo?.lat ?? null, e.geo?.lon ?? null, e.mentions.length);
  }
  for (const q of doc.quotes) {
    s.quote.run(versionId, q.text, flag(q.direct), q.cue, q.speaker.name, q.speaker.entity ?? null, q.start, q.end, JSON.stringify(q.sentences));
  }
  for (const e of doc.events) writeEvent(s, versionId, doc, e, published);
}

function writeEvent(s: CodedStatements, versionId: number, doc: CodedDocument, e: CodedEvent, published: string | undefined): void {
  const first = (actors: EventActor[]) => actors[0];
  const info = s.event.run(
    versionId, e.id, doc.coder, e.date, dayOf(e.date, published ?? doc.published), e.dateGranularity,
    first(e.source)?.code ?? "", first(e.source)?.country ?? null,
    first(e.target)?.code ?? "", first(e.target)?.country ?? null,
    actorJson(e.source), actorJson(e.target), e.cameo, e.root,
    e.plover.type, e.plover.mode ?? null, JSON.stringify(e.plover.context),
    e.goldstein, e.quadClass, e.location ? JSON.stringify(e.location) : null, e.rule,
    flag(e.negated), flag(e.hypothetical), flag(e.reported), e.confidence,
    e.sentence, doc.sentences[e.sentence]?.text ?? "", JSON.stringify(e.mentions), JSON.stringify(e.evidence),
  );
  const id = Number(info.lastInsertRowid);
  for (const [role, actors] of [["source", e.source], ["target", e.target]] as const) {
    for (const a of actors) s.actor.run(id, role, a.code, a.country ?? null, a.text);
  }
}
