import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  CONTENT_TYPES,
  OUTPUT_FORMATS,
  type OutputFormat,
  type RenderedOutput,
  renderAlert,
  renderFeed,
} from "../../app/alerts/render/outputs.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { RenderQuery, VersionParam } from "./schema.ts";

/** The stable public URLs render as the public sees them, whatever the server's clearance. */
const PUBLIC: Caller = { actor: "public", clearance: "public" };
const FILE = /^([0-9a-f-]{36})\.(html|md|json|pdf)$/i;
const VERSION_FILE = /^(\d{1,6})\.(html|md|json|pdf)$/i;

/**
 * Outputs of published alerts at stable URLs, outside /api/v1 because they are documents, not API
 * resources: `/alerts/{id}.{html|md|json|pdf}` (the latest published version), `/alerts/{id}/v/{n}.{ext}`
 * (one published version, for ever), and `/feed.atom`. Everything is rendered at public clearance; only
 * published versions are served. Drafts are previewed through
 * `/api/v1/alerts/{id}/versions/{n}/render?format=` (not in public mode).
 */
export function mountAlertOutputs(api: Api, deps: HttpDeps): void {
  const origin = (c: Context) => new URL(c.req.url).origin;
  const send = (c: Context, out: RenderedOutput, attachment = false) => {
    const headers: Record<string, string> = {
      "Content-Type": out.contentType,
      "Cache-Control": "public, max-age=300",
    };
    if (attachment || out.contentType === CONTENT_TYPES.pdf)
      headers["Content-Disposition"] = `inline; filename="${out.fileName}"`;
    if (out.warnings.length)
      headers["X-Tocsin-Warning"] = out.warnings.join(" | ").replace(/[^\x20-\x7e]/g, "?");
    return c.body(typeof out.body === "string" ? out.body : new Uint8Array(out.body), 200, headers);
  };

  // A path that names no output file (/alerts/<id>) falls through: the web app has a page there.
  api.get("/alerts/:file", async (c, next) => {
    const m = FILE.exec(c.req.param("file"));
    if (!m) return next();
    const out = await renderAlert(
      deps.app.alerts,
      (m[1] as string).toLowerCase(),
      "published",
      (m[2] as string).toLowerCase() as OutputFormat,
      PUBLIC,
      { baseUrl: origin(c), publishedOnly: true },
    );
    return send(c, out);
  });

  api.get("/alerts/:id/v/:file", async (c, next) => {
    const m = VERSION_FILE.exec(c.req.param("file"));
    if (!m) return next();
    const out = await renderAlert(
      deps.app.alerts,
      c.req.param("id"),
      Number(m[1]),
      (m[2] as string).toLowerCase() as OutputFormat,
      PUBLIC,
      { baseUrl: origin(c), publishedOnly: true },
    );
    return send(c, out);
  });

  api.get("/feed.atom", async (c) => {
    const xml = await renderFeed(deps.app.alerts, origin(c));
    return c.body(xml, 200, { "Content-Type": CONTENT_TYPES.atom, "Cache-Control": "public, max-age=300" });
  });

  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/alerts/{id}/versions/{n}/render`,
      tags: ["Alerts"],
      summary:
        "Preview any version (drafts included, marked as such) in one output format, rendered at public clearance",
      request: { params: VersionParam, query: RenderQuery },
      responses: {
        200: {
          description: `The rendered document (${OUTPUT_FORMATS.join(", ")})`,
          content: Object.fromEntries(
            OUTPUT_FORMATS.map((f) => [
              CONTENT_TYPES[f].split(";")[0] as string,
              { schema: { type: "string" } },
            ]),
          ),
        },
        ...problems(400, 404),
      },
    }),
    async (c) => {
      const { id, n } = c.req.valid("param");
      const out = await renderAlert(deps.app.alerts, id, n, c.req.valid("query").format, c.get("caller"), {
        baseUrl: origin(c),
        publishedOnly: false,
      });
      return send(c, out) as never;
    },
  );
}
