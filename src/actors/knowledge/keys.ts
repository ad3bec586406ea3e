// Lookup keys. On top of what normalizeKey folds (case, accents, dots, spacing, curly
// apostrophes) hyphens become spaces, so "vice-president" ~ "vice president" and
// "Guinea-Bissau" ~ "Guinea Bissau". Written out rather than calling normalizeKey so that
// plain ASCII text (most keys) skips Unicode normalisation: the index builds ~30,000 keys.

const NON_ASCII = /[^ -~\s]/;

export function foldKey(text: string): string {
  if (isFolded(text)) return text;
  let s = text;
  if (NON_ASCII.test(s)) s = s.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[‘’ʼ]/g, "'");
  return s.replace(/\./g, "").replace(/[\s\-‐‑–]+/g, " ").trim().toLowerCase();
}

/**
 * Already a key: lower-case ASCII letters and digits in words joined by single spaces. Lookups fold
 * mostly such text, and the replace chain above would copy it four times to return it unchanged.
 */
function isFolded(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    // a single inner space: not first, not last, not after another space
    if (c === 32 && i > 0 && i < text.length - 1 && text.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return true;
}

/** "the U.S." -> "U.S.": names are looked up with and without a leading article. */
export function withoutArticle(text: string): string | undefined {
  const m = /^the\s+(.+)$/i.exec(text.trim());
  return m ? m[1] : undefined;
}

/**
 * Written in capitals ("UN", "U.S.", "WHO", "DRC"). Such a dictionary name only matches text
 * also written in capitals, so that "who", "us" or "Who" never become the WHO or the U.S.
 */
export function isAcronym(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && text.replace(/[^\p{L}]/gu, "").length <= 8;
}

/** A key -> value map where acronym-only keys need capitals in the query. */
export class NameIndex<T> {
  private readonly map = new Map<string, { value: T; capitalsOnly: boolean }>();

  /** The latest writer wins (users' files come last); a plain spelling lifts the capitals rule. */
  add(name: string, value: T): void {
    this.put(name, value);
    const bare = withoutArticle(name);
    if (bare !== undefined) this.put(bare, value);
  }

  private put(name: string, value: T): void {
    const key = foldKey(name);
    if (!key) return;
    const capitalsOnly = isAcronym(name);
    const old = this.map.get(key);
    if (old && old.value === value) old.capitalsOnly &&= capitalsOnly;
    else this.map.set(key, { value, capitalsOnly });
  }

  get(name: string): T | undefined {
    const hit = this.map.get(foldKey(name));
    if (hit && (!hit.capitalsOnly || isAcronym(name))) return hit.value;
    const bare = withoutArticle(name);
    if (bare === undefined) return undefined;
    const again = this.map.get(foldKey(bare));
    return again && (!again.capitalsOnly || isAcronym(bare)) ? again.value : undefined;
  }

  get size(): number {
    return this.map.size;
  }
}
