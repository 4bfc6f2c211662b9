import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context } from "hono";
import { HOME_PAGE } from "./home.ts";
import type { Api } from "./shared/context.ts";
import { setResponseHeader } from "./shared/response-headers.ts";

/** Where `scripts/build-web.mjs` (run by `npm start` and `npm test`) puts the built web app. */
export const WEB_DIST = fileURLToPath(new URL("../../dist/web", import.meta.url));

export interface WebApp {
  /** The app's page for a browser asking for `path`, or null when `path` is not one of the app's pages. */
  pageFor(c: Context): Response | null;
}

/**
 * Serves the single-page app: its hashed assets (cached for good) and, for any other GET that asks for HTML
 * and matched no route, its index.html, so every page of the app has a deep link. Without a build, `/` says
 * how to make one and the API works as before.
 */
export function mountWebApp(api: Api, dir: string = WEB_DIST): WebApp {
  const indexFile = join(dir, "index.html");
  if (!existsSync(indexFile)) {
    api.get("/", (c) => c.html(HOME_PAGE));
    return { pageFor: () => null };
  }
  const index = readFileSync(indexFile, "utf8");
  // Asset names carry a hash of their content, so a browser may keep them for good.
  api.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status === 200) setResponseHeader(c, "Cache-Control", "public, max-age=31536000, immutable");
  });
  api.use("/assets/*", serveStatic({ root: dir }));
  return {
    pageFor(c) {
      const { method, path } = c.req;
      if (method !== "GET" && method !== "HEAD") return null;
      if (path.startsWith("/api/") || path.startsWith("/assets/")) return null;
      const accept = c.req.header("accept") ?? "";
      if (!accept.includes("text/html") && path !== "/") return null;
      return c.html(index, 200, { "Cache-Control": "no-cache" });
    },
  };
}
