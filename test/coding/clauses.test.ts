// Clause structure from tokens and tags: passive, coordination, relative clauses,
// headlines, negation, modality, complements and event nouns.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { segment } from "../../src/nlp/segment.js";
import { analyzeDocument, analyzeSentence, type Clause, type Phrase, type SentenceStructure } from "../../src/coding/clauses/index.js";

const vocab = {
  verbs: new Set(["storm", "arrest", "sever", "deny", "militarize", "allege", "grant", "request", "threaten", "raid", "expel", "declare", "attack"]),
  nouns: new Set(["arrest", "rupture", "declaration", "raid", "expulsion"]),
};

function analyze(text: string): { st: SentenceStructure[]; words: (p: Phrase | undefined) => string } {
  const { sentences, tokens } = segment(text);
  const st = analyzeDocument(tokens, sentences, vocab);
  const words = (p: Phrase | undefined): string => (p ? tokens.slice(p.start, p.end).map((t) => t.text).join(" ") : "");
  return { st, words };
}

function clause(st: SentenceStructure[], lemma: string): Clause {
  const c = st.flatMap((s) => s.clauses).find((x) => x.verb.lemma === lemma);
  assert.ok(c, `no clause with verb "${lemma}"`);
  return c;
}

describe("clauses", () => {
  it("finds subject, object and prepositional phrases", () => {
    const { st, words } = analyze("Peruvian troops stormed the Chilean consulate in Lima on Monday.");
    const c = clause(st, "storm");
    assert.equal(words(c.subject), "Peruvian troops");
    assert.equal(words(c.object), "the Chilean consulate");
    assert.equal(words(c.preps.in?.[0]), "Lima");
    assert.equal(c.verb.passive, false);
  });

  it("reads a passive with its agent, through a relative pronoun", () => {
    const { st, words } = analyze("Bolivia asked for a corridor for the envoy, which was denied by the Peruvian government.");
    const c = clause(st, "deny");
    assert.equal(c.verb.passive, true);
    assert.equal(c.role, "relative");
    assert.equal(words(c.agent), "the Peruvian government");
    assert.equal(words(c.subject?.antecedent), "a corridor");
  });

  it("gives coordinated verbs the same subject", () => {
    const { st, words } = analyze("Riot police stormed the building and arrested the former minister.");
    const arrest = clause(st, "arrest");
    assert.equal(arrest.role, "coord");
    assert.equal(arrest.subjectFrom, clause(st, "storm").index);
    assert.equal(words(arrest.object), "the former minister");
  });

  it("keeps coordinated actors in one phrase", () => {
    const { st, words } = analyze("Hungarian and Romanian officials raided the warehouse.");
    assert.equal(words(clause(st, "raid").subject), "Hungarian and Romanian officials");
  });

  it("reads a headline without determiners", () => {
    const { st, words } = analyze("Chilean police storm consulate and arrest opposition leader\n\nThe raid began at dawn.");
    const storm = clause(st, "storm");
    assert.equal(words(storm.subject), "Chilean police");
    assert.equal(words(storm.object), "consulate");
    const arrest = clause(st, "arrest");
    assert.equal(words(arrest.object), "opposition leader");
  });

  it("marks negation and modals in the verb group", () => {
    const { st } = analyze("Brazil will not expel the diplomats.");
    const c = clause(st, "expel");
    assert.equal(c.verb.negated, true);
    assert.equal(c.verb.modal, "will");
  });

  it("links an infinitive to the verb that governs it", () => {
    const { st, words } = analyze("Colombia threatened to sever relations with Venezuela.");
    const sever = clause(st, "sever");
    assert.equal(sever.role, "control");
    assert.equal(sever.parent, clause(st, "threaten").index);
    assert.equal(words(sever.object), "relations");
    assert.equal(words(sever.preps.with?.[0]), "Venezuela");
  });

  it("makes a bare clause after a speech verb its complement", () => {
    const { st, words } = analyze("The Argentine president announced he is severing relations with Chile.");
    const sever = clause(st, "sever");
    assert.equal(sever.role, "complement");
    assert.equal(words(sever.subject), "he");
  });

  it("takes the target of an allegation from the that-clause", () => {
    const { st, words } = analyze("Ghana alleged that President Smith rigged the vote.");
    assert.equal(words(clause(st, "allege").complementSubject), "President Smith");
  });

  it("finds event nouns with their complements", () => {
    const { st, words } = analyze("The ministry announced the rupture of diplomatic relations with Peru.");
    const n = st[0]!.nominals[0]!;
    assert.equal(n.lemma, "rupture");
    assert.equal(n.asObject, true);
    assert.equal(words(n.preps.of?.[0]), "diplomatic relations");
    assert.equal(words(n.preps.with?.[0]), "Peru");
  });

  it("reads a second object after a complement", () => {
    const { st, words } = analyze("The ministry ordered the declaration of the envoy persona non grata.");
    const n = st[0]!.nominals.find((x) => x.lemma === "declaration")!;
    assert.equal(words(n.preps.of?.[0]), "the envoy");
    assert.equal(words(n.object2), "persona non grata");
  });

  it("finds the subject before an appositive", () => {
    const { st, words } = analyze("Maria Lopez, head of the consular section in Lima, said the raid was illegal.");
    assert.equal(words(clause(st, "say").subject), "Maria Lopez");
  });

  it("exposes the secondary predicate of a verb of naming", () => {
    const { st, words } = analyze("The Chilean minister called the decision a grave insult.");
    const c = clause(st, "call");
    assert.equal(words(c.object), "the decision");
    assert.equal(words(c.predicate), "a grave insult");
  });

  it("marks a participle that modifies a noun with its agent", () => {
    const { st } = analyze("In a note signed by the Peruvian embassy, the officials asked for calm.");
    const c = clause(st, "sign");
    assert.equal(c.verb.reduced, true);
    assert.equal(c.verb.passive, true);
  });

  it("reads the agent of an event noun through a participle", () => {
    const { st, words } = analyze("Tension rose after the expulsion ordered by the Bolivian government on Monday.");
    const n = st[0]!.nominals.find((x) => x.lemma === "expulsion")!;
    assert.equal(words(n.preps.by?.[0]), "the Bolivian government");
  });
});

