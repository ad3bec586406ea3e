// 64-bit simhash over word shingles (Charikar 2002): texts that share most of their shingles
// get fingerprints a few bits apart. Kept as 16 hex digits so any database can store it.
import { words } from "./dedup-text.js";

/** Words per shingle. Three keeps a one-word edit to three changed shingles. */
export const SHINGLE_WORDS = 3;
/**
 * Texts at different URLs whose fingerprints are this many bits apart or fewer are one article
 * (a syndicated or lightly edited copy). Measured in docs/STORE.md: small edits land at 0-8 bits,
 * distinct articles at 16 or more.
 */
export const NEAR_DUPLICATE_BITS = 6;
/**
 * At the same URL the identity is already known, so only a change this small is treated as no
 * change (a fixed typo, a timestamp); anything larger becomes a new version, so an update that
 * adds a paragraph is kept.
 */
export const SAME_URL_UNCHANGED_BITS = 3;
/** Texts with fewer shingles are matched only exactly: short texts collide too easily. */
export const MIN_SHINGLES_FOR_NEAR = 40;

/** FNV-1a 32-bit with a seed: two seeds give the two halves of a 64-bit shingle hash. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32): FNV alone leaves the high bits poorly mixed for short keys.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Simhash {
  /** 16 lower-case hex digits. */
  hex: string;
  /** How many shingles went in (0 for an empty text). */
  shingles: number;
}

export function simhash(text: string): Simhash {
  const w = words(text);
  const counts = new Int32Array(64);
  let shingles = 0;
  const n = Math.max(1, w.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n && w.length > 0; i++) {
    const shingle = w.slice(i, i + SHINGLE_WORDS).join(" ");
    const hi = fnv1a(shingle, 0x9e3779b9);
    const lo = fnv1a(shingle, 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      counts[b] += (hi >>> (31 - b)) & 1 ? 1 : -1;
      counts[32 + b] += (lo >>> (31 - b)) & 1 ? 1 : -1;
    }
    shingles++;
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0;
    for (let b = 0; b < 4; b++) v = (v << 1) | (counts[nibble * 4 + b]! > 0 ? 1 : 0);
    hex += v.toString(16);
  }
  return { hex, shingles };
}

const POPCOUNT4 = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Bits that differ between two 16-hex-digit fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i++) d += POPCOUNT4[parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)]!;
  return d;
}

/**
 * The fingerprint cut into NEAR_DUPLICATE_BITS + 1 bands. Two fingerprints within the threshold
 * differ in at most that many bits, so at least one band is equal (pigeonhole): a store finds
 * candidates with an indexed equality lookup on the bands, then checks the distance.
 */
export function simhashBands(hex: string): string[] {
  const bands = NEAR_DUPLICATE_BITS + 1;
  const bits = [...hex].map((c) => parseInt(c, 16).toString(2).padStart(4, "0")).join("");
  const out: string[] = [];
  for (let i = 0; i < bands; i++) {
    const start = Math.floor((i * 64) / bands);
    const end = Math.floor(((i + 1) * 64) / bands);
    out.push(`${i}:${bits.slice(start, end)}`);
  }
  return out;
}
