// The event coder: clauses -> lexicon match -> actors -> flags, date, place -> dedup.
// Everything it knows comes in as parameters (lexicon entries, codebook, actor knowledge).
import type { AnnotatedDocument, Entity, Mention, Token } from "../types.js";
import type { Codebook } from "./codebook.js";
import type { LexiconEntry } from "./lexicon/schema.js";
import type { CodedEvent, EventActor } from "./types.js";
import { analyzeSentence } from "./clauses/index.js";
import { lowerTexts } from "./clauses/context.js";
import type { Clause, Nominal, Phrase, SentenceStructure } from "./clauses/types.js";
import { indexLexicon, type LexiconIndex } from "./match/lexicon-index.js";
import { matchClause, matchNominal, type Match, type Position } from "./match/match.js";
import type { ActorKnowledge } from "./actors/knowledge.js";
import { ActorTrail } from "./actors/trail.js";
import { rememberable, resolvePhrase, trailItem, type ResolveContext } from "./actors/resolve.js";
import { actorsInRange } from "./actors/phrase-actors.js";
import { domestic, resident, unknownNamed } from "./actors/home.js";
import { clauseFlags, governor } from "./events/flags.js";
import { eventDate, eventLocation, type PlaceLookup } from "./events/when-where.js";
import { confidence } from "./events/confidence.js";
import { dedupe, type Draft } from "./events/dedup.js";
import { intentOf } from "./events/intent.js";
import { isMutualAct } from "./events/mutual.js";
import { PROPOSALS, REPORTING } from "./clauses/words.js";
import { isBackground, isCauseNoun } from "./events/background.js";
import { isContentOf, isNonFinite, isNounContentOf, isProtestAim, type Governed } from "./events/content.js";

export interface CoderOptions {
  entries: readonly LexiconEntry[];
  codebook: Pick<Codebook, "cameo" | "plover" | "refusal" | "intent">;
  knowledge?: (ActorKnowledge & PlaceLookup) | undefined;
}

export interface Coder {
  readonly index: LexiconIndex;
  /** Events of an annotated document (not deduplicated across documents). */
  code(doc: AnnotatedDocument): CodedEvent[];
}

/** Words that point back at an act rather than an actor: "calling it an authoritarian act". */
const EVENT_ANAPHORS = new Set(["it", "this", "that", "situation", "attack", "raid", "incident", "act", "action", "move", "decision", "operation", "assault", "incursion"]);

/** Prepositions that give time, manner or a setting, never the one acted on. */
const FALLBACK_SKIP = new Set(["by", "in", "at", "during", "after", "before", "amid", "since", "until", "near", "according to", "response to", "under", "through", "across"]);

/** Prepositions whose phrases name actors that later pronouns may stand for. */
const TRAIL_PREPS = ["with", "from", "into"] as const;

const EMPTY: ReadonlySet<string> = new Set();
const NO_WORDS: ReadonlySet<string> = new Set(["no", "without"]);
/** Prepositions before a protest noun whose protesters are the clause's subject: "in protest", "during demonstrations". */
const PROTEST_LEADS = new Set(["in", "during", "at", "with", "through"]);
/** Roots of verbal acts whose governed clause is only what they ask for or threaten: appeals, demands, threats. */
const WHOLE_CONTENT: ReadonlySet<string> = new Set(["02", "10", "13"]);


/** The clause governing this one and how, through coordination ("threatened to cut ties and close ..."). */
function governedBy(clause: Clause, byIndex: (i: number) => Clause | undefined, tokens: readonly Token[]): Governed | undefined {
  const low = lowerTexts(tokens);
  let c: Clause | undefined = clause;
  while (c && c.role === "coord" && c.parent !== undefined) c = byIndex(c.parent);
  if (!c || c.role === "main" || c.parent === undefined) return undefined;
  const governor = byIndex(c.parent);
  if (!governor) return undefined;
  const head = governor.object ? tokens[governor.object.head]?.lemma : undefined;
  const that = low[c.start] === "that" && !!governor.object && governor.object.end >= c.start - 1;
  return { role: c.role, governor, infinitive: low[c.start] === "to", ...(that ? { that } : {}), ...(head ? { objectHead: head } : {}) };
}

