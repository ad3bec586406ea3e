// "Bosnia and Slovenia agreed to a ceasefire": a compound subject with no target acts on each
// other. Like PETRARCH with compound actors, we code one directed event for each ordered pair.
import type { CodedEvent } from "../types.js";
import type { RefineContext } from "./context.js";
import { isMutualAct } from "../events/mutual.js";

export function splitCompoundSubjects(events: CodedEvent[], _doc: unknown, ctx: RefineContext): CodedEvent[] {
  if (!events.some((e) => e.target.length === 0 && e.source.length > 1)) return events;
  const out: CodedEvent[] = [];
  for (const event of events) {
    const countries = new Set(event.source.map((a) => a.country).filter(Boolean));
    // "Serbia and Croatia pulled out of the talks" is two acts; "X and Y resigned" acts on no one.
    if (event.target.length > 0 || event.source.length < 2 || countries.size < 2 || ctx.takesNoTarget(event.rule) || !isMutualAct(event.cameo)) {
      out.push(event);
      continue;
    }
    for (const a of event.source) {
      for (const b of event.source) {
        if (a === b || !a.country || !b.country || a.country === b.country) continue;
        out.push({ ...event, source: [a], target: [b], confidence: Math.min(event.confidence, 0.8) });
      }
    }
  }
  return out;
}
