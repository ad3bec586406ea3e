// The knowledge the quote evaluation annotates with: the built-in dictionaries when they load, else an
// empty stand-in (quotes need no dictionaries; names are then found from the text alone).
import { defaultKnowledge } from "../actors/knowledge/load.js";
import type { Knowledge } from "../actors/knowledge/types.js";

export function knowledgeForEval(): { knowledge: Knowledge; note?: string } {
  try {
    return { knowledge: defaultKnowledge() };
  } catch (error) {
    return { knowledge: emptyKnowledge(), note: `built-in knowledge unavailable (${(error as Error).message}); using none` };
  }
}

export function emptyKnowledge(): Knowledge {
  return {
    countries: [],
    agents: [],
    titles: [],
    organizations: [],
    people: [],
    country: () => undefined,
    countryByName: () => undefined,
    countryByDemonym: () => undefined,
    sectorOf: () => undefined,
    titleOf: () => undefined,
    organizationByName: () => undefined,
    peopleByName: () => [],
    peopleBySurname: () => [],
    holder: () => undefined,
    rolesOn: () => [],
    actorFor: () => ({ code: "CVL" }),
    place: () => undefined,
  };
}
