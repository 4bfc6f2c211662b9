import type { Server, ServerOptions } from "node:http";
import type { MiddlewareHandler } from "hono";
import { UnavailableError } from "./errors.ts";

/**
 * Time limits of `tocsin serve`. Node's defaults fit neither end: its 300 s `requestTimeout` would cut a
 * 2 GiB dataset upload on a slow link, and it has no idle limit at all. So: the headers must arrive within
 * `headersMs` (a client trickling them byte by byte, "slowloris", is cut off), a socket that sends and
 * receives nothing for `idleMs` is closed (an upload that keeps sending is never cut), and a read (GET, HEAD)
 * whose handler runs longer than `readMs` gets a 503 instead of holding the client. Writes are never cut
 * short by a timer: a client told "timed out" while the write went on to commit would retry and double it.
 */
export interface ServerLimits {
  headersMs: number;
  idleMs: number;
  readMs: number;
}

export const SERVER_LIMITS: ServerLimits = { headersMs: 20_000, idleMs: 120_000, readMs: 60_000 };

/** Reads allowed to run long: they stream a large answer whose size grows with the store. */
const LONG_READS = [
  /^\/api\/v1\/backup$/,
  /^\/api\/v1\/imports\/[^/]+\/rejects$/,
  /^\/api\/v1\/documents\/[^/]+\/original$/,
];

/** Options for `http.createServer`: the header limit, checked often enough to be kept to, and no cap on uploads. */
export function serverOptions(limits: ServerLimits = SERVER_LIMITS): ServerOptions {
  return {
    requestTimeout: 0,
    headersTimeout: limits.headersMs,
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(limits.headersMs / 4))),
  };
}

/** Closes a socket that has sent and received nothing for `idleMs`. */
export function applyIdleLimit(server: Server, limits: ServerLimits = SERVER_LIMITS): void {
  server.setTimeout(limits.idleMs, (socket) => socket.destroy());
}

export function readTimeout(limits: ServerLimits = SERVER_LIMITS): MiddlewareHandler {
  return async (c, next) => {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || LONG_READS.some((r) => r.test(c.req.path))) {
      return next();
    }
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new UnavailableError(
              `the answer took longer than ${limits.readMs / 1000} s: narrow the request (filters, a smaller limit) or try again later`,
            ),
          ),
        limits.readMs,
      );
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
