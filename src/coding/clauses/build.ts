// Clauses of one sentence: for each verb group, its subject (or where the subject comes
// from), objects and prepositional phrases, and how it hangs on the clause before it.
import type { Clause, ClauseRole, Nominal, Phrase, SentenceStructure, VerbGroup } from "./types.js";
import { type SentenceContext, isVerbal, lemma, lower, pos } from "./context.js";
import { phraseAt, phraseEndingAt, skipQuotes } from "./chunk.js";
import { findVerbGroups, isParticiple } from "./verb-groups.js";
import { CONDITIONALS, NAMING, OBJECT_CONTROLLERS, REPORTING, SUBORDINATORS } from "./words.js";

const PREPOSITIONS = new Set(
  "against with on to of from for at into over toward towards in by about near between after before during under amid through upon across onto around outside inside behind beyond"
    .split(" "),
);

const TIME_WORDS = new Set(
  ("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight weekend morning afternoon evening night " +
    "january february march april may june july august september october november december week month year last this next early earlier late later")
    .split(" "),
);
/** "at first", "at last", "at once", "at least": set phrases between a subject and its verb. */
const AT_PHRASES = new Set(["first", "last", "once", "least", "times", "present", "the time"]);
/** Words that open a time phrase ("on Tuesday", "in March", "earlier this week"). */
const TIME_LEADS = new Set(["on", "in", "during", "since", "over"]);

interface Left {
  role: ClauseRole;
  subject?: Phrase;
  subjectFrom?: number;
  parent?: number;
  conditional: boolean;
  /** First token that belongs to this clause (subject, pronoun, or conjunction). */
  edge: number;
}

export function buildSentence(ctx: SentenceContext, sentence: number, eventNouns: ReadonlySet<string>, clauseBase = 0): SentenceStructure {
  const groups = findVerbGroups(ctx);
  const clauses: Clause[] = [];
  const according = hasAccordingTo(ctx);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const floor = g > 0 ? groups[g - 1]!.end : ctx.from;
    const left = findLeft(ctx, group, floor, clauses, clauseBase);
    const clause: Clause = {
      index: clauseBase + clauses.length,
      sentence,
      start: left.edge,
      end: ctx.to,
      verb: group,
      role: left.role,
      ...(left.parent !== undefined ? { parent: left.parent } : {}),
      ...(left.subject ? { subject: left.subject } : {}),
      ...(left.subjectFrom !== undefined ? { subjectFrom: left.subjectFrom } : {}),
      preps: {},
      conditional: left.conditional,
      according,
    };
    if (clauses.length > 0) clauses[clauses.length - 1]!.end = left.edge;
    clauses.push(clause);
  }
  for (const clause of clauses) fillRight(ctx, clause);
  for (const clause of clauses) {
    const subject = clause.subject;
    if (clause.role !== "relative" || !subject || lower(ctx, subject.start) === "who" || clause.parent === undefined) continue;
    const parent = clauses[clause.parent - clauseBase];
    // "asked for a corridor for the envoy, which ...": the first phrase after the verb.
    const object = parent?.object ?? Object.values(parent?.preps ?? {}).flat().sort((a, b) => a.start - b.start)[0];
    if (object) subject.antecedent = object;
  }
  for (const clause of clauses) {
    if (clause.role === "complement" && clause.parent !== undefined) {
      const parent = clauses[clause.parent - clauseBase];
      if (parent && !parent.complementSubject && clause.subject) parent.complementSubject = clause.subject;
    }
  }
  return { sentence, clauses, nominals: findNominals(ctx, sentence, clauses, eventNouns) };
}

function hasAccordingTo(ctx: SentenceContext): boolean {
  for (let i = ctx.from; i < ctx.to - 1; i++) if (lower(ctx, i) === "according" && lower(ctx, i + 1) === "to") return true;
  return false;
}