const ATTEMPT_VERBS = new Set(["try", "attempt", "want", "wish", "hope", "plan", "intend", "decide", "seek", "aim", "need", "have", "continue", "begin", "start"]);

export function createCoder(options: CoderOptions): Coder {
  const index = indexLexicon(options.entries);
  const vocab = { verbs: index.verbLemmas, nouns: index.nounLemmas };
  return {
    index,
    code(doc) {
      const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
      const entityById = new Map(doc.entities.map((e) => [e.id, e]));
      const ctx: ResolveContext = { doc, kb: options.knowledge, entityById, mentions, trail: new ActorTrail() };
      seedTrail(ctx, mentions, entityById);
      const clauses: Clause[] = [];
      const drafts: Draft[] = [];
      const byIndex = (i: number) => clauses[i];
      const run = new Run(ctx, options, index, clauses, drafts, byIndex);
      const names = nameTokens(doc);
      for (const s of doc.sentences) {
        const st = analyzeSentence(doc.tokens, s, vocab, clauses.length, names);
        clauses.push(...st.clauses);
        run.sentence(st);
      }
      return dedupe(drafts);
    },
  };
}

/** Tokens inside multi-word names of people, organisations and places, except the first word. */
function nameTokens(doc: AnnotatedDocument): Set<number> {
  const out = new Set<number>();
  const starts = doc.tokens.map((t) => t.start);
  for (const m of doc.mentions) {
    if (m.kind === "pronoun" || m.type === "NORP") continue;
    // First token at or after the mention's start (binary search over token offsets).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo + 1; i < doc.tokens.length && doc.tokens[i]!.end <= m.end; i++) out.add(i);
  }
  return out;
}

function seedTrail(ctx: ResolveContext, mentions: readonly Mention[], entityById: ReadonlyMap<string, Entity>): void {
  for (const m of mentions) {
    if (m.kind === "pronoun") continue;
    const e = entityById.get(m.entity);
    if (!e || !(e.code || e.country)) continue;
    const actor: EventActor = { text: m.text, code: e.code ?? e.country ?? "", ...(e.country ? { country: e.country } : {}), ...(e.sector?.length ? { sector: [...e.sector] } : {}), entity: e.id, span: { start: m.start, end: m.end } };
    ctx.trail.add({ at: m.start, actors: [actor], person: e.type === "PERSON", plural: false });
  }
}

interface Side {
  phrase?: Phrase | undefined;
  actors: EventActor[];
}

class Run {
  private readonly subjects = new Map<number, Side>();
  private readonly resolved = new Map<Phrase, EventActor[]>();

  constructor(
    private readonly ctx: ResolveContext,
    private readonly options: CoderOptions,
    private readonly index: LexiconIndex,
    private readonly clauses: Clause[],
    private readonly drafts: Draft[],
    private readonly byIndex: (i: number) => Clause | undefined,
  ) {}

  /** Actors of a phrase, resolved once and only when asked for (an event's side or a pronoun's look-up). */
  private actorsOf(phrase: Phrase | undefined): EventActor[] {
    if (!phrase) return [];
    let actors = this.resolved.get(phrase);
    if (!actors) {
      actors = resolvePhrase(this.ctx, phrase);
      this.resolved.set(phrase, actors);
    }
    return actors;
  }

