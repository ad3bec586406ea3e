// A small glob matcher for --include / --exclude (fs.glob needs Node 22): "**" crosses folders,
// "*" and "?" stay inside one, "{a,b}" offers alternatives, "[...]" is a character class.
// A pattern without "/" is matched against the file name alone, as in .gitignore.

function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const before = pattern.slice(0, m.index);
  const after = pattern.slice(m.index + m[0].length);
  return m[1]!.split(",").flatMap((alt) => expandBraces(before + alt + after));
}

function toRegExpSource(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const slashAfter = pattern[i + 2] === "/";
        out += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 2 : 1;
      } else {
        out += "[^/]*";
      }
    } else if (c === "?") {
      out += "[^/]";
    } else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end === -1) {
        out += "\\[";
      } else {
        out += `[${pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else {
      out += c.replace(/[.+^${}()|\\]/g, "\\$&");
    }
  }
  return out;
}

export type GlobMatcher = (relativePath: string) => boolean;

/** A matcher for forward-slash paths relative to the folder being walked. */
export function compileGlob(pattern: string): GlobMatcher {
  const cleaned = pattern.trim().replace(/\\/g, "/").replace(/^\.\//, "");
  const matchBase = !cleaned.includes("/");
  const regexps = expandBraces(cleaned).map((p) => new RegExp(`^${toRegExpSource(p)}$`));
  return (relativePath) => {
    const path = relativePath.replace(/\\/g, "/");
    const subject = matchBase ? path.slice(path.lastIndexOf("/") + 1) : path;
    return regexps.some((re) => re.test(subject));
  };
}

/** True when any pattern matches. */
export function matchAny(patterns: readonly string[], relativePath: string): boolean {
  return patterns.some((p) => compileGlob(p)(relativePath));
}
