import { test } from "node:test";
import assert from "node:assert/strict";
import { parseByLine } from "../../src/ingest/extract/byline.js";
import { removeBoilerplate } from "../../src/ingest/extract/boilerplate.js";
import { dateFromUrl } from "../../src/ingest/extract/published-date.js";
import { stripSiteSuffix } from "../../src/ingest/extract/title.js";
import { chooseLanguage } from "../../src/ingest/language.js";

test("strips a site name from titles, not a headline's own dash", () => {
  assert.equal(stripSiteSuffix("Port strike ends | The Harbour Gazette", "The Harbour Gazette"), "Port strike ends");
  assert.equal(stripSiteSuffix("Harbour Gazette - Port strike ends", "Harbour Gazette"), "Port strike ends");
  assert.equal(stripSiteSuffix("Ministers agree water deal - Northern Ledger"), "Ministers agree water deal");
  assert.equal(stripSiteSuffix("Man falls into river - and survives"), "Man falls into river - and survives");
});

test("drops boilerplate lines and related-story lists, keeps prose", () => {
  const kept = removeBoilerplate([
    "The council met on Monday.",
    "Advertisement",
    "Subscribe to our newsletter",
    "Share this article",
    "Read more: Council budget explained",
    "Photo: The council chamber",
    "Image caption Councillors voted by show of hands",
    "Follow us on Instagram",
    "The vote was close. (AP Photo/Jan Novak)",
    "Related stories",
    "Budget passes first reading",
    "Mayor defends spending plans",
    "Officials said the budget would be published in full.",
  ]);
  assert.deepEqual(kept, ["The council met on Monday.", "The vote was close.", "Officials said the budget would be published in full."]);
});

test("reads By-lines and URL dates", () => {
  assert.equal(parseByLine("By Rosa Delgado and Ivan Petrov"), "Rosa Delgado and Ivan Petrov");
  assert.equal(parseByLine("BY JANE DOE, Reuters"), "JANE DOE");
  assert.equal(parseByLine("By the end of the year prices rose."), undefined);
  assert.equal(dateFromUrl("https://x.example/2024/04/05/story"), "2024-04-05");
  assert.equal(dateFromUrl("https://x.example/news/2024-04-05-story"), "2024-04-05");
  assert.equal(dateFromUrl("https://x.example/2024/04/story"), undefined);
  assert.equal(dateFromUrl("https://x.example/2024/13/45/story"), undefined);
});

test("the text's language wins over the declared one; short texts stay und", () => {
  assert.deepEqual(chooseLanguage("Die Regierung hat am Montag neue Hilfen für die Landwirte angekündigt, die unter der Dürre leiden.", "en"),
    { language: "deu", declared: "eng", agrees: false });
  assert.equal(chooseLanguage("Vote reporté.", "fr").language, "und");
});
