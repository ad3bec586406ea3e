// Actors seen so far in the document, in text order: what pronouns ("he", "they") and
// first-person words in quotes ("we", "our") are resolved against.
import type { EventActor } from "../types.js";

export interface TrailItem {
  /** Character offset where the actor was named. */
  at: number;
  actors: EventActor[];
  /** A person (he/she) or a group named in the plural (they). */
  person: boolean;
  plural: boolean;
}

export class ActorTrail {
  private readonly items: TrailItem[] = [];

  add(item: TrailItem): void {
    if (item.actors.length === 0 || item.actors.every((a) => !a.code)) return;
    this.items.push(item);
  }

  /** The nearest actor named before `at` that fits the pronoun. */
  before(at: number, fits: (item: TrailItem) => boolean): TrailItem | undefined {
    let best: TrailItem | undefined;
    for (const item of this.items) {
      if (item.at >= at || !fits(item)) continue;
      if (!best || item.at > best.at) best = item;
    }
    return best;
  }
}
