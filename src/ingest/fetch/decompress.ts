// Content-Encoding: gzip, deflate (zlib-wrapped or raw, servers send both) and brotli.
// The output is capped so a small compressed body cannot expand past the size limit.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

export type DecompressOutcome =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: "too-large" | "decode"; message: string };

export function decompress(bytes: Buffer, encoding: string | undefined, maxBytes: number): DecompressOutcome {
  const coding = (encoding ?? "identity").trim().toLowerCase();
  const options = { maxOutputLength: maxBytes };
  try {
    if (coding === "identity" || coding === "") return { ok: true, bytes };
    if (coding === "gzip" || coding === "x-gzip") return { ok: true, bytes: gunzipSync(bytes, options) };
    if (coding === "br") return { ok: true, bytes: brotliDecompressSync(bytes, options) };
    if (coding === "deflate") {
      // A zlib stream starts with 0x78; anything else is raw deflate.
      return { ok: true, bytes: bytes[0] === 0x78 ? inflateSync(bytes, options) : inflateRawSync(bytes, options) };
    }
    return { ok: false, reason: "decode", message: `unsupported Content-Encoding "${coding}"` };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
      return { ok: false, reason: "too-large", message: `body expands past ${maxBytes} bytes when decompressed` };
    }
    return { ok: false, reason: "decode", message: `cannot decompress ${coding} body (${(error as Error).message})` };
  }
}
