import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "kysely";
import { serverClearance } from "../caller.ts";
import { UnavailableError } from "../errors.ts";
import { PACKAGE } from "../package-info.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";

const Health = z
  .object({
    status: z.literal("ok"),
    name: z.literal("tocsin"),
    version: z.string(),
    engine: z.enum(["pglite", "postgres"]),
    schemaVersion: z.number().int().openapi({ description: "The last migration applied" }),
    clearance: z.string().openapi({ description: "The most any request to this server may see" }),
    publicMode: z.boolean(),
  })
  .openapi("Health");

export function mountHealth(api: Api, deps: HttpDeps): void {
  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/health`,
      tags: ["Server"],
      summary: "Whether the server and its database answer",
      responses: {
        200: { description: "Up", content: { "application/json": { schema: Health } } },
        ...problems(503),
      },
    }),
    async (c) => {
      try {
        await sql`SELECT 1`.execute(deps.app.database.db);
      } catch {
        throw new UnavailableError("the database does not answer");
      }
      return c.json(
        {
          status: "ok" as const,
          name: "tocsin" as const,
          version: PACKAGE.version,
          engine: deps.app.database.engine,
          schemaVersion: deps.app.migrations.current,
          clearance: serverClearance(deps.policy),
          publicMode: deps.policy.publicMode,
        },
        200,
      );
    },
  );
}
