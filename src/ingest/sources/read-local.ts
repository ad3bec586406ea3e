// Reading local files and stdin as text: the same charset rules as the web (BOM, declaration,
// then UTF-8 if valid, else windows-1252), and errors that name the file.
import { open, readFile } from "node:fs/promises";
import { decodeBody } from "../fetch/charset.js";

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file or folder; check the path" :
    code === "EACCES" ? "permission denied" :
    code === "EISDIR" ? "is a folder; give a file" :
    (error as Error).message;
}

export async function readLocalText(path: string): Promise<string> {
  return decodeBody(await readFile(path)).text;
}

/** The first bytes of a file, for classifying it. */
export async function readHead(path: string, bytes = 4096): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return decodeBody(buffer.subarray(0, bytesRead)).text;
  } finally {
    await handle.close();
  }
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeBody(Buffer.concat(chunks)).text;
}
