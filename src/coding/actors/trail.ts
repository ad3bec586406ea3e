// Actors seen so far in the document, in text order: what pronouns ("he", "they") and
// first-person words in quotes ("we", "our") are resolved against.
// Phrases are added unresolved (a loader) and resolved only when a look-up reaches them:
// most phrases of a document never take part in an event, and resolving costs.
import type { EventActor } from "../types.js";

export interface TrailItem {
  /** Character offset where the actor was named. */
  at: number;
  actors: EventActor[];
  /** A person (he/she) or a group named in the plural (they). */
  person: boolean;
  plural: boolean;
}

interface Slot {
  at: number;
  /** Lower-case head word of a pending phrase, so look-ups for one word skip the others unresolved. */
  head: string | undefined;
  item: TrailItem | undefined;
  load: (() => TrailItem | undefined) | undefined;
}

/** How far back (in characters) a look-up resolves pending phrases; older ones count only if already resolved. */
const WINDOW = 4000;

export class ActorTrail {
  private readonly slots: Slot[] = [];

  /** Kept sorted by offset, so look-ups walk back from the nearest. */
  add(item: TrailItem): void {
    if (item.actors.length === 0 || item.actors.every((a) => !a.code)) return;
    this.insert({ at: item.at, head: undefined, item, load: undefined });
  }

  /** A phrase to resolve when a look-up first needs it. */
  addLazy(at: number, head: string, load: () => TrailItem | undefined): void {
    this.insert({ at, head, item: undefined, load });
  }

  private insert(slot: Slot): void {
    let i = this.slots.length;
    while (i > 0 && this.slots[i - 1]!.at > slot.at) i--;
    if (i === this.slots.length) this.slots.push(slot);
    else this.slots.splice(i, 0, slot);
  }

  /** The nearest actor named before `at` that fits the pronoun. `only.head`: pending phrases with
   * another head word cannot fit; `only.resolved`: do not resolve pending phrases at all. */
  before(at: number, fits: (item: TrailItem) => boolean, only: { head?: string; resolved?: boolean } = {}): TrailItem | undefined {
    for (let i = this.slots.length - 1; i >= 0; i--) {
      const s = this.slots[i]!;
      if (s.at >= at) continue;
      // Resolve a pending phrase on the way back (it may itself look further back), but not far back.
      if (s.load && s.at >= at - WINDOW && !only.resolved && (only.head === undefined || s.head === only.head)) {
        const load = s.load;
        s.load = undefined;
        const item = load();
        if (item && item.actors.some((a) => a.code)) s.item = item;
      }
      if (s.item && fits(s.item)) return s.item;
    }
    return undefined;
  }
}