function findLeft(ctx: SentenceContext, group: VerbGroup, floor: number, clauses: Clause[], base: number): Left {
  const prev = clauses.length > 0 ? clauses[clauses.length - 1] : undefined;
  const prevIndex = prev?.index;
  let k = group.start - 1;
  while (k >= floor && pos(ctx, k) === "ADV") k--;
  // "visited Russia today, becoming ...": a participle after a comma says more about the clause before.
  if (prev && lower(ctx, k) === "," && group.start === group.main && lower(ctx, group.main).endsWith("ing")) {
    return { role: "adverbial", subjectFrom: prev.index, parent: prev.index, conditional: prev.conditional, edge: k };
  }
  k = skipTimeBack(ctx, k, floor);
  k = skipCompanion(ctx, k, floor);
  const none: Left = { role: prev ? "coord" : "main", conditional: false, edge: k + 1, ...(prev ? { subjectFrom: prevIndex!, parent: prevIndex! } : {}) };
  if (k < floor) {
    // Nothing between this verb group and the one before: "began to ..." is handled by "to".
    return prev ? none : { role: "main", conditional: false, edge: ctx.from };
  }
  const w = lower(ctx, k);
  if (prev && k === prev.verb.end - 1 && prev.verb.main === k) {
    return { role: "control", parent: prev.index, subjectFrom: prev.index, conditional: prev.conditional, edge: group.start };
  }
  // "accused X of spying", "charged X with supporting rebels": a gerund after a preposition completes
  // the verb before, so that verb's object constraint can see it.
  if (prev && GERUND_PREPS.has(w) && k >= prev.verb.end && group.start === group.main && lower(ctx, group.main).endsWith("ing")) {
    return { role: "control", parent: prev.index, subjectFrom: prev.index, conditional: prev.conditional, edge: k };
  }
  if (w === "to" && prev) {
    // "blocked roads leading to the centre to press demands": the purpose belongs to the clause the modifier sits in.
    if (prev.verb.reduced && prev.role === "relative" && prev.parent !== undefined) {
      const head = clauses.find((c) => c.index === prev.parent);
      if (head) return { role: "control", parent: prev.index, subjectFrom: head.index, conditional: head.conditional, edge: k };
    }
    const controller = prev.verb.lemma;
    const objectControl = OBJECT_CONTROLLERS.has(controller) && k > prev.verb.end;
    const object = objectControl ? phraseEndingAt(ctx, k - 1, prev.verb.end) : undefined;
    return {
      role: "control",
      parent: prev.index,
      conditional: prev.conditional,
      edge: k,
      ...(object ? { subject: object } : { subjectFrom: prev.index }),
    };
  }
  if ((w === "who" || w === "which" || w === "that") && pos(ctx, k) === "PRON") {
    const antecedent = antecedentOf(ctx, k, w, prev, floor);
    const subject: Phrase = { start: k, end: k + 1, head: k, ...(antecedent ? { antecedent } : {}), ...(prev ? { antecedentClause: prev.index } : {}) };
    return { role: "relative", subject, conditional: false, edge: k, ...(prev ? { parent: prev.index } : {}) };
  }
  const np = phraseEndingAt(ctx, k, floor);
  // "Rebels backed by Rwanda attacked": the agent of a participle modifying the subject is not the subject.
  if (np && prev?.verb.reduced && prev.subject && lower(ctx, np.start - 1) === "by" && prev.verb.end === np.start - 1) {
    return { role: "main", subject: { start: prev.subject.start, end: np.end, head: prev.subject.head }, conditional: false, edge: group.start };
  }
  if (np && prev && isReducedRelative(ctx, group, prev, np)) {
    // The participle modifies the noun: "officials suspected of", "crimes committed by" (passive), "roads leading to".
    if (!lower(ctx, group.main).endsWith("ing")) group.passive = true;
    group.reduced = true;
    return { role: "relative", subject: np, parent: prev.index, conditional: false, edge: group.start };
  }
  const carrier = np ? participleSubject(ctx, clauses, np) : undefined;
  if (carrier) return { role: "main", subject: carrier, conditional: false, edge: group.start };
  if (np) {
    const subject = extendSubject(ctx, np, floor);
    const before = subject.start - 1;
    const b = lower(ctx, before);
    let role: ClauseRole = "main";
    let parent: number | undefined;
    let conditional = false;
    if (prev && before >= floor - 1 && (b === "that" && pos(ctx, before) !== "PRON" || before === prev.verb.end - 1 && REPORTING.has(prev.verb.lemma))) {
      role = "complement";
      parent = prev.index;
    } else if (CONDITIONALS.has(b)) {
      role = "adverbial";
      conditional = true;
      parent = prevIndex;
    } else if (SUBORDINATORS.has(b) || b === "where" || b === "when") {
      role = "adverbial";
      parent = prevIndex;
    }
    // "X said (that) ... and Y did": a coordinated complement keeps the reporting verb.
    if (role === "main" && prev && (b === "and" || b === "but") && prev.role === "complement") {
      role = "complement";
      parent = prev.parent;
    }
    const edge = b === "that" || CONDITIONALS.has(b) || SUBORDINATORS.has(b) ? before : subject.start;
    return { role, subject, conditional, edge, ...(parent !== undefined ? { parent } : {}) };
  }
  if (w === ",") {
    const appositive = subjectBeforeAppositive(ctx, k, floor);
    if (appositive) return { role: "main", subject: appositive, conditional: false, edge: appositive.start };
  }
  if (!prev) return { role: "main", conditional: false, edge: k + 1 };
  if (w === "and" || w === "or" || w === "but" || w === "," || w === "by" || w === "while" || w === "after" || w === "before") {
    const ing = lower(ctx, group.main).endsWith("ing");
    const role: ClauseRole = w === "and" || w === "or" || w === "but" || (w === "," && !ing) ? "coord" : "adverbial";
    const shared = role === "coord" ? sharedSubjectClause(ctx, clauses, prev) : prev;
    return { role, subjectFrom: shared.index, parent: shared.index, conditional: shared.conditional, edge: k };
  }
  void base;
  return none;
}

