// A small news site on 127.0.0.1 (ephemeral port) for acquisition tests: articles, feeds,
// redirects, errors, slow and huge responses, legacy encodings and compression. Fixture files
// live in test/fixtures/ingest/site; "{{origin}}" in them becomes this server's origin.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo, Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, deflateRawSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";

const SITE = fileURLToPath(new URL("../../../test/fixtures/ingest/site/", import.meta.url));

export interface NewsServer {
  origin: string;
  url(path: string): string;
  /** Requests seen for a path (query string ignored). */
  hits(path: string): number;
  /** Request headers of the last request to a path. */
  lastHeaders(path: string): IncomingMessage["headers"] | undefined;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/rss+xml; charset=utf-8",
  ".json": "application/feed+json",
  ".opml": "text/x-opml",
};

function page(title: string, body: string, head = ""): string {
  return `<!doctype html><html lang="en"><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

/** Prose with letters outside ASCII, for the charset cases. */
const ACCENTED = page(
  "Café owners in Montréal protest",
  "<p>Café owners in Montréal said the city’s “terrasse” rules would cost them a season, and São Tomé’s trade envoy, visiting Nürnberg, called the fees “excessive”.</p><p>The council will vote on the rules next week – after a further round of consultation.</p>",
);

export async function startNewsServer(): Promise<NewsServer> {
  const hits = new Map<string, number>();
  const headers = new Map<string, IncomingMessage["headers"]>();
  const sockets = new Set<Socket>();
  let origin = "";

  const file = (path: string) => readFileSync(SITE + path, "utf8").replaceAll("{{origin}}", origin);
  const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": type, ...extra });
    res.end(body);
  };
  const redirect = (res: ServerResponse, status: number, location: string) => {
    res.writeHead(status, { location });
    res.end();
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    headers.set(path, req.headers);
    const article = () => file("news/port-strike.html");

    switch (path) {
      case "/redirect/301": return redirect(res, 301, "/redirect/302");
      case "/redirect/302": return redirect(res, 302, `${origin}/news/2024/04/05/port-strike.html`);
      case "/loop/a": return redirect(res, 302, "/loop/b");
      case "/loop/b": return redirect(res, 302, "/loop/a");
      case "/private-redirect": return redirect(res, 302, `${origin.replace("127.0.0.1", "127.0.0.2")}/news/canonical.html`);
      case "/ftp-redirect": return redirect(res, 302, "ftp://files.example/report.txt");
      case "/missing": return send(res, 404, "text/html", page("Not found", "<p>No such page.</p>"));
      case "/broken": return send(res, 500, "text/html", "server error");
      case "/flaky":
        return count === 1 ? send(res, 503, "text/plain", "busy", { "retry-after": "0" }) : send(res, 200, TYPES[".html"]!, article());
      case "/rate-limited":
        return count === 1 ? send(res, 429, "text/plain", "slow down", { "retry-after": "0" }) : send(res, 200, TYPES[".html"]!, article());
      case "/come-back-tomorrow": return send(res, 503, "text/plain", "maintenance", { "retry-after": "86400" });
      case "/slow": return; // never answers; the client's timeout ends it, close() the socket
      case "/huge": {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = `<p>${"filler text ".repeat(800)}</p>\n`;
        let sent = 0;
        const pump = () => {
          while (sent < 3 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("error", () => undefined);
        return pump();
      }
      case "/huge-declared":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
        return void res.write("<html>");
      case "/bomb":
        return send(res, 200, "text/html", gzipSync(Buffer.alloc(2 * 1024 * 1024, 32)), { "content-encoding": "gzip" });
      case "/image.png":
        return send(res, 200, "image/png", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
      case "/encoding/cp1252":
        return send(res, 200, "text/html; charset=windows-1252", iconv.encode(ACCENTED, "windows-1252"));
      case "/encoding/latin1-meta":
        return send(res, 200, "text/html",
          iconv.encode(ACCENTED.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').replace(/[’“”–]/g, "'"), "latin1"));
      case "/encoding/utf8-bom":
        return send(res, 200, "text/html", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ACCENTED, "utf8")]));
      case "/gzip": return send(res, 200, TYPES[".html"]!, gzipSync(article()), { "content-encoding": "gzip" });
      case "/br": return send(res, 200, TYPES[".html"]!, brotliCompressSync(article()), { "content-encoding": "br" });
      case "/deflate": return send(res, 200, TYPES[".html"]!, deflateRawSync(article()), { "content-encoding": "deflate" });
      case "/conditional":
      case "/feeds/conditional.xml": {
        const etag = '"v1"';
        if (req.headers["if-none-match"] === etag) {
          res.writeHead(304, { etag });
          return res.end();
        }
        const body = path === "/conditional" ? article() : file("feeds/rss.xml");
        return send(res, 200, path === "/conditional" ? TYPES[".html"]! : TYPES[".xml"]!, body, { etag, "last-modified": "Fri, 05 Apr 2024 12:00:00 GMT" });
      }
      case "/feeds/atom.xml": return send(res, 200, "application/atom+xml", file("feeds/atom.xml"));
      case "/feeds/rdf.xml": return send(res, 200, "application/rdf+xml", file("feeds/rdf.xml"));
      case "/feeds/as-text.xml": return send(res, 200, "text/plain", file("feeds/rss.xml"));
      case "/news/library.html": return send(res, 404, "text/html", "gone");
      case "/news/2024/04/04/fleet-stays.html": return send(res, 500, "text/html", "should not be fetched: the feed has the text");
      case "/news/2024/04/05/port-strike.html": return send(res, 200, TYPES[".html"]!, article());
      default: {
        const rel = path.replace(/^\//, "");
        if (rel.includes("..")) return send(res, 400, "text/plain", "bad path");
        try {
          return send(res, 200, typeOf(rel), file(rel));
        } catch {
          return send(res, 404, "text/html", page("Not found", "<p>No such page.</p>"));
        }
      }
    }
  };

  const server = createServer(handle);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    url: (path) => origin + path,
    hits: (path) => hits.get(path) ?? 0,
    lastHeaders: (path) => headers.get(path),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
