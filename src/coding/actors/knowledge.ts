// The part of the actor knowledge the coder uses, so tests can pass a small stand-in.
import type { Knowledge } from "../../actors/knowledge/types.js";

export type ActorKnowledge = Pick<Knowledge, "countryByDemonym" | "countryByName" | "sectorOf"> &
  Partial<Pick<Knowledge, "organizationByName" | "peopleByName" | "actorFor">>;
