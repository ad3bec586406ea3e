// Named mentions (NER) and in-document coreference into entities. Recognisers run in
// order over each sentence, each claiming tokens the earlier ones left free; refiners
// then settle types across the document and group mentions into entities.
import type { Knowledge } from "./knowledge/types.js";
import type { AnnotatedDocument, Entity, Mention } from "../types.js";
import { createContext, type DocContext } from "./recognize/context.js";
import { wordLists, type WordLists } from "./recognize/wordlists.js";
import { lexiconFor } from "./recognize/lexicon.js";
import { findNominals, type CueMap } from "./recognize/nominals.js";
import { findOrgRoles } from "./recognize/org-roles.js";
import { capitalisedRuns } from "./recognize/runs.js";
import { recogniseRun } from "./recognize/names.js";
import { recogniseCapitalsLine } from "./recognize/headlines.js";
import { harmoniseTypes, matchCapitalsLines } from "./coref/consistency.js";
import { appositiveCues, appositiveOrgCues } from "./coref/appositive.js";
import { isSportsDocument, sportsTeams } from "./coref/sports.js";
import { isBusinessDocument } from "./coref/business.js";
import { clusterMentions, type Cluster } from "./coref/cluster.js";
import { joinBareRoles } from "./coref/bare-roles.js";
import { actorFields } from "./coref/actor.js";
import { settlePlaces } from "./coref/places.js";

export interface FindEntitiesOptions {
  /** Word lists to use instead of the built-in data/nlp/names. */
  words?: WordLists;
}

/** Fills doc.mentions and doc.entities. Needs doc.sentences and doc.tokens. */
export function findEntities(doc: AnnotatedDocument, kb: Knowledge, options: FindEntitiesOptions = {}): void {
  const words = options.words ?? wordLists();
  const ctx = createContext(doc, kb, words, lexiconFor(kb, words));
  ctx.sports = isSportsDocument(ctx);
  ctx.business = !ctx.sports && isBusinessDocument(ctx);
  recognise(ctx);
  settlePlaces(ctx);
  sportsTeams(ctx);
  harmoniseTypes(ctx);
  matchCapitalsLines(ctx);
  appositiveCues(ctx);
  appositiveOrgCues(ctx);
  const clusters = clusterMentions(ctx);
  const fields = clusters.map((cl) => actorFields(cl, kb, doc.published));
  const titles = new Map(clusters.map((cl, i) => [cl, fields[i]!.title]));
  joinBareRoles(ctx, clusters, (cl) => titles.get(cl));
  writeEntities(ctx, clusters, fields);
}

function recognise(ctx: DocContext): void {
  const cues: CueMap = new Map();
  for (const s of ctx.doc.sentences) {
    if (s.tokenEnd <= s.tokenStart) continue;
    if (ctx.allCaps[s.tokenStart]) { recogniseCapitalsLine(ctx, s.tokenStart, s.tokenEnd); continue; }
    findOrgRoles(ctx, s.tokenStart, s.tokenEnd, cues);
    findNominals(ctx, s.tokenStart, s.tokenEnd, cues);
    for (const run of capitalisedRuns(ctx, s.tokenStart, s.tokenEnd)) recogniseRun(ctx, run, s.tokenStart, cues);
  }
}

function writeEntities(ctx: DocContext, clusters: Cluster[], fields: Array<Partial<Entity>>): void {
  const { doc, tokens } = ctx;
  const order = clusters
    .map((cl, i) => {
      let at = Infinity;
      for (const m of cl.members) at = Math.min(at, m.c.first);
      return { cl, i, at };
    })
    .filter((x) => x.cl.members.length > 0)
    .sort((a, b) => a.at - b.at);
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  order.forEach(({ cl, i }, n) => {
    const id = `e${n + 1}`;
    const members = [...cl.members].sort((a, b) => a.c.first - b.c.first);
    const spans = members.map((m) => ({ start: tokens[m.c.first]!.start, end: tokens[m.c.last - 1]!.end, text: m.text, kind: m.kind }));
    for (const m of members) {
      mentions.push({ start: tokens[m.c.first]!.start, end: tokens[m.c.last - 1]!.end, text: m.text, type: m.c.type === cl.type ? cl.type : cl.type, kind: m.kind, sentence: tokens[m.c.first]!.sentence, entity: id });
    }
    const name = entityName(cl);
    const aliases = [...new Set(members.map((m) => m.text))].filter((t) => t !== name);
    entities.push({ id, name, type: cl.type, aliases, mentions: spans, ...fields[i] });
  });
  mentions.sort((a, b) => a.start - b.start);
  doc.mentions = mentions;
  doc.entities = entities;
}

/** The fullest name: the dictionary name, else the longest name mention, else the first mention. */
function entityName(cl: Cluster): string {
  if (cl.person) return cl.person.name;
  if (cl.org) return cl.org.name;
  if (cl.type === "COUNTRY" && cl.country) return cl.country.name;
  if (cl.place) return cl.place.name;
  const names = cl.members.filter((m) => m.kind === "name" || m.kind === "nominal");
  const written = names.filter((m) => m.text !== m.text.toUpperCase());
  const pool = written.length ? written : names.length ? names : cl.members;
  return pool.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}