  sentence(st: SentenceStructure): void {
    const clauses = st.clauses;
    // The first complement or infinitive each clause governs.
    const complements = new Map<number, Clause>();
    for (const c of clauses) {
      if (c.parent !== undefined && (c.role === "complement" || c.role === "control") && !complements.has(c.parent)) complements.set(c.parent, c);
    }
    // Roots of the events each clause gave, so a governed clause can tell whether it only restates them.
    const roots = new Map<number, Set<string>>();
    const first = this.drafts.length;
    const low = lowerTexts(this.ctx.doc.tokens);
    const background = new Set<Draft>();
    // Drafts told by a participle or infinitive (or by a clause hanging on one: "saying he must resign").
    const nonFinite = new Set<Draft>();
    const clauseOf = new Map<Draft, number>();
    for (const clause of clauses) {
      this.note(clause);
      const before = this.drafts.length;
      // "said China must drop its barriers": an obligation put on someone else is a demand, not the act.
      if (this.obligation(clause)) {
        const reporter = clause.parent !== undefined ? this.byIndex(clause.parent) : undefined;
        if (reporter && isNonFinite(reporter, low)) for (const d of this.drafts.slice(before)) nonFinite.add(d);
        // What the obligation asks for is its content ("must be ready to mediate").
        roots.set(clause.index, new Set(["10"]));
        continue;
      }
      const complement = complements.get(clause.index);
      // "tried to prevent", "wants to meet": the attempt is not an event; the infinitive is.
      // With an object of its own the infinitive is a purpose ("continued their hunger strike to demand"): both count.
      const attempt = complement?.role === "control" && ATTEMPT_VERBS.has(clause.verb.lemma) && !clause.object;
      const shared = !attempt && !clause.subject && this.index.verbs.has(clause.verb.lemma) ? this.sharedSubject(clause) : undefined;
      const match = attempt ? undefined : matchClause(this.index, this.ctx.doc.tokens, clause, complement, shared);
      if (match) this.fromClause(clause, match, this.subjectOf(clause), complement);
      const added = this.drafts.slice(before);
      const g = governedBy(clause, this.byIndex, this.ctx.doc.tokens);
      const above = g ? roots.get(g.governor.index) : undefined;
      if (added.length && g && above && isContentOf(g, added[0]!.root, above)) {
        this.drafts.length = before;
        // What content governs is content too ("willing to send troops to help defend X").
        roots.set(clause.index, above);
      } else if (added.length) {
        roots.set(clause.index, new Set(added.map((d) => d.root)));
        if (isNonFinite(clause, low)) for (const d of added) nonFinite.add(d);
        if (isBackground(clause, low, this.byIndex)) for (const d of added) background.add(d);
        for (const d of added) clauseOf.set(d, clause.index);
      } else if (g && above && isContentOf(g, "", above)) {
        // "must be ready to mediate": a clause telling nothing passes on what governs it.
        roots.set(clause.index, above);
      }
    }
    for (const nominal of st.nominals) {
      const clause = nominal.clause !== undefined ? this.byIndex(nominal.clause) : undefined;
      if (clause && nominal.noun >= clause.verb.end && isNounContentOf(roots.get(clause.index) ?? EMPTY, low[nominal.phrase.start - 1] ?? "", nominal.asObject)) continue;
      if (clause && this.insideContent(clause, roots)) continue;
      const match = matchNominal(this.index, this.ctx.doc.tokens, nominal, clause);
      const before = this.drafts.length;
      if (match) this.fromNominal(nominal, match, clause);
      // "issued an ultimatum to Ecuador to halt attacks": what a verbal act named by a noun asks for is its content.
      const said = this.drafts.slice(before).filter((d) => WHOLE_CONTENT.has(d.root));
      if (clause && nominal.asObject && said.length) {
        const set = new Set([...(roots.get(clause.index) ?? []), ...said.map((d) => d.root)]);
        roots.set(clause.index, set);
        const drop = new Set([...clauseOf].filter(([, c]) => c !== clause.index && this.insideContent(this.byIndex(c)!, roots)).map(([d]) => d));
        if (drop.size) {
          const kept = this.drafts.filter((d) => !drop.has(d));
          this.drafts.length = 0;
          this.drafts.push(...kept);
        }
      }
      if (clause && isBackground(clause, low, this.byIndex) || isCauseNoun(nominal.phrase.start, low)) for (const d of this.drafts.slice(before)) background.add(d);
    }
    // Keep the background only when the sentence tells nothing else.
    let told = this.drafts.slice(first);
    const all = told;
    told = told.filter((d) => !isProtestAim(d, nonFinite.has(d), all));
    if (told.length < all.length) {
      this.drafts.length = first;
      this.drafts.push(...told);
    }
    if (background.size > 0 && told.some((d) => !background.has(d))) {
      this.drafts.length = first;
      this.drafts.push(...told.filter((d) => !background.has(d)));
    }
  }

