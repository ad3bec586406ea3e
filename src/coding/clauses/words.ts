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
export const NAMING = set("call label brand dub term deem consider name describe");
