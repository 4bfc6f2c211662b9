import type { Context } from "hono";

/**
 * Sets a header on the response a handler already made, for middleware that runs after `next()`.
 * Why not `c.header()`: on a finished response it reads `bodyUsed`, which turns @hono/node-server's
 * lightweight response into a web `Response` (undici) with a ReadableStream body, then copies it; the
 * server must then pump that stream. On a JSON read that was about a tenth of the request's CPU time
 * (issue 8 load). The lightweight response's own `headers` are a plain `Headers` it writes out as they are.
 * A response whose headers are immutable (one from `fetch`) falls back to `c.header()`.
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}
