// Actor fields of an entity: dictionary people and organisations from the knowledge,
// countries and places by code, everyone else from the cues around their mentions. A person
// named for an organisation ("U.N. Secretary-General ...") acts for it: its code, no country.
import type { Entity } from "../../types.js";
import type { Knowledge } from "../knowledge/types.js";
import type { Cluster } from "./cluster.js";
import { orgActor } from "../knowledge/knowledge-base.js";

export function actorFields(cl: Cluster, kb: Knowledge, date: string): Partial<Entity> {
  const org = cl.cue.former ? undefined : cl.cue.org ?? cl.role?.org;
  if (cl.person) {
    const roles = kb.rolesOn(cl.person, date);
    // An office the knowledge dates decides; else the organisation the text names them for.
    if (org && roles.length === 0) return { ...orgActor(org), ref: cl.person.id, ...(cl.cue.title ? { title: cl.cue.title } : {}) };
    // No office on the date: a title the text gives ("President X") says the sector, "former" an elite.
    if (roles.length === 0 && cl.cue.sector) return { ...titledActor(cl, cl.person.country), ref: cl.person.id };
    const code = kb.actorFor(cl.person, date);
    return { ...code, ref: cl.person.id, ...(roles[0] ? { title: roles[0].title } : {}) };
  }
  if (cl.org) {
    return { code: cl.org.code, ...(cl.org.country ? { country: cl.org.country } : {}), ...(cl.org.sector.length ? { sector: [...cl.org.sector] } : {}), ref: cl.org.id };
  }
  if (cl.nominal) return { code: cl.nominal.country + cl.nominal.sector, country: cl.nominal.country, sector: [cl.nominal.sector] };
  if (cl.type === "COUNTRY" || cl.type === "NORP") {
    return cl.country ? { code: cl.country.code, country: cl.country.code } : {};
  }
  if (cl.type === "PLACE") {
    if (!cl.place) return {};
    const iso2 = kb.country(cl.place.country)?.iso2 ?? cl.place.country;
    return {
      country: cl.place.country,
      geo: { lat: cl.place.lat, lon: cl.place.lon, countryCode: iso2, population: cl.place.population },
    };
  }
  if (org) {
    const title = cl.cue.title;
    return { ...orgActor(org), ...(title && cl.type === "PERSON" ? { title } : {}) };
  }
  const country = cl.cue.country ?? cl.role?.country ?? (cl.type === "PERSON" ? ofCountry(cl, kb) : undefined);
  const sector = cl.cue.former ? "ELI" : cl.cue.sector;
  const out: Partial<Entity> = {};
  if (country) { out.country = country; out.code = country + (sector ?? ""); }
  if (sector) out.sector = [sector];
  const title = cl.cue.title ?? cl.role?.title;
  if (title && cl.type === "PERSON" && !cl.cue.former) out.title = title;
  return out;
}

/** A known person with no dated office, coded by the title written before their name. */
function titledActor(cl: Cluster, homeCountry: string): Partial<Entity> {
  const country = cl.cue.country ?? homeCountry;
  const sector = cl.cue.former ? "ELI" : cl.cue.sector!;
  return { code: country + sector, country, sector: [sector], ...(cl.cue.title && !cl.cue.former ? { title: cl.cue.title } : {}) };
}

/** "King Hassan of Morocco", "President Jones of Liberia": a person named with the country they hold office in. */
function ofCountry(cl: Cluster, kb: Knowledge): string | undefined {
  for (const m of cl.members) {
    const at = m.text.lastIndexOf(" of ");
    if (at > 0) {
      const c = kb.countryByName(m.text.slice(at + 4));
      if (c) return c.code;
    }
  }
  return undefined;
}
