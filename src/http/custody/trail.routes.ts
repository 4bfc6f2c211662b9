import { createRoute, z } from "@hono/zod-openapi";
import type { EntityKind } from "../../ports/evidence-store.ts";
import type { Api, HttpDeps } from "../shared/context.ts";
import { collectionPath } from "../shared/crud.ts";
import { problems } from "../shared/problem.schema.ts";
import { IdParams } from "../shared/schemas.ts";
import { requireClearance } from "./custody.routes.ts";
import { CustodyEntrySchema } from "./schema.ts";

/**
 * GET /{plural}/{id}/custody: the custody trail of one record (its creation, every change with its reason,
 * every read that is logged), as documents have it. Like theirs it needs `internal` clearance, and the record
 * must be visible to the caller.
 */
export function addCustodyTrail(
  api: Api,
  deps: HttpDeps,
  spec: { kind: EntityKind; plural: string; tag: string },
) {
  api.openapi(
    createRoute({
      method: "get",
      path: `${collectionPath(spec)}/{id}/custody`,
      tags: [spec.tag],
      summary: `The custody trail of one ${spec.kind}: its creation and every change, in order`,
      description: "Needs at least `internal` clearance.",
      request: { params: IdParams },
      responses: {
        200: {
          description: "The entries",
          content: { "application/json": { schema: z.object({ items: z.array(CustodyEntrySchema) }) } },
        },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      const caller = c.get("caller");
      requireClearance(caller, "internal", "the custody trail");
      const { id } = c.req.valid("param");
      await deps.app.evidence.get(spec.kind, id, caller);
      return c.json({ items: await deps.app.evidence.store.custodyFor(spec.kind, id) }, 200);
    },
  );
}