/** "The United Nations on Tuesday rejected", "Rebels, last week, seized": a time phrase between
 * subject and verb is skipped so the subject is the phrase before it. Returns k when there is none. */
function skipTimeBack(ctx: SentenceContext, k: number, floor: number): number {
  let j = k;
  if (lower(ctx, j) === ",") j--;
  // "Trump at first imposed", "the rebels at last agreed", "Kenya at once rejected".
  // (The adverb may already belong to the verb group, leaving "at" before it.)
  if (AT_PHRASES.has(lower(ctx, j)) && lower(ctx, j - 1) === "at" && j - 2 >= floor && phraseEndingAt(ctx, j - 2, floor)) return j - 2;
  if (lower(ctx, j) === "at" && AT_PHRASES.has(lower(ctx, j + 1)) && j - 1 >= floor && phraseEndingAt(ctx, j - 1, floor)) return j - 1;
  let time = false;
  while (j >= floor && (TIME_WORDS.has(lower(ctx, j)) || pos(ctx, j) === "NUM" && j < k)) {
    if (TIME_WORDS.has(lower(ctx, j))) time = true;
    j--;
  }
  if (!time) return k;
  if (TIME_LEADS.has(lower(ctx, j))) j--;
  if (lower(ctx, j) === ",") j--;
  return j >= floor && phraseEndingAt(ctx, j, floor) ? j : k;
}

/** "Washington along with its allies demanded", "Israel, together with Egypt, rejected": the one
 * named first acts; the companion only goes along. Returns the end of the first phrase, else k. */
function skipCompanion(ctx: SentenceContext, k: number, floor: number): number {
  let j = k;
  if (lower(ctx, j) === ",") j--;
  const np = j >= floor ? phraseEndingAt(ctx, j, floor) : undefined;
  if (!np) return k;
  const m = np.start - 1;
  let marker = -1;
  if (lower(ctx, m) === "with" && (lower(ctx, m - 1) === "along" || lower(ctx, m - 1) === "together")) marker = m - 1;
  else if (lower(ctx, m) === "alongside") marker = m;
  else if (lower(ctx, m) === "as" && lower(ctx, m - 1) === "well" && lower(ctx, m - 2) === "as") marker = m - 2;
  if (marker <= floor) return k;
  let b = marker - 1;
  if (lower(ctx, b) === ",") b--;
  return b >= floor && phraseEndingAt(ctx, b, floor) ? b : k;
}

