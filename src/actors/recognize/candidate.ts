// What recognisers propose and refiners settle: a typed span of tokens with its evidence.
import type { MentionKind, MentionType } from "../../types.js";
import type { Country, Organization, Person } from "../knowledge/schema.js";
import type { Place } from "../knowledge/types.js";

/** Cues around a name that say who the actor is when the dictionaries do not. */
export interface ActorCue {
  country?: string;
  sector?: string;
  /** Canonical title when the cue was a title ("president"). */
  title?: string;
  /** The title was "former ...": an elite, not an office holder. */
  former?: boolean;
  /** The title is an office of this organisation ("U.N. Secretary-General ..."): the actor acts for it. */
  org?: Organization;
}

export interface Candidate {
  /** Token index of the first token, and one past the last. */
  first: number;
  last: number;
  type: MentionType;
  kind: MentionKind;
  /** How sure the evidence is: 3 dictionary, 2 a cue (title, keyword, given name), 1 the shape only. */
  strength: number;
  person?: Person;
  org?: Organization;
  country?: Country;
  place?: Place;
  cue?: ActorCue;
  /** For role mentions in apposition to a name ("Kofi Annan, the UN secretary-general"): that name. */
  apposed?: Candidate;
  /** For role mentions: the office described ("the Mexican president", "the UN secretary-general"). */
  role?: { country?: string; org?: Organization; title: string };
  /** For demonym + institution phrases: the lower-case institution ("foreign ministry"). */
  nominal?: { country: string; sector: string; phrase: string };
}
