import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How the server answers one path: the bytes, or a misbehaviour the download code must survive. */
export type Route =
  | { body: Buffer; ranges?: boolean }
  | { truncateAt: number; body: Buffer }
  | { status: number }
  | { redirect: string };

export interface Loopback {
  url: string;
  routes: Map<string, Route>;
  /** Every request seen: path and Range header. */
  requests: { path: string; range: string | undefined }[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (an ephemeral port) for the pull tests: no other network is used. It
 * serves bytes (honouring Range requests), breaks a connection mid-body, answers with an error status, or
 * redirects, as each route says.
 */
export async function startLoopback(): Promise<Loopback> {
  const routes = new Map<string, Route>();
  const requests: Loopback["requests"] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    requests.push({ path, range: req.headers.range });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end("not found");
      return;
    }
    if ("status" in route) {
      res.writeHead(route.status).end("error page");
      return;
    }
    if ("redirect" in route) {
      res.writeHead(302, { location: route.redirect }).end();
      return;
    }
    if ("truncateAt" in route) {
      res.writeHead(200, { "content-length": route.body.length });
      res.write(route.body.subarray(0, route.truncateAt), () => res.socket?.destroy());
      return;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    if (range && route.ranges !== false) {
      const from = Number(range[1]);
      if (from >= route.body.length) {
        res.writeHead(416).end();
        return;
      }
      res.writeHead(206, {
        "content-length": route.body.length - from,
        "content-range": `bytes ${from}-${route.body.length - 1}/${route.body.length}`,
      });
      res.end(route.body.subarray(from));
      return;
    }
    res.writeHead(200, { "content-length": route.body.length }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