/** "Benin opened its borders to Africans ordered out of Nigeria, but was still refusing ...": the
 * clause before is a bare participle modifying a noun inside the clause before it (no comma,
 * conjunction or "that" in between), so the coordinated verb shares that clause's subject. */
function sharedSubjectClause(ctx: SentenceContext, clauses: readonly Clause[], prev: Clause): Clause {
  let at = clauses.length - 1;
  let c = prev;
  if (c.role === "relative" && c.verb.reduced && c.parent !== undefined) {
    const parent = clauses.findIndex((x) => x.index === c.parent);
    if (parent >= 0) {
      at = parent;
      c = clauses[parent]!;
    }
  }
  while (at > 0 && c.role === "main" && c.subject && c.verb.start === c.verb.main && !c.verb.passive) {
    const earlier = clauses[at - 1]!;
    if (earlier.sentence !== c.sentence || earlier.verb.end > c.subject.start) break;
    // A real clause would be set off from the verb before it: a comma, a conjunction, "that".
    let open = true;
    for (let i = earlier.verb.end; i < c.subject.start && open; i++) {
      const p = pos(ctx, i);
      open = !(p === "PUNCT" || p === "CCONJ" || p === "SCONJ" || lower(ctx, i) === "that");
    }
    if (!open) break;
    c = earlier;
    at--;
  }
  return c;
}

/** "opened investigations against officials suspected of ...", "an inquiry into crimes committed by
 * ...", "borders to Africans ordered out of Nigeria": a bare -ed participle right after a noun that
 * sits in a prepositional phrase of the clause before, with nothing setting it off, modifies that
 * noun; it is not a new clause whose subject swallows the object of the one before. */
function isReducedRelative(ctx: SentenceContext, group: VerbGroup, prev: Clause, np: Phrase): boolean {
  const word = lower(ctx, group.main);
  const ing = word.endsWith("ing");
  if (group.start !== group.main || group.end - group.start !== 1 || !(ing || isParticiple(word))) return false;
  if (REPORTING.has(prev.verb.lemma) || np.start < prev.verb.end || np.end !== group.start) return false;
  let before = np.start - 1;
  while (before > prev.verb.end && (pos(ctx, before) === "DET" || pos(ctx, before) === "ADV" || pos(ctx, before) === "NUM")) before--;
  // "blocked roads leading to", "hostages held by rebels": right after the verb, as its object.
  // "expelled two diplomats based in Geneva": a bare past participle after the object, going on with a
  // preposition or a time word, modifies the object; a verb with a new subject would need one.
  const after = lower(ctx, group.end);
  const modifies = !ing && (pos(ctx, group.end) === "ADP" || TIME_WORDS.has(after));
  const asObject = before === prev.verb.end - 1 && (ing || group.reduced === true || modifies);
  if (!asObject && (!(pos(ctx, before) === "ADP" || lower(ctx, before) === "to") || lower(ctx, before) === "that")) return false;
  for (let i = prev.verb.end; i < np.start; i++) {
    const p = pos(ctx, i);
    if (p === "PUNCT" || p === "CCONJ" || p === "SCONJ" || p === "PRON" && lower(ctx, i) === "that") return false;
  }
  return true;
}

/** "British aircraft using guided missiles killed": the sentence opens with a noun and an -ing
 * participle modifying it, so the phrase before the later verb is the participle's object, and
 * the subject is that noun. Only for the sentence's first clause. */
function participleSubject(ctx: SentenceContext, clauses: readonly Clause[], np: Phrase): Phrase | undefined {
  const sentence = clauses.length > 0 ? clauses[clauses.length - 1]!.sentence : -1;
  const first = clauses.find((c) => c.sentence === sentence);
  if (!first?.subject || first.role !== "main" || first.verb.start !== first.verb.main || first.subject.end !== first.verb.start) return undefined;
  if (!lower(ctx, first.verb.main).endsWith("ing") || np.start < first.verb.end) return undefined;
  for (let i = first.subject.start - 1; i >= ctx.from; i--) if (pos(ctx, i) !== "DET" && pos(ctx, i) !== "ADJ" && pos(ctx, i) !== "NUM") return undefined;
  for (let i = first.verb.end; i < np.start; i++) {
    const p = pos(ctx, i);
    // Another verb between them: the participle's own clause has ended ("operating in Iraq said ...").
    if (p === "PUNCT" || p === "SCONJ" || p === "AUX" || p === "PRON" || p === "VERB" && REPORTING.has(lemma(ctx, i))) return undefined;
  }
  return first.subject;
}

