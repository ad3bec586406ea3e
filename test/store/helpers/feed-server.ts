// A news site on 127.0.0.1 for watch and ingest tests: routes answer with fixed bodies, feeds
// honour If-None-Match with 304, and every request is counted.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  status?: number;
  type?: string;
  body?: string;
  etag?: string;
}

export interface FeedServer {
  base: string;
  routes: Map<string, Route>;
  /** Requests per path, and how many were answered 304. */
  hits: Map<string, number>;
  notModified: Map<string, number>;
  close(): Promise<void>;
}

export async function startFeedServer(routes: Record<string, Route> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const notModified = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (route.etag && req.headers["if-none-match"] === route.etag) {
      notModified.set(path, (notModified.get(path) ?? 0) + 1);
      res.writeHead(304, { etag: route.etag }).end();
      return;
    }
    const headers: Record<string, string> = { "content-type": route.type ?? "text/html; charset=utf-8" };
    if (route.etag) headers.etag = route.etag;
    res.writeHead(route.status ?? 200, headers).end(route.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes: table,
    hits,
    notModified,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** An RSS 2.0 feed whose items carry their full text (so no page fetches are needed). */
export function rss(base: string, items: Array<{ slug: string; title: string; text: string; date: string }>): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title><link>${base}/</link><description>Test feed</description><language>en</language>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${base}/news/${i.slug}</link><guid>${base}/news/${i.slug}</guid>
<pubDate>${new Date(`${i.date}T09:00:00Z`).toUTCString()}</pubDate>
<content:encoded>${esc(i.text.split(/\n\n+/).map((p) => `<p>${p}</p>`).join(""))}</content:encoded></item>`).join("\n")}
</channel></rss>`;
}