describe("subjects across modifiers and companions", () => {
  const subjectOf = (text: string, lemma: string): string => {
    const { st, words } = analyze(text);
    const c = clause(st, lemma);
    const from = c.subjectFrom !== undefined ? st.flatMap((s) => s.clauses).find((x) => x.index === c.subjectFrom) : undefined;
    return words(c.subject ?? from?.subject);
  };

  it("skips a companion between subject and verb", () => {
    assert.equal(subjectOf("Canberra along with its partners condemned the coup in Fiji.", "condemn"), "Canberra");
    assert.equal(subjectOf("Oslo, together with two Nordic neighbours, protested the decision.", "protest"), "Oslo");
  });

  it("shares the subject past a participle that modifies a noun after a preposition", () => {
    assert.equal(subjectOf("Chad opened its border to some refugees driven out of Sudan, but was still refusing entry to soldiers.", "refuse"), "Chad");
  });

  it("keeps a post-modified noun as the subject", () => {
    assert.equal(subjectOf("Fighters loyal to the warlord seized the airport in Mogadishu.", "seize"), "Fighters loyal to the warlord");
    assert.equal(subjectOf("Gunmen backed by Kigali attacked a camp near Goma.", "attack"), "Gunmen backed by Kigali");
  });

  it("takes the noun an opening -ing participle modifies", () => {
    assert.equal(subjectOf("Dutch jets carrying laser bombs struck a depot near Mosul.", "strike"), "Dutch jets");
  });
});

describe("reduced relatives", () => {
  it("keeps the object of a verb that an -ing participle modifies", () => {
    const { st, words } = analyze("Farmers blocked highways leading to the capital on Monday to demand lower fuel prices.");
    assert.equal(words(clause(st, "block").object), "highways");
    assert.equal(clause(st, "lead").role, "relative");
  });

  it("reads a bare participle after a noun in a prepositional phrase as modifying that noun", () => {
    const { st, words } = analyze("The prosecutor opened an inquiry into bribes paid by a Swiss firm to Kenyan officials.");
    const open = clause(st, "open");
    assert.equal(words(open.object), "an inquiry");
    assert.equal(words(open.preps.into?.[0]), "bribes");
    const pay = clause(st, "pay");
    assert.equal(pay.role, "relative");
    assert.equal(pay.verb.passive, true);
    assert.equal(words(pay.agent ?? pay.preps.by?.[0]), "a Swiss firm");
  });
});

describe("noun phrase edges", () => {
  it("starts a new phrase at a possessive after a time word", () => {
    const { st, words } = analyze("The rebels said on Friday their fighters had attacked a convoy.");
    assert.equal(words(clause(st, "attack").subject), "their fighters");
  });
});

describe("objects after a time phrase", () => {
  it("finds the object after a bare day name or a short time phrase", () => {
    let a = analyze("Turkey lifted Friday a ban on Greek ships.");
    assert.equal(a.words(clause(a.st, "lift").object), "a ban");
    a = analyze("Turkey lifted on Friday a ban on Greek ships.");
    assert.equal(a.words(clause(a.st, "lift").object), "a ban");
  });
  it("does not take the subject of a reported clause as the reporting verb's object", () => {
    const a = analyze("Officials said on Monday the embassy had been attacked.");
    assert.equal(clause(a.st, "say").object, undefined);
  });
});

describe("words inside names", () => {
  it("reads a name word the tagger took for a verb as part of the name", () => {
    const { sentences, tokens } = segment("Human Rights Watch accused Egypt of torture.");
    const watch = tokens.findIndex((t) => t.text === "Watch");
    const st = analyzeSentence(tokens, sentences[0]!, vocab, 0, new Set([watch]));
    const accuse = st.clauses.find((c) => c.verb.lemma === "accuse");
    assert.ok(accuse?.subject);
    assert.equal(tokens.slice(accuse.subject.start, accuse.subject.end).map((t) => t.text).join(" "), "Human Rights Watch");
  });
});