  /** The clause hangs (as an infinitive or a that-clause, through any depth) on a clause whose act
   *  is a demand, appeal or threat: it tells what is asked or threatened, not an act of its own. */
  private insideContent(clause: Clause, roots: ReadonlyMap<number, ReadonlySet<string>>): boolean {
    const tokens = this.ctx.doc.tokens;
    let c: Clause = clause;
    for (let depth = 0; depth < 6; depth++) {
      const g = governedBy(c, this.byIndex, tokens);
      if (!g || (g.role !== "control" && g.role !== "complement")) return false;
      const above = roots.get(g.governor.index);
      if (above && [...above].some((r) => WHOLE_CONTENT.has(r))) return true;
      c = g.governor;
    }
    return false;
  }

  /** A "must" complement of a reporting verb, coded as the reporter's demand on the complement's subject. */
  private obligation(clause: Clause): boolean {
    if (clause.verb.modal !== "must" || clause.verb.negated || clause.role !== "complement" || clause.parent === undefined || !clause.subject) return false;
    const reporter = this.byIndex(clause.parent);
    if (!reporter || !REPORTING.has(reporter.verb.lemma) || reporter.verb.negated) return false;
    const entry = this.demandEntry;
    if (!entry) return false;
    const source = reporter.verb.passive && reporter.agent ? this.agentOf(reporter) : this.subjectOf(reporter);
    const target: Side = { phrase: clause.subject, actors: this.actorsOf(clause.subject) };
    if (sameActors(source.actors, target.actors)) return false;
    const tokens = this.ctx.doc.tokens;
    const match: Match = { entry, trigger: { start: clause.verb.start, end: clause.verb.end }, objectMatched: false };
    this.add(match, clause.sentence, source, target, { negated: false, hypothetical: false, reported: clause.according },
      tokens[reporter.start]!.start, tokens[clause.end - 1]!.end, [], false);
    return true;
  }

  private get demandEntry(): LexiconEntry | undefined {
    return this.options.entries.find((e) => e.id === "demand" && e.cameo === "100");
  }

  /** Puts the clause's actor-bearing phrases on the trail, unresolved: pronouns may need them later. */
  private note(clause: Clause): void {
    this.lazy(clause.subject);
    this.lazy(clause.object);
    for (const key of TRAIL_PREPS) {
      const list = clause.preps[key];
      if (list) for (const p of list) if (p !== clause.agent) this.lazy(p);
    }
    this.lazy(clause.agent);
  }

  private lazy(phrase: Phrase | undefined): void {
    if (!rememberable(this.ctx, phrase)) return;
    const tokens = this.ctx.doc.tokens;
    this.ctx.trail.addLazy(tokens[phrase.start]!.start, lowerTexts(tokens)[phrase.head]!, () => trailItem(this.ctx, phrase, this.actorsOf(phrase)));
  }

  /** The subject phrase a clause without one shares, without resolving its actors. */
  private sharedSubject(clause: Clause): Phrase | undefined {
    let c: Clause | undefined = clause;
    for (let depth = 0; c && !c.subject && c.subjectFrom !== undefined && depth < 8; depth++) c = this.byIndex(c.subjectFrom);
    return c?.subject;
  }

  /** The clause's own subject, else the one it shares (coordination, control, participles). */
  private subjectOf(clause: Clause, depth = 0): Side {
    const known = this.subjects.get(clause.index);
    if (known) return known;
    let side: Side = { actors: [] };
    if (clause.subject) {
      side = { phrase: clause.subject, actors: this.actorsOf(clause.subject) };
    } else if (clause.subjectFrom !== undefined && depth < 8) {
      const from = this.byIndex(clause.subjectFrom);
      if (from) side = from.verb.passive && from.agent ? this.agentOf(from) : this.subjectOf(from, depth + 1);
    }
    this.subjects.set(clause.index, side);
    return side;
  }

  private agentOf(clause: Clause): Side {
    return { phrase: clause.agent, actors: this.actorsOf(clause.agent) };
  }

