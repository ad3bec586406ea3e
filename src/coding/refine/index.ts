// Refiners run over a document's events after the coder, in order (as chrono refines its
// parsers' results). Each takes and returns the whole list; ids are renumbered at the end.
import type { AnnotatedDocument } from "../../types.js";
import type { CodedEvent } from "../types.js";
import { NO_RULE_FACTS, type RefineContext } from "./context.js";
import { fillActorCountries } from "./actor-country.js";
import { splitCompoundSubjects } from "./compound-reciprocal.js";
import { fillMissingTargets } from "./target-fallback.js";
import { fillViolenceSources } from "./violence-source.js";
import { dropSportsFigures } from "./sports-figures.js";

type Refiner = (events: CodedEvent[], doc: AnnotatedDocument, ctx: RefineContext) => CodedEvent[];

const refiners: Refiner[] = [dropSportsFigures, fillActorCountries, splitCompoundSubjects, fillMissingTargets, fillViolenceSources];

export function refineEvents(events: CodedEvent[], doc: AnnotatedDocument, ctx: RefineContext = NO_RULE_FACTS): CodedEvent[] {
  let out = events;
  for (const refine of refiners) out = refine(out, doc, ctx);
  return out === events ? events : out.map((e, i) => ({ ...e, id: `ev${i + 1}` }));
}
