// Which stored article a newly acquired text is, if any. In order: the exact text (content
// hash, also of copies seen elsewhere), then the URL (same address: unchanged, or a new
// version), then a near-duplicate fingerprint (a syndicated or lightly edited copy elsewhere).
import type { Store, VersionHead } from "../store/types.js";
import { contentHash } from "./dedup-text.js";
import { hammingDistance, MIN_SHINGLES_FOR_NEAR, NEAR_DUPLICATE_BITS, SAME_URL_UNCHANGED_BITS, simhash, simhashBands } from "./dedup-simhash.js";

export interface TextIdentity {
  contentHash: string;
  /** Absent for texts too short to fingerprint usefully: those match only exactly. */
  simhash?: string;
  bands: string[];
}

export function textIdentity(text: string): TextIdentity {
  const hash = contentHash(text);
  const sim = simhash(text);
  if (sim.shingles < MIN_SHINGLES_FOR_NEAR) return { contentHash: hash, bands: [] };
  return { contentHash: hash, simhash: sim.hex, bands: simhashBands(sim.hex) };
}

export type Decision =
  /** Already stored: the same text, or close enough to it. */
  | { kind: "same"; head: VersionHead; why: "exact" | "same-url" | "near"; distance: number }
  /** The text at a known URL changed: a new version of that article. */
  | { kind: "version"; head: VersionHead; distance: number }
  | { kind: "new" };

export async function decideIdentity(store: Store, url: string | undefined, id: TextIdentity): Promise<Decision> {
  const exact = await store.findByContentHash(id.contentHash);
  if (exact) return { kind: "same", head: exact, why: "exact", distance: 0 };
  if (url) {
    const known = await store.findByUrl(url);
    if (known) {
      const distance = id.simhash && known.simhash ? hammingDistance(id.simhash, known.simhash) : 64;
      return distance <= SAME_URL_UNCHANGED_BITS
        ? { kind: "same", head: known, why: "same-url", distance }
        : { kind: "version", head: known, distance };
    }
  }
  if (id.simhash) {
    const [nearest] = await store.findNear(id.simhash, id.bands, NEAR_DUPLICATE_BITS);
    if (nearest) return { kind: "same", head: nearest, why: "near", distance: nearest.distance };
  }
  return { kind: "new" };
}