  private fromClause(clause: Clause, match: Match, subject: Side, complement?: Clause): void {
    const code = match.entry.cameo;
    // "a statement published by the presidency": a participle modifying a noun reports no statement of its own.
    if (clause.verb.reduced && code.startsWith("01")) return;
    const flags = clauseFlags(clause, this.byIndex);
    // "instructed the minister to issue a statement": a statement not (yet) made is no event.
    if (code === "010" && flags.hypothetical) return;
    let source = clause.verb.passive ? (clause.agent ? this.agentOf(clause) : { actors: [] }) : subject;
    // "He is being accused": an agentless passive names no source; the event is weak evidence.
    const agentless = clause.verb.passive && !clause.agent;
    // "pledged to deepen ties with Laos": the governed infinitive holds the target when the verb has none.
    const inner = complement?.role === "control" ? complement : undefined;
    let target = this.target(match.entry.target, (p) => this.clausePosition(clause, p, match) ?? (inner && p !== "object" ? inner.preps[p]?.[0] : undefined), clause);
    if (match.entry.intransitive) source = this.homeOf(clause, inner, source);
    else if (!target.actors.some((a) => a.country)) target = this.fallbackTarget(clause, inner, source, target);
    // "officials travelled", "the delegation arrived": a consultation needs someone consulted, or a place to go.
    if (code.startsWith("04") && !target.phrase && source.actors.length < 2) return;
    let reported = flags.according;
    if (flags.reporter) {
      const speaker = flags.reporter.verb.passive && flags.reporter.agent ? this.agentOf(flags.reporter) : this.subjectOf(flags.reporter);
      reported = reported || !sameActors(speaker.actors, source.actors);
    }
    const tokens = this.ctx.doc.tokens;
    const from = tokens[clause.start]!.start;
    const to = tokens[clause.end - 1]!.end;
    const where = [...(clause.preps.in ?? []), ...(clause.preps.at ?? []), ...(clause.preps.near ?? [])];
    // "will not accept refugees", "refused to allow the planes": a refused cooperative act is a rejection.
    const refusal = flags.negated ? this.options.codebook.refusal(code, flags.refused) : undefined;
    const recode = refusal ?? this.intent(clause, code);
    // "imposed no sanctions", "made no concessions": an object denied by "no" is an act not done.
    const deniedObject = !!clause.object && this.ctx.doc.tokens[clause.object.start]!.text.toLowerCase() === "no";
    const negated = (flags.negated || deniedObject) && !refusal;
    const hypothetical = refusal && !clause.conditional ? false : flags.hypothetical;
    this.add(match, clause.sentence, source, target, { negated, hypothetical, reported }, from, to, where, false, false, agentless && source.actors.length === 0, recode);
  }

  private fromNominal(nominal: Nominal, match: Match, clause: Clause | undefined): void {
    const target = this.target(match.entry.target, (p) => {
      if (p === "object") return nominal.preps.of?.[0] ?? nominal.object2;
      return nominal.preps[p]?.[0];
    });
    let source: Side = { actors: [] };
    // "protests by students": the agent; "protests against abuses by the army": the abuses' agent, not the protest's.
    const byPhrase = nominal.preps.by?.[0];
    const by = byPhrase && !Object.entries(nominal.preps).some(([p, list]) => p !== "by" && p !== "of" && list.some((x) => x.start < byPhrase.start)) ? byPhrase : undefined;
    if (by) source = { phrase: by, actors: this.actorsOf(by) };
    else if (clause && (nominal.asObject || clause.role === "adverbial" && !clause.subject)) {
      source = clause.role === "adverbial" && !clause.subject ? this.nearestBefore(nominal) : this.subjectOf(clause);
      if (nominal.asObject && source.actors.length === 0) source = this.subjectOf(clause);
    }
    // "staged a hunger strike in protest against X", "threw stones during demonstrations": the clause's subject protests.
    const lead = this.ctx.doc.tokens[nominal.phrase.start - 1]?.text.toLowerCase() ?? "";
    if (source.actors.length === 0 && clause && match.entry.cameo.startsWith("14") && PROTEST_LEADS.has(lead) && nominal.noun > clause.verb.end) source = this.subjectOf(clause);
    if (source.actors.length === 0 && nominal.phrase.start < nominal.noun) {
      // "Norway's recognition of Palestine", "the Kenyan inquiry into ...": the noun's own modifier.
      const actors = actorsInRange(this.ctx, nominal.phrase.start, nominal.noun);
      if (actors.length) source = { phrase: { start: nominal.phrase.start, end: nominal.noun, head: nominal.noun - 1 }, actors };
    }
    let targetSide = target;
    const between = nominal.preps.between?.[0];
    if (between && source.actors.length === 0) {
      // "talks between Israel and Lebanon": the first named is the source, the others the target.
      const actors = this.actorsOf(between);
      if (actors.length > 1) {
        source = { phrase: between, actors: actors.slice(0, 1) };
        targetSide = { phrase: between, actors: actors.slice(1) };
      }
    }
    const flags = clause ? clauseFlags(clause, this.byIndex) : { negated: false, hypothetical: false, according: false };
    const hypothetical = flags.hypothetical || (clause?.verb.modal !== undefined);
    const tokens = this.ctx.doc.tokens;
    const from = clause ? tokens[clause.start]!.start : tokens[nominal.phrase.start]!.start;
    const to = clause ? tokens[clause.end - 1]!.end : tokens[nominal.phrase.end - 1]!.end;
    const where = [...(nominal.preps.in ?? []), ...(nominal.preps.at ?? [])];
    const needsSource = source.actors.length === 0;
    // "will host a meeting": the noun the intending verb governs is intended too.
    const recode = clause && nominal.asObject ? this.intent(clause, match.entry.cameo) : undefined;
    // "no deadline had been set", "without any talks": a noun the determiner denies did not happen.
    const denied = NO_WORDS.has(this.ctx.doc.tokens[nominal.phrase.start]!.text.toLowerCase()) || NO_WORDS.has(this.ctx.doc.tokens[nominal.phrase.start - 1]?.text.toLowerCase() ?? "");
    this.add(match, nominal.sentence, source, targetSide, { negated: (clause?.verb.negated ?? false) || denied, hypothetical, reported: flags.according }, from, to, where, true, needsSource, false, recode);
  }