/** "Roberto Canseco, head of the consular section, said": the phrase before the appositive. */
function subjectBeforeAppositive(ctx: SentenceContext, k: number, floor: number): Phrase | undefined {
  for (let c = k - 1; c > floor; c--) {
    if (lower(ctx, c) !== ",") continue;
    if (!phraseAt(ctx, c + 1, k)) return undefined;
    const np = phraseEndingAt(ctx, c - 1, floor);
    return np && (np.start === ctx.from || pos(ctx, np.start - 1) === "PUNCT" || pos(ctx, np.start - 1) === "SCONJ") ? np : undefined;
  }
  return undefined;
}

const GERUND_PREPS = new Set(["of", "with", "for", "from", "about"]);

/** Adjectives and participles that take a phrase after a noun: "militants loyal to X", "a group backed by Y". */
const POST_MODIFIERS = new Set(["loyal to", "close to", "allied to", "allied with", "linked to", "tied to", "backed by", "supported by", "affiliated with", "opposed to", "faithful to"]);

/** Prepositions that open an adverbial phrase or clause, never a noun's modifier. */
const SUBORDINATING_ADP = new Set(["after", "before", "since", "until", "while", "because", "following", "despite", "during", "amid"]);

/** "Tensions between Ecuador and Mexico have ..." - the subject is the first phrase of the chain. */
function extendSubject(ctx: SentenceContext, np: Phrase, floor: number): Phrase {
  let subject = np;
  // "Militants loyal to the cleric said": the noun before the modifier heads the subject.
  const modifier = `${lower(ctx, np.start - 2)} ${lower(ctx, np.start - 1)}`;
  if (np.start - 3 >= floor && POST_MODIFIERS.has(modifier)) {
    const head = phraseEndingAt(ctx, np.start - 3, floor);
    if (head) return { ...head, end: np.end };
  }
  // The last subject known to start a clause; a chain reaching back through "in the city of" is only
  // taken when it starts the sentence or follows a clause boundary, not a verb's object or a
  // subordinator's phrase ("suspended aid in Baghdad after two of their vehicles were hit").
  let safe = subject;
  for (;;) {
    let adp = subject.start - 1;
    if (adp - 1 < floor || pos(ctx, adp) !== "ADP") break;
    // "Nigerians from throughout the country", "troops from across the region": two prepositions.
    if (pos(ctx, adp - 1) === "ADP" && adp - 2 >= floor) adp--;
    if (adp === ctx.from || SUBORDINATING_ADP.has(lower(ctx, adp))) break;
    const earlier = phraseEndingAt(ctx, adp - 1, floor);
    if (!earlier || earlier.start === ctx.from && pos(ctx, earlier.start) === "ADP") break;
    subject = lower(ctx, adp) === "of" ? { ...earlier, end: subject.end, of: subject } : { ...earlier, end: subject.end };
    const before = earlier.start - 1;
    // A sentence-opening prepositional phrase is not part of the subject ("In Quito, police ...").
    if (before < ctx.from || pos(ctx, before) === "PUNCT" || pos(ctx, before) === "CCONJ" || pos(ctx, before) === "SCONJ") safe = subject;
    else if (pos(ctx, before) !== "ADP" || before === ctx.from) break;
  }
  return safe;
}

/** "which"/"that" stand for the object of the clause before; "who" for the nearest phrase. */
function antecedentOf(ctx: SentenceContext, k: number, word: string, prev: Clause | undefined, floor: number): Phrase | undefined {
  let j = k - 1;
  while (j >= floor && (lower(ctx, j) === "," || pos(ctx, j) === "PUNCT")) j--;
  if (word !== "who" && prev?.object) return prev.object;
  const near = phraseEndingAt(ctx, j, Math.max(floor, ctx.from));
  if (near) return extendSubject(ctx, near, floor);
  return prev?.object;
}

/** Words that make a whole time phrase alone: "lifted Friday a blockade". */
const BARE_TIMES = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "overnight"]);

