import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { AppContext } from "../bootstrap.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";
import { createHttpApp } from "./app.ts";
import type { AuthMode } from "./caller.ts";
import { applyIdleLimit, SERVER_LIMITS, type ServerLimits, serverOptions } from "./timeouts.ts";

export { createHttpApp, type HttpOptions } from "./app.ts";

/**
 * Serves the HTTP API on a socket. The CLI's `serve` verb calls this; tests mostly use createHttpApp
 * and `app.request()` instead. Resolves once the server listens; `close()` stops it (open keep-alive
 * connections included) but leaves `ctx` open: whoever opened it closes it.
 */
export async function startServer(
  ctx: AppContext,
  options: {
    port: number;
    host: string;
    clearance: Sensitivity;
    publicMode: boolean;
    limits?: ServerLimits;
    auth?: AuthMode;
    secureCookies?: boolean;
    /** The built web app to serve (default dist/web; the web benchmark compares two builds). */
    webDir?: string;
  },
): Promise<{ url: string; close(): Promise<void> }> {
  const app = createHttpApp(ctx, {
    clearance: options.clearance,
    publicMode: options.publicMode,
    limits: options.limits,
    auth: options.auth,
    secureCookies: options.secureCookies,
    webDir: options.webDir,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port,
        hostname: options.host,
        serverOptions: serverOptions(options.limits ?? SERVER_LIMITS),
      },
      () => resolve(s as Server),
    );
    s.once("error", (error: NodeJS.ErrnoException) => {
      const where = `${options.host}:${options.port}`;
      if (error.code === "EADDRINUSE")
        reject(new Error(`cannot listen on ${where}: the port is in use`, { cause: error }));
      else if (error.code === "EACCES")
        reject(new Error(`cannot listen on ${where}: permission denied`, { cause: error }));
      else reject(new Error(`cannot listen on ${where}: ${error.message}`, { cause: error }));
    });
  });
  applyIdleLimit(server, options.limits ?? SERVER_LIMITS);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${displayHost(options.host)}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A host a browser can open: the wildcard addresses mean "this machine". */
function displayHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
