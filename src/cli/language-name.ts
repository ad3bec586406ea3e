// "fra" -> "French", for messages about skipped documents.
const names = new Intl.DisplayNames("en", { type: "language" });

export function languageName(code: string): string | undefined {
  try {
    const name = names.of(code);
    return name && name !== code && name !== "root" ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Why a document in another language was not coded: "skipped: language fra (French), not English". */
export function languageSkipMessage(code: string): string {
  const name = languageName(code);
  return `skipped: language ${code}${name ? ` (${name})` : ""}, not English`;
}
