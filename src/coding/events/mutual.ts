// Acts two sides do to each other when a compound subject names both and no one else: "Jordan and
// Britain agreed", "Israel and Syria held talks", "Armenia and Azerbaijan clashed". Others are acts
// of each side alone: "Pakistan and China rejected the claims" is two rejections of a third party.

/** CAMEO codes (or their prefixes) of acts that are mutual when a compound subject has no target. */
const MUTUAL = ["03", "04", "05", "06", "19", "0871", "125", "127"];

export function isMutualAct(cameo: string): boolean {
  return MUTUAL.some((p) => cameo.startsWith(p));
}
