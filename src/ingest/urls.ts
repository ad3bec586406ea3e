// One spelling per article URL, so the same story reached through a feed, a share link and
// a canonical tag is recognised as one. Only changes that never alter what the server returns.
import { InputError } from "../errors.js";

/** Query parameters that only track where a click came from. Prefixes end in "_". */
const TRACKING_EXACT = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
  "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "cmpid", "ocid", "_ga", "_gl",
  "_hsenc", "_hsmi", "mkt_tok", "smid", "spm",
]);
const TRACKING_PREFIXES = ["utm_", "at_", "ns_"];

export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * Normalises an http(s) URL: lower-case scheme and host, no "www.", no default port, no fragment,
 * no tracking parameters, remaining parameters sorted, no trailing slash except on the root.
 * `base` resolves a relative link (a canonical href) against the page it was found on.
 * Throws InputError for something that is not an http(s) URL.
 */
export function normalizeUrl(url: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    throw new InputError(url, "not a URL; write it in full, e.g. https://example.org/news/story");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(url, `only http and https URLs are supported, not ${parsed.protocol.replace(/:$/, "")}`);
  }
  // URL already lower-cases scheme and host and drops default ports.
  if (parsed.hostname.startsWith("www.")) parsed.hostname = parsed.hostname.slice(4);
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  parsed.search = "";
  for (const [name, value] of kept) parsed.searchParams.append(name, value);
  if (parsed.pathname.length > 1 && parsed.pathname.endsWith("/")) {
    parsed.pathname = parsed.pathname.replace(/\/+$/, "") || "/";
  }
  return parsed.toString();
}

/** normalizeUrl, or undefined for something that is not an http(s) URL. */
export function tryNormalizeUrl(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    return normalizeUrl(url, base);
  } catch {
    return undefined;
  }
}

/** Whether the string looks like an http(s) URL (what the CLI treats as a web input). */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}