  /** The intent code that stands for a material act only stated as intended ("will withdraw", "ready to send"). */
  private intent(clause: Clause, cameo: string): string | undefined {
    const low = lowerTexts(this.ctx.doc.tokens);
    const kind = intentOf(clause, this.byIndex, (i) => low[i] ?? "");
    return kind ? this.options.codebook.intent(cameo, kind === "possible") : undefined;
  }

  /** The nearest actor named earlier in the same sentence ("a response from the Foreign Ministry, resulting in the declaration ..."). */
  private nearestBefore(nominal: Nominal): Side {
    const tokens = this.ctx.doc.tokens;
    const sentence = this.ctx.doc.sentences[nominal.sentence]!;
    const found = this.ctx.trail.before(tokens[nominal.noun]!.start, (i) => i.at >= sentence.start);
    return { actors: found ? found.actors : [] };
  }

  private clausePosition(clause: Clause, p: Position, match: Match): Phrase | undefined {
    if (p === "object") {
      if (clause.verb.passive) return clause.subject;
      if (match.particle && !clause.object) return clause.preps[match.particle]?.[0];
      return clause.object ?? clause.complementSubject;
    }
    if (p === "of") return clause.object?.of ?? clause.preps.of?.[0];
    return clause.preps[p]?.[0];
  }

  /** First target position that names an actor; else the first phrase found, for the evidence. */
  private target(positions: readonly Position[], phraseAt: (p: Position) => Phrase | undefined, clause?: Clause): Side {
    let first: Side | undefined;
    const phrases: Phrase[] = [];
    for (const p of positions) {
      const phrase = phraseAt(p);
      if (phrase) phrases.push(phrase);
      // "militarized the area around the embassy": where the object is.
      if (p === "object" && clause) for (const q of ["around", "outside", "near", "of"]) phrases.push(...(clause.preps[q] ?? []));
      // "dismissed an appeal from the president", "rejected calls by Annan": who made it is the one answered.
      if (p === "object" && clause && phrase && !clause.verb.passive && PROPOSALS.has(this.ctx.doc.tokens[phrase.head]!.lemma)) {
        for (const q of ["from", "by"]) phrases.push(...(clause.preps[q] ?? []).filter((x) => x.start === phrase.end + 1));
      }
    }
    for (const phrase of phrases) {
      let actors = this.actorsOf(phrase);
      // "Mexico requested safe passage, which was denied": the request's maker is the target.
      if (actors.length === 0 && phrase.antecedentClause !== undefined) {
        const c = this.byIndex(phrase.antecedentClause);
        if (c) actors = this.subjectOf(c).actors;
      }
      if (actors.length === 0) actors = this.relativeAgent(phrase);
      if (actors.length === 0) actors = this.eventAnaphor(phrase);
      if (actors.length > 0) return { phrase, actors };
      first ??= { phrase, actors };
    }
    return first ?? { actors: [] };
  }

