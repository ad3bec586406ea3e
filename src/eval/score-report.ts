// Plain-text report of an event score: the three levels, a type confusion table, then the
// misses and false events with the lexicon rules involved, to see what to fix.
import { NONE, type EventScore, type Prf } from "./score.js";

export function formatEventScore(score: EventScore, title: string, typeLabel: string): string {
  const out: string[] = [];
  out.push(title);
  out.push(`${score.sentences} sentences, ${score.goldSentences} with gold events`);
  out.push(`${typeLabel} accuracy: ${pct(score.typeAccuracy)} (${score.typeHits}/${score.goldSentences} gold sentences whose type we found)`);
  out.push("");
  out.push("level  compared                              P       R       F1      tp    fp    fn");
  const row = (level: string, what: string, p: Prf) =>
    `${level.padEnd(7)}${what.padEnd(38)}${pct(p.precision).padStart(6)}  ${pct(p.recall).padStart(6)}  ${pct(p.f1).padStart(6)}  ` +
    `${String(p.tp).padStart(4)}  ${String(p.fp).padStart(4)}  ${String(p.fn).padStart(4)}`;
  out.push(row("A", "type", score.levels.A));
  out.push(row("B", "type + source/target country", score.levels.B));
  out.push(row("C", "full event and actor codes", score.levels.C));
  out.push("", "Confusion (rows: gold, columns: ours)");
  out.push(...confusionTable(score.confusion));
  out.push("", `Misses (${score.misses.length}): gold type we did not find`);
  for (const m of score.misses) {
    const ours = m.ours.length ? m.ours.map((o) => `${o.type}${o.rule ? ` [${o.rule}]` : ""}`).join(", ") : "nothing";
    out.push(`  ${m.id}  gold ${m.gold}  ours ${ours}`);
    out.push(`      ${clip(m.text)}`);
  }
  out.push("", `False events (${score.falseEvents.length}): our type not in the gold`);
  for (const f of score.falseEvents) {
    out.push(`  ${f.id}  ours ${f.ours}${f.rule ? ` [${f.rule}]` : ""}  gold ${f.gold.join(", ") || NONE}`);
    out.push(`      ${clip(f.text)}`);
  }
  return out.join("\n") + "\n";
}

function confusionTable(confusion: EventScore["confusion"]): string[] {
  const rows = sorted(Object.keys(confusion));
  const cols = sorted([...new Set(rows.flatMap((r) => Object.keys(confusion[r]!)))]);
  const w = 6;
  const head = "".padEnd(10) + cols.map((c) => c.slice(0, 5).padStart(w)).join("");
  const lines = [head];
  for (const r of rows) {
    const cells = cols.map((c) => {
      const n = confusion[r]![c];
      return (n ? String(n) : ".").padStart(w);
    });
    lines.push(r.slice(0, 9).padEnd(10) + cells.join(""));
  }
  return lines;
}

/** Alphabetical, NONE last. */
function sorted(values: string[]): string[] {
  return values.filter((v) => v !== NONE).sort().concat(values.includes(NONE) ? [NONE] : []);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function clip(text: string): string {
  return text.length > 110 ? text.slice(0, 107) + "..." : text;
}
