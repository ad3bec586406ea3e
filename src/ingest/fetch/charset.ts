// Turning response bytes into text. Order of evidence as browsers use it: byte-order mark,
// then the Content-Type header, then a declaration in the document, then a guess
// (valid UTF-8 is UTF-8, anything else the Western legacy encoding).
import iconv from "iconv-lite";

export type CharsetSource = "bom" | "header" | "meta" | "xml-declaration" | "sniffed";

export interface DecodedBody {
  text: string;
  /** The charset label used, lower-case ("utf-8", "windows-1252", "iso-8859-1"). */
  charset: string;
  from: CharsetSource;
}

/** Splits "text/html; charset=ISO-8859-1" into its media type and charset. */
export function parseContentType(header: string | undefined): { mediaType: string; charset?: string } {
  if (!header) return { mediaType: "" };
  const [type, ...params] = header.split(";");
  let charset: string | undefined;
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mediaType: type!.trim().toLowerCase(), charset };
}

/**
 * The decoder for a label. Like browsers, ISO-8859-1 and ASCII are read as windows-1252
 * (its superset), since servers that say "latin1" nearly always send cp1252 quotes and dashes.
 */
function decoderFor(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  if (["iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252"].includes(name)) return "windows-1252";
  if (name === "utf8") return "utf-8";
  return iconv.encodingExists(name) ? name : undefined;
}

function sniffBom(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

/** A charset declared inside an HTML head (<meta charset>, <meta http-equiv>) or an XML declaration. */
export function sniffDeclaredCharset(bytes: Buffer): { charset: string; from: "meta" | "xml-declaration" } | undefined {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return { charset: xml[1]!.toLowerCase(), from: "xml-declaration" };
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return { charset: meta[1]!.toLowerCase(), from: "meta" };
  return undefined;
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeBody(bytes: Buffer, headerCharset?: string): DecodedBody {
  const bom = sniffBom(bytes);
  if (bom) return { text: iconv.decode(bytes, bom), charset: bom, from: "bom" };
  if (headerCharset) {
    const decoder = decoderFor(headerCharset);
    if (decoder) return { text: iconv.decode(bytes, decoder), charset: headerCharset, from: "header" };
  }
  const declared = sniffDeclaredCharset(bytes);
  if (declared) {
    // A UTF-16 declaration in a document we could read as ASCII cannot be true.
    const label = declared.charset.startsWith("utf-16") ? "utf-8" : declared.charset;
    const decoder = decoderFor(label);
    if (decoder) return { text: iconv.decode(bytes, decoder), charset: label, from: declared.from };
  }
  const guess = isValidUtf8(bytes) ? "utf-8" : "windows-1252";
  return { text: iconv.decode(bytes, guess), charset: guess, from: "sniffed" };
}