  /** When the entry's positions name no country: the first phrase after the verb that does, in the clause
   * or the infinitive it governs ("agreed to lift sanctions on Iran", "extradited X to Britain",
   * "welcomed Reagan's statement", "demanded that the United States ..."). */
  private fallbackTarget(clause: Clause, inner: Clause | undefined, source: Side, found: Side): Side {
    const phrases: Phrase[] = [];
    const collect = (c: Clause): void => {
      if (c.object) phrases.push(c.object);
      if (c.object2) phrases.push(c.object2);
      for (const key in c.preps) {
        if (FALLBACK_SKIP.has(key)) continue;
        for (const p of c.preps[key]!) if (p !== c.agent) phrases.push(p);
      }
    };
    collect(clause);
    if (inner) collect(inner);
    if (clause.complementSubject) phrases.push(clause.complementSubject);
    phrases.sort((a, b) => a.start - b.start);
    const own = new Set(source.actors.map((a) => a.country).filter((c) => c));
    for (const phrase of phrases) {
      const actors = this.actorsOf(phrase).filter((a) => a.country && !own.has(a.country));
      if (actors.length > 0) return { phrase, actors };
    }
    return found;
  }

  /** An act with no counterpart whose actor has no known country ("Lt. Gen. X resigned to allow Haiti's
   * elections"): the country the clause names is where the actor belongs. */
  private homeOf(clause: Clause, inner: Clause | undefined, source: Side): Side {
    if (source.actors.some((a) => a.country)) return source;
    const guess = this.fallbackTarget(clause, inner, source, { actors: [] });
    const country = guess.actors.find((a) => a.country)?.country;
    if (!country) return source;
    if (source.actors.length === 0) return { phrase: source.phrase ?? guess.phrase, actors: [{ text: guess.actors[0]!.text, code: country, country }] };
    return { ...source, actors: source.actors.map((a) => domestic(a, country)) };
  }

  /** "rejected the request, which was made by Croatia": the maker of the thing. */
  private relativeAgent(phrase: Phrase): EventActor[] {
    const rel = this.clauses.find((c) => c.role === "relative" && c.subject?.antecedent === phrase && c.verb.passive && c.agent);
    return rel ? this.agentOf(rel).actors : [];
  }

  /** "calling it an authoritarian act", "said the raid was an abuse": whoever did the act talked about. */
  private eventAnaphor(phrase: Phrase): EventActor[] {
    const head = this.ctx.doc.tokens[phrase.head]!;
    if (!EVENT_ANAPHORS.has(head.lemma) && !this.index.nounLemmas.has(head.lemma)) return [];
    const named = this.index.nounRules.get(head.lemma);
    const earlier = this.drafts.filter((d) => d.quadClass === 4 && d.source.length > 0 && d.at < head.start);
    const pick = [...earlier].reverse().find((d) => !!named?.has(d.rule)) ?? earlier[earlier.length - 1];
    return pick ? pick.source.map((a) => ({ ...a, text: head.text, span: { start: head.start, end: head.end } })) : [];
  }