function fillRight(ctx: SentenceContext, clause: Clause): void {
  const limit = clause.end;
  let j = clause.verb.end;
  // An adverbial particle belongs to the verb: "called off the talks".
  if (clause.verb.particle && (pos(ctx, j) === "ADV" || pos(ctx, j) === "PART")) j++;
  while (j < limit && pos(ctx, j) === "ADV") j++;
  // "lifted Friday a blockade": a bare time word between the verb and its object.
  while (j < limit && BARE_TIMES.has(lower(ctx, j)) && j + 1 < limit && (pos(ctx, j + 1) === "DET" || pos(ctx, j + 1) === "ADJ" || pos(ctx, j + 1) === "NUM")) j++;
  j = skipQuotes(ctx, j, limit);
  let last: Phrase | undefined;
  if (!isPrepositionAt(ctx, j) && !isMarker(ctx, j)) {
    const object = phraseAt(ctx, j, limit);
    if (object) {
      clause.object = object;
      last = object;
      j = skipQuotes(ctx, object.end, limit);
      const second = !isPrepositionAt(ctx, j) && !isMarker(ctx, j) ? phraseAt(ctx, j, limit) : undefined;
      if (second) {
        clause.object2 = second;
        last = second;
        j = skipQuotes(ctx, second.end, limit);
      }
    }
  }
  while (j < limit) {
    if (pos(ctx, j) === "ADV" || ctx.tokens[j]!.text === "-") {
      j++;
      continue;
    }
    if (!isPrepositionAt(ctx, j)) {
      // "shortened by one hour the curfew", "lifted on Friday a blockade": the object after a short
      // time or measure phrase. Not after reporting verbs, whose next phrase is a clause's subject.
      const late = !clause.object && last && pos(ctx, j) === "DET" && !REPORTING.has(clause.verb.lemma) ? phraseAt(ctx, j, limit) : undefined;
      if (!late || isVerbal(ctx, late.end)) break;
      clause.object = late;
      last = late;
      j = skipQuotes(ctx, late.end, limit);
      continue;
    }
    const prep = prepositionAt(ctx, j);
    const at = skipQuotes(ctx, j + prep.length, limit);
    const phrase = phraseAt(ctx, at, limit);
    if (!phrase) {
      // "teamed up with Japan": a particle before the real preposition.
      if (isPrepositionAt(ctx, at)) {
        j = at;
        continue;
      }
      break;
    }
    (clause.preps[prep.word] ??= []).push(phrase);
    if (prep.word === "of" && last && !last.of) last.of = phrase;
    last = phrase;
    j = skipQuotes(ctx, phrase.end, limit);
    // Second noun phrase after a complement: "declare the ambassador persona non grata".
    if (!clause.object2 && clause.object && prep.word === "of") {
      const second = phraseAt(ctx, j, limit);
      if (second && pos(ctx, second.start) !== "DET") {
        clause.object2 = second;
        j = skipQuotes(ctx, second.end, limit);
      }
    }
  }
  if (clause.verb.passive && clause.preps.by?.[0]) clause.agent = clause.preps.by[0];
  // "calling it an authoritarian act": object + noun phrase after a verb of naming is a characterisation.
  if (clause.object && clause.object2 && !clause.verb.passive && NAMING.has(clause.verb.lemma)) clause.predicate = clause.object2;
  // "the party is called Forward Kenya", "a firm called Acme": a passive naming verb gives a name.
  if (clause.verb.passive && NAMING.has(clause.verb.lemma) && clause.object && !clause.predicate) clause.predicate = clause.object;
  // "what it called resistance workers": the object of "what ... called" is the name given.
  if (clause.object && !clause.predicate && NAMING.has(clause.verb.lemma) && clause.subject && lower(ctx, clause.subject.start - 1) === "what") clause.predicate = clause.object;
  // "called Pakistan's claims 'baseless'", "called the move deeply disappointing": so is an adjective.
  if (clause.object && !clause.predicate && !clause.verb.passive && NAMING.has(clause.verb.lemma)) {
    let k = skipQuotes(ctx, clause.object.end, limit);
    const from = k;
    while (k < limit && (pos(ctx, k) === "ADV" || pos(ctx, k) === "DET" || pos(ctx, k) === "ADJ")) k++;
    // "a dear friend" (a noun after words the tagger slipped on), "deeply disappointing" (adjectives).
    if (k > from && pos(ctx, k) === "NOUN") clause.predicate = { start: from, end: k + 1, head: k };
    else if (k > from && pos(ctx, k - 1) === "ADJ") clause.predicate = { start: from, end: k, head: k - 1 };
  }
}