describe("past participles after an object", () => {
  it("reads 'diplomats based in Geneva' as the object modified, not a new clause", () => {
    const a = analyze("Norway expelled three diplomats based in Oslo for spying.");
    const expel = clause(a.st, "expel");
    assert.equal(a.words(expel.object), "three diplomats");
    const base = a.st.flatMap((s) => s.clauses).find((c) => c.verb.lemma === "base");
    assert.equal(base?.role, "relative");
  });
});

describe("stative participles", () => {
  it("reads 'is opposed to' as the subject's stance, not a passive", () => {
    const a = analyze("Ghana is opposed to the new tariff plan.");
    const c = a.st.flatMap((s) => s.clauses)[0]!;
    assert.equal(c.verb.passive, false);
    assert.equal(a.words(c.subject), "Ghana");
  });
  it("keeps a real passive a passive", () => {
    const a = analyze("The plan was opposed by Ghana.");
    assert.equal(a.st.flatMap((s) => s.clauses)[0]!.verb.passive, true);
  });
});

describe("comma lists", () => {
  it("reads 'A, B, and C' and 'A, B and C' as one coordinated phrase", () => {
    let a = analyze("Norway sent food, medicine, and blankets to Chad.");
    assert.equal(a.words(clause(a.st, "send").object), "food , medicine , and blankets");
    a = analyze("Canada imposed sanctions on Iran, Syria and Cuba.");
    assert.equal(a.words(clause(a.st, "impose").preps.on?.[0]), "Iran , Syria and Cuba");
  });
  it("does not join an appositive set off by commas", () => {
    const a = analyze("Police arrested the leader, a former minister, on Monday.");
    assert.equal(a.words(clause(a.st, "arrest").object), "the leader");
  });
});

describe("subjects with a chain of prepositional phrases", () => {
  it("keeps 'settlers in the city of Hebron' whole when it opens the sentence", () => {
    const a = analyze("Armed settlers in the northern town of Kiryat burned two cars.");
    assert.equal(a.words(clause(a.st, "burn").subject), "Armed settlers in the northern town of Kiryat");
  });
  it("does not reach back into the object of the verb before or across 'after'", () => {
    const a = analyze("Aid workers suspended deliveries in Gaza on Monday after two of their trucks were hit.");
    assert.equal(a.words(clause(a.st, "suspend").object), "deliveries");
    const b = analyze("The envoy launched a peace effort on Monday between the two rivals whose ties have been strained.");
    assert.equal(b.words(clause(b.st, "launch").object), "a peace effort");
  });
});

describe("-ing words before a noun", () => {
  it("reads 'Kenya's leading rights lawyer' as a noun phrase, not a clause", () => {
    const a = analyze("Odhiambo, Kenya's leading rights lawyer, staged a hunger strike.");
    const c = a.st.flatMap((s) => s.clauses);
    assert.deepEqual(c.map((x) => x.verb.lemma), ["stage"]);
  });
});

describe("stative participles with 'in'", () => {
  it("reads 'were engaged in' as what the subject does", () => {
    const a = analyze("Rebel units were engaged in heavy fighting near the border.");
    const c = a.st.flatMap((s) => s.clauses)[0]!;
    assert.equal(c.verb.passive, false);
    assert.equal(a.words(c.subject), "Rebel units");
  });
});

describe("set phrases between subject and verb", () => {
  it("skips 'at first' and 'at last' to find the subject", () => {
    const a = analyze("Kenya at first imposed tariffs on Uganda.");
    assert.equal(a.words(clause(a.st, "impose").subject), "Kenya");
  });
});

describe("two prepositions in a subject", () => {
  it("keeps 'Kenyans from across the country' whole", () => {
    const a = analyze("Thousands of Kenyans from across the country marched in Nairobi.");
    assert.equal(a.words(clause(a.st, "march").subject), "Thousands of Kenyans from across the country");
  });
});

describe("adjective-tagged heads before the verb", () => {
  it("reads 'Nairobi's police chief has warned' with its subject", () => {
    const a = analyze("Nairobi's police chief has warned the protesters.");
    const c = a.st.flatMap((s) => s.clauses)[0]!;
    assert.ok(c.subject, "a subject");
    assert.match(a.words(c.subject), /chief$/);
  });
});

describe("reported clauses after 'said'", () => {
  it("reads 'said Uganda and Rwanda must' as a reported clause with a compound subject", () => {
    const a = analyze("Kenya said Uganda and Rwanda must withdraw their troops.");
    const c = clause(a.st, "withdraw");
    assert.equal(c.role, "complement");
    assert.equal(a.words(c.subject), "Uganda and Rwanda");
  });
  it("does not carry an opening participle's subject past a reporting verb", () => {
    const a = analyze("Aid groups working in Gaza said Israeli forces must withdraw from the crossings.");
    assert.equal(a.words(clause(a.st, "withdraw").subject), "Israeli forces");
  });
});