  private add(match: Match, sentence: number, sourceSide: Side, target: Side, flags: { negated: boolean; hypothetical: boolean; reported: boolean },
    from: number, to: number, where: Phrase[], nominal: boolean, needsSource = false, weak = false, recode?: string): void {
    const { doc } = this.ctx;
    const tokens = doc.tokens;
    const entry = recode ? { ...match.entry, cameo: recode, plover: undefined } : match.entry;
    let source = sourceSide;
    const info = this.options.codebook.cameo(entry.cameo);
    const plover = entry.plover ? { type: entry.plover.type, ...(entry.plover.mode ? { mode: entry.plover.mode } : {}), context: [...entry.plover.context] } : this.options.codebook.plover(entry.cameo);
    // Drop a target that is the source itself ("they ... themselves").
    let targetActors = target.actors.filter((t) => !source.actors.some((s) => s === t));
    // "Poland and Ukraine inked a deal": with no target, the first is the source, the others the target.
    let reciprocal = false;
    if (targetActors.length === 0 && source.actors.length > 1 && !match.entry.intransitive && isMutualAct(entry.cameo)) {
      targetActors = source.actors.slice(1);
      source = { ...source, actors: source.actors.slice(0, 1) };
      // "Jordan and Britain agreed": each side acts toward the other; the reverse event is added below.
      reciprocal = source.actors[0]!.country !== undefined && targetActors.length === 1 && !nominal;
    }
    const location = eventLocation(doc, where, this.ctx.mentions, this.ctx.entityById, this.options.knowledge);
    // "people blocked streets in Hong Kong", "ethnic Albanians marched in Serbia": a group acting
    // somewhere belongs to the place it acts in (CAMEO codes ethnic groups by country of residence).
    const here = location?.country;
    if (here) {
      source = { ...source, actors: source.actors.map((a) => resident(a, here, doc.text)) };
      targetActors = targetActors.map((a) => resident(a, here, doc.text));
    }
    // "Sudanese protesters demanded elections from the army": an actor with a sector and no country is domestic.
    const home = new Set(source.actors.map((a) => a.country).filter((c) => c));
    if (home.size === 1) targetActors = targetActors.map((a) => domestic(a, [...home][0]!));
    // "opposition leaders demanded reforms from the Nigerian government": the same the other way.
    const away = new Set(targetActors.map((a) => a.country).filter((c) => c));
    if (home.size === 0 && away.size === 1) source = { ...source, actors: source.actors.map((a) => domestic(a, [...away][0]!)) };
    if (source.actors.length === 0 && targetActors.length === 0 && !nominal) {
      // "The Kurdistan Workers' Party refused ...": a named but unknown actor still acts; keep it with no code.
      const named = unknownNamed(this.ctx.doc, source.phrase);
      if (!named) return;
      source = { ...source, actors: [named] };
    }
    const trigStart = tokens[match.trigger.start]!;
    const trigEnd = tokens[match.trigger.end - 1]!;
    const evidence: CodedEvent["evidence"] = { trigger: { start: trigStart.start, end: trigEnd.end, text: doc.text.slice(trigStart.start, trigEnd.end) } };
    const sp = spanOf(this.ctx, source.phrase);
    const tp = spanOf(this.ctx, target.phrase);
    if (sp) evidence.source = sp;
    if (tp) evidence.target = tp;
    this.drafts.push({
      at: trigStart.start,
      needsSource,
      sentence,
      mentions: [sentence],
      ...eventDate(doc, from, to, sentence),
      source: source.actors,
      target: targetActors,
      cameo: entry.cameo,
      root: info.root,
      plover,
      goldstein: info.goldstein,
      quadClass: info.quadClass,
      ...(location ? { location } : {}),
      evidence,
      rule: entry.id,
      negated: flags.negated,
      hypothetical: flags.hypothetical,
      reported: flags.reported,
      confidence: Math.round((weak ? 0.6 : 1) * 100 * confidence({
        sourceKnown: source.actors.some((a) => a.code),
        targetKnown: targetActors.some((a) => a.code),
        objectMatched: match.objectMatched,
        nominal,
        ...flags,
      })) / 100,
    });
    if (reciprocal) {
      const last = this.drafts[this.drafts.length - 1]!;
      const reverse: Draft = { ...last, source: last.target, target: last.source, evidence: { trigger: evidence.trigger } };
      if (evidence.target) reverse.evidence.source = evidence.target;
      if (evidence.source) reverse.evidence.target = evidence.source;
      this.drafts.push(reverse);
    }
  }
}

function sameActors(a: EventActor[], b: EventActor[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.some((x) => b.some((y) => (x.entity && x.entity === y.entity) || (x.code !== "" && x.code === y.code)));
}

function spanOf(ctx: ResolveContext, p: Phrase | undefined): (CodedEvent["evidence"]["trigger"]) | undefined {
  if (!p) return undefined;
  const t = ctx.doc.tokens;
  const start = t[p.start]!.start;
  const end = t[p.end - 1]!.end;
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

export { governor };
