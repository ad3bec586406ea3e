// Word senses that are not the political event: each sentence uses a trigger of a lexicon entry
// in an everyday, business, arts or sports sense, and no event of the listed code may fire.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../../src/annotate.js";
import { defaultCodebook } from "../../src/coding/codebook.js";
import { createCoder } from "../../src/coding/coder.js";
import { defaultLexicon } from "../../src/coding/lexicon/load.js";
import type { Knowledge } from "../../src/actors/knowledge/types.js";
import { testKnowledge } from "./coder-kit.js";

/** [sentence, CAMEO code that must not fire] */
const CASES: readonly (readonly [string, string])[] = [
  // 'hold' / 'pick up' without custody words
  ["The Green Party will hold its annual conference in Brighton.", "173"],
  ["The winger picked up a knee injury against Norway.", "173"],
  // 'try': an attempt or a rugby score, not a trial
  ["The Dutch cabinet has tried to lower rents for students.", "173"],
  ["Fiji ran in three tries against Samoa.", "173"],
  // 'beat' / 'hit' in sport and business
  ["The Serbian player beat the second seed in the semi-final.", "182"],
  ["Exporters in Thailand were the hardest hit by the slump.", "182"],
  // 'receive' things, 'host' shows
  ["The Japanese carmaker received a bid from a German rival.", "043"],
  ["The Canadian broadcaster will host a news conference on Monday.", "043"],
  // 'travel' / 'fly' by fans, teams and figures of speech
  ["Scottish supporters will travel to Paris for the game.", "042"],
  // 'called' names things
  ["The Swiss firm sells a device called the Pocket Reader.", "041"],
  ["The Irish novelist called the prize a great honour.", "041"],
  // 'release' of products
  ["The American studio released the sequel in Indian cinemas.", "0841"],
  // 'engage' voters, 'fight' back in a match
  ["Parties in Kenya are trying to engage young voters.", "190"],
  ["The Argentine champion battled through a long final set.", "190"],
  // verbal 'attack' on plans, 'meet' with a reception
  ["The Polish opposition attacked the budget plans of the government.", "180"],
  ["The Indian proposal met with a cool reception in Brussels.", "040"],
];

describe("lexicon precision: non-political senses", () => {
  const coder = createCoder({ entries: defaultLexicon().entries, codebook: defaultCodebook(), knowledge: testKnowledge() });
  for (const [text, cameo] of CASES) {
    it(`no ${cameo} in "${text}"`, () => {
      const doc = annotate(text, { published: "2024-04-06", knowledge: testKnowledge() as Knowledge });
      const wrong = coder.code(doc).filter((e) => e.cameo === cameo);
      assert.deepEqual(wrong.map((e) => e.rule), []);
    });
  }
});
