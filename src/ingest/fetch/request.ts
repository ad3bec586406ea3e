// One HTTP exchange, no redirects or retries: connect to an address the guard already checked,
// enforce the connect and total timeouts and the size cap, and hand back status, headers, body.
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { decompress } from "./decompress.js";

export interface RequestSpec {
  url: URL;
  /** Checked addresses for url.hostname; the connection goes to one of these. */
  addresses: string[];
  headers: Record<string, string>;
  connectTimeoutMs: number;
  timeoutMs: number;
  maxBytes: number;
  /** Called on a 2xx before the body is read; false refuses the body. */
  acceptsBody: (mediaType: string) => boolean;
  signal?: AbortSignal;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Decompressed body of a 2xx; empty otherwise. */
  body: Buffer;
}

export type RequestOutcome =
  | { ok: true; response: RawResponse }
  | {
      ok: false;
      reason: "timeout" | "network" | "too-large" | "unsupported-content-type" | "decode";
      message: string;
      retryable: boolean;
      status?: number;
    };

type Failure = Extract<RequestOutcome, { ok: false }>;

const PERMANENT_NETWORK = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|HPE_/;

export function requestOnce(spec: RequestSpec): Promise<RequestOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (outcome: RequestOutcome) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      resolve(outcome);
    };
    const fail = (failure: Omit<Failure, "ok">) => {
      finish({ ok: false, ...failure });
      req.destroy();
    };

    const vetted = spec.addresses.map((address) => ({ address, family: isIP(address) }));
    // Hand the checked addresses to the socket instead of letting it resolve the name again.
    const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (options.all) callback(null, vetted);
      else callback(null, vetted[0]!.address, vetted[0]!.family);
    }) as unknown as LookupFunction;

    const secure = spec.url.protocol === "https:";
    const req = (secure ? https : http).request(spec.url, {
      method: "GET",
      headers: spec.headers,
      agent: false,
      lookup,
      signal: spec.signal,
    });

    timers.push(setTimeout(() => {
      fail({ reason: "timeout", message: `no complete response within ${spec.timeoutMs} ms`, retryable: true });
    }, spec.timeoutMs));

    req.on("socket", (socket) => {
      if (!socket.connecting) return;
      const connectTimer = setTimeout(() => {
        fail({ reason: "timeout", message: `could not connect within ${spec.connectTimeoutMs} ms`, retryable: true });
      }, spec.connectTimeoutMs);
      timers.push(connectTimer);
      socket.once(secure ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
    });

    req.on("error", (error: NodeJS.ErrnoException) => {
      if (settled) return;
      if (error.name === "AbortError") {
        finish({ ok: false, reason: "network", message: "aborted", retryable: false });
        return;
      }
      const code = error.code ?? "";
      finish({
        ok: false,
        reason: "network",
        message: `${code || "error"}: ${error.message}`,
        retryable: !PERMANENT_NETWORK.test(code),
      });
    });

    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        // The body of a redirect or an error page is not needed: close instead of downloading it.
        finish({ ok: true, response: { status, headers: res.headers, body: Buffer.alloc(0) } });
        req.destroy();
        return;
      }
      const mediaType = (res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (!spec.acceptsBody(mediaType)) {
        fail({
          reason: "unsupported-content-type",
          message: `content type ${mediaType} is not a page or feed`,
          retryable: false,
          status,
        });
        return;
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > spec.maxBytes) {
        fail({ reason: "too-large", message: `body of ${declared} bytes is over the ${spec.maxBytes}-byte limit`, retryable: false, status });
        return;
      }
      const chunks: Buffer[] = [];
      let received = 0;
      res.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > spec.maxBytes) {
          fail({ reason: "too-large", message: `body is over the ${spec.maxBytes}-byte limit`, retryable: false, status });
          return;
        }
        chunks.push(chunk);
      });
      res.on("error", (error) => {
        if (!settled) finish({ ok: false, reason: "network", message: `body broken off: ${error.message}`, retryable: true, status });
      });
      res.on("aborted", () => {
        if (!settled) finish({ ok: false, reason: "network", message: "body broken off", retryable: true, status });
      });
      res.on("end", () => {
        if (settled) return;
        const encoding = res.headers["content-encoding"];
        const body = decompress(Buffer.concat(chunks), encoding, spec.maxBytes);
        if (!body.ok) {
          finish({ ok: false, reason: body.reason, message: body.message, retryable: false, status });
          return;
        }
        finish({ ok: true, response: { status, headers: res.headers, body: body.bytes } });
      });
    });

    req.end();
  });
}
