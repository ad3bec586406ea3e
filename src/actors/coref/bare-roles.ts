// "the president" alone joins the one president already named in the document;
// with none or several it stays unresolved and is not a mention.
import type { DocContext } from "../recognize/context.js";
import type { Cluster } from "./cluster.js";

const MAX = 3;

export function joinBareRoles(ctx: DocContext, clusters: Cluster[], titleOfCluster: (cl: Cluster) => string | undefined): void {
  const { tokens } = ctx;
  if (!clusters.some((cl) => cl.type === "PERSON" && titleOfCluster(cl) !== undefined)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const the = tokens[i]!.text;
    if ((the !== "the" && the !== "The") || ctx.claimed[i + 1]! >= 0) continue;
    let hit: { end: number; title: string } | undefined;
    let phrase = "";
    for (let k = 1; k <= MAX && i + k < tokens.length; k++) {
      const t = tokens[i + k]!;
      if (ctx.claimed[i + k]! >= 0 || !/^\p{Ll}[\p{L}-]*$/u.test(t.text) || t.sentence !== tokens[i]!.sentence) break;
      phrase = k === 1 ? t.text : phrase + " " + t.text;
      const title = ctx.kb.titleOf(phrase);
      if (title) hit = { end: i + k + 1, title: title.title };
    }
    if (!hit) continue;
    const next = tokens[hit.end];
    if (next && next.sentence === tokens[i]!.sentence && (next.text === "of" || ctx.cap[hit.end])) continue;
    // Only persons named before this point count.
    const start = tokens[i]!.start;
    const holders = clusters.filter((cl) => cl.type === "PERSON" && titleOfCluster(cl) === hit.title &&
      cl.members.some((m) => ctx.tokens[m.c.first]!.start < start));
    if (holders.length !== 1) continue;
    const c = { first: i + 1, last: hit.end, type: "PERSON" as const, kind: "role" as const, strength: 2 };
    const text = ctx.doc.text.slice(tokens[i + 1]!.start, tokens[hit.end - 1]!.end);
    holders[0]!.members.push({ c, kind: "role", text });
    i = hit.end - 1;
  }
}
