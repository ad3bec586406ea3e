// Closed word classes the clause finder relies on. Lower-case forms or lemmas.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const NEGATIONS = set("not n't never no longer neither nor");
export const MODALS = set("will would could may might should shall can must 'll 'd wo ca");
/** Verbs whose infinitive complement has not happened (yet): "threatened to sever". */
export const IRREALIS_CONTROLLERS = set(
  "threaten plan vow pledge promise intend want wish hope seek aim propose consider prepare " +
    "expect try attempt mull weigh offer ask urge demand call plot scheme threat",
);
/** Verbs whose infinitive complement did not happen: "refused to meet". */
export const NEGATIVE_CONTROLLERS = set("refuse decline fail reject");
/** Verbs whose object is the subject of the infinitive: "instructed the minister to issue". */
export const OBJECT_CONTROLLERS = set("instruct order ask urge tell direct force compel call invite allow authorize authorise permit");
/** Speech and report verbs: their complement clause is reported. */
export const REPORTING = set(
  "say tell state announce report claim allege insist add note write tweet post confirm deny " +
    "declare assert argue warn explain reveal disclose acknowledge admit inform suggest believe think " +
    "accuse charge indicate stress emphasise emphasize maintain contend",
);
export const RELATIVES = set("who which whom whose where");
export const SUBORDINATORS = set(
  "that because if unless when while after before although though since as whereas until once whether",
);
export const CONDITIONALS = set("if unless");
export const POSSESSIVES = set("my our your his her its their");
/** Words wink tags as verbs that work as prepositions in news text. */
export const PREPOSITION_VERBS = set("following according including regarding concerning excluding considering pending");
export const PRONOUNS = set("i me we us you he him she her it they them this that these those");
/** Words that may begin a particle ("break into", "call off", "crack down on"). */
export const PARTICLES = set("up down off out in into on over away back through about around");
/** Verbs of naming: with an object and a second noun phrase they characterise ("called it an outrage"). */
/** Nouns for something put forward by someone: "rejected an appeal from X", "accepted calls by X" — X is the one answered. */
export const PROPOSALS = set("appeal offer call demand request proposal plan plea ultimatum invitation initiative bid suggestion proposition overture");
export const NAMING = set("call label brand dub term deem consider name describe");

/** Past forms of event verbs the tagger often reads as nouns or adjectives ("Gunmen abducted/NOUN three
 * workers", "rioters looted/ADJ shops") or lemmatises wrongly ("raped" -> "rap"): form -> lemma.
 * After a subject and before an object they are finite verbs. */
export const VERB_FORMS: ReadonlyMap<string, string> = new Map(
  ("shot:shoot abducted:abduct looted:loot branded:brand raped:rape kidnapped:kidnap shelled:shell bombed:bomb " +
    "stormed:storm torched:torch ambushed:ambush massacred:massacre lynched:lynch beheaded:behead executed:execute " +
    "detained:detain jailed:jail expelled:expel deported:deport sanctioned:sanction condemned:condemn denounced:denounce " +
    "criticised:criticise criticized:criticize accused:accuse rejected:reject welcomed:welcome praised:praise " +
    "attacked:attack killed:kill wounded:wound injured:injure raided:raid seized:seize besieged:besiege blockaded:blockade " +
    "hijacked:hijack assassinated:assassinate evacuated:evacuate freed:free released:release banned:ban " +
    "staged:stage mediated:mediate brokered:broker rallied:rally picketed:picket boycotted:boycott")
    .split(" ").map((p) => p.split(":") as [string, string]),
);
/** First words of compound nouns the tagger splits into verb + noun ("fired tear gas"): word -> the noun after it. */
export const NOUN_COMPOUNDS: ReadonlyMap<string, string> = new Map([["tear", "gas"], ["cluster", "bomb"], ["car", "bomb"], ["suicide", "bomb"]]);
