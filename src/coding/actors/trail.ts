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

  /** Kept sorted by offset, so look-ups walk back from the nearest. */
  add(item: TrailItem): void {
    if (item.actors.length === 0 || item.actors.every((a) => !a.code)) return;
    let i = this.items.length;
    while (i > 0 && this.items[i - 1]!.at > item.at) i--;
    this.items.splice(i, 0, item);
  }

  /** The nearest actor named before `at` that fits the pronoun. */
  before(at: number, fits: (item: TrailItem) => boolean): TrailItem | undefined {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i]!;
      if (item.at < at && fits(item)) return item;
    }
    return undefined;
  }
}
