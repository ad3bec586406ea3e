// eval quotes on a tiny PolNeAR-format fixture written for this test (test/fixtures/polnear/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { evaluateQuotes, formatReport } from "../../src/eval/quotes.js";
import { isDirectContent } from "../../src/eval/polnear-direct.js";
import { readPolnear } from "../../src/eval/polnear-read.js";
import { lastName } from "../../src/eval/polnear-score.js";
import { emptyKnowledge } from "../../src/eval/polnear-knowledge.js";
import { InputError } from "../../src/errors.js";

const dir = join(import.meta.dirname, "../../../test/fixtures/polnear/dev");
// Quotes need no dictionaries: the stand-in keeps the test independent of the knowledge loader.
const knowledge = emptyKnowledge();

test("reads one annotation file per article, the first in sorted order, with dates from metadata", () => {
  const articles = readPolnear(dir);
  assert.equal(articles.length, 2);
  assert.equal(articles[0]!.annotationFile, "daily_2024-04-05_harbour-strike_aa01.ann");
  assert.equal(articles[0]!.published, "2024-04-05");
  assert.equal(articles[0]!.attributions.length, 4);
});

test("gold direct quotes are those whose content is enclosed in quotation marks", () => {
  const text = "He said “it is over.” Critics called it “a gift.” “Fine,” she said.";
  const span = (s: string) => [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }];
  assert.equal(isDirectContent(text, span("“it is over.”")), true);
  assert.equal(isDirectContent(text, span("it is over.")), true); // marks just outside the span
  assert.equal(isDirectContent(text, span("it “a gift.”")), false); // partial quote
  assert.equal(isDirectContent(text, span("“Fine,”")), true);
});

test("scores detection and speakers on the fixture", () => {
  const report = evaluateQuotes(dir, { knowledge });
  assert.equal(report.articles, 2);
  assert.equal(report.goldDirectQuotes, 4);
  assert.equal(report.goldDirectWithSource, 3);
  assert.deepEqual(report.detection, { precision: 1, recall: 1, f1: 1 });
  assert.equal(report.speakerAccuracyMatched, 1);
  assert.equal(report.speakerAccuracyAll, 1);
  assert.match(formatReport(report), /speaker accuracy: 1 of matched/);
});

test("a folder that is not PolNeAR data is a clear input error", () => {
  assert.throws(() => evaluateQuotes(join(dir, "text"), { knowledge }), (e: unknown) => e instanceof InputError && /no text\/ subfolder/.test(e.message));
});

test("last names fold accents, possessives and titles", () => {
  assert.equal(lastName("Sen. Ana Beltrán’s"), "beltran");
  assert.equal(lastName("he"), "");
});