interface Prep {
  word: string;
  length: number;
}

function prepositionAt(ctx: SentenceContext, j: number): Prep {
  const w = lower(ctx, j);
  if (w === "due" && lower(ctx, j + 1) === "to") return { word: "to", length: 2 };
  if (w === "in" && lower(ctx, j + 1) === "response" && lower(ctx, j + 2) === "to") return { word: "response to", length: 3 };
  if (w === "according" && lower(ctx, j + 1) === "to") return { word: "according to", length: 2 };
  if (w === "towards") return { word: "toward", length: 1 };
  return { word: w, length: 1 };
}

function isPrepositionAt(ctx: SentenceContext, j: number): boolean {
  const w = lower(ctx, j);
  return (pos(ctx, j) === "ADP" || pos(ctx, j) === "ADJ" && w === "due" || w === "according") && (PREPOSITIONS.has(w) || w === "due" || w === "according");
}

function isMarker(ctx: SentenceContext, j: number): boolean {
  const w = lower(ctx, j);
  return isVerbal(ctx, j) || SUBORDINATORS.has(w) && pos(ctx, j) !== "DET" || w === "who" || w === "which";
}

/** Event nouns with complements: "the arrest of Glas", "the rupture of relations with Ecuador". */
function findNominals(ctx: SentenceContext, sentence: number, clauses: Clause[], eventNouns: ReadonlySet<string>): Nominal[] {
  const out: Nominal[] = [];
  for (let i = ctx.from; i < ctx.to; i++) {
    if (pos(ctx, i) !== "NOUN" || !eventNouns.has(lemma(ctx, i))) continue;
    const preps: Record<string, Phrase[]> = {};
    let j = i + 1;
    let object2: Phrase | undefined;
    // "accusations made by X", "the raid carried out by police": the agent after a participle.
    let participle: number | undefined;
    if (isVerbal(ctx, j) && isParticiple(lower(ctx, j))) {
      let k = j + 1;
      if ((pos(ctx, k) === "ADP" || pos(ctx, k) === "ADV") && lower(ctx, k) !== "by" && lower(ctx, k + 1) === "by") k++;
      if (lower(ctx, k) === "by") {
        participle = j;
        j = k;
      }
    }
    while (j < ctx.to && isPrepositionAt(ctx, j)) {
      const prep = prepositionAt(ctx, j);
      const at = skipQuotes(ctx, j + prep.length);
      const phrase = phraseAt(ctx, at);
      if (!phrase) break;
      (preps[prep.word] ??= []).push(phrase);
      j = skipQuotes(ctx, phrase.end);
      if (prep.word === "of" && !object2 && pos(ctx, j) !== "DET") {
        const second = phraseAt(ctx, j);
        if (second) {
          object2 = second;
          j = skipQuotes(ctx, second.end);
        }
      }
    }
    if (Object.keys(preps).length === 0) continue;
    const phrase = phraseEndingAt(ctx, i) ?? { start: i, end: i + 1, head: i };
    const clause = clauses.find((c) => c.start <= i && i < c.end) ?? clauses.find((c) => i < c.start);
    const asObject = !!clause && (within(clause.object, i) || within(clause.object2, i));
    out.push({
      sentence,
      noun: i,
      lemma: lemma(ctx, i),
      phrase: { ...phrase, end: Math.max(phrase.end, i + 1), head: i },
      preps,
      asObject,
      ...(clause ? { clause: clause.index } : {}),
      ...(object2 ? { object2 } : {}),
      ...(participle !== undefined ? { participle } : {}),
    });
  }
  return out;
}

function within(p: Phrase | undefined, i: number): boolean {
  return !!p && p.start <= i && i < p.end;
}
