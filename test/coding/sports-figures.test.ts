// Sports coverage: "beat", "attack" and "host" are the game; statements and real violence
// elsewhere stay. Sentences are the project's own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { code } from "../../src/code.js";

test("in a match report, beating and hosting are the game, not violence or diplomacy", () => {
  const report = "Wales beat Ireland in the rugby championship match on Saturday. Wales will host France next week.";
  const roots = code(report, { published: "2024-06-01" }).events.map((e) => e.root);
  assert.ok(!roots.some((r) => r === "18" || r === "19" || r === "04" || r === "03"), roots.join(","));
});

test("outside sports coverage the same verbs stay events", () => {
  const news = "Militants attacked a police post in northern Mali on Saturday. Mali's president visited Niger on Monday.";
  const roots = code(news, { published: "2024-06-01" }).events.map((e) => e.root);
  assert.ok(roots.includes("18") || roots.includes("19"), roots.join(","));
  assert.ok(roots.includes("04"), roots.join(","));
});
