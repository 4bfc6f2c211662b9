import { createRoute } from "@hono/zod-openapi";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { addCustodyTrail } from "../custody/trail.routes.ts";
import type { Api, HttpDeps } from "../shared/context.ts";
import { addCreate, addDelete, addGet, addPatch, collectionPath, type ResourceSpec } from "../shared/crud.ts";
import { problems } from "../shared/problem.schema.ts";
import { pageSchema } from "../shared/schemas.ts";
import { verificationFilter } from "../verification/schema.ts";
import { addVerificationRoutes } from "../verification/verification.routes.ts";
import { ClaimCreate, ClaimListQuery, ClaimPatch, ClaimRecord } from "./schema.ts";

const spec = {
  kind: "claim",
  plural: "claims",
  tag: "Claims",
  record: ClaimRecord,
  create: ClaimCreate,
  patch: ClaimPatch,
} satisfies ResourceSpec<"claim"> & { create: unknown };

export function mountClaims(api: Api, deps: HttpDeps): void {
  api.openapi(
    createRoute({
      method: "get",
      path: collectionPath(spec),
      tags: [spec.tag],
      summary: "List claims, optionally about one event or situation, or by one source",
      request: { query: ClaimListQuery },
      responses: {
        200: {
          description: "A page of claims",
          content: { "application/json": { schema: pageSchema(ClaimRecord) } },
        },
        ...problems(400, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await deps.app.evidence.store.listClaims({
        clearance: c.get("caller").clearance,
        access: recordAccessOf(c.get("caller")),
        limit: q.limit,
        cursor: q.cursor ?? null,
        eventId: q.event,
        situationId: q.situation,
        sourceId: q.source,
        verification: verificationFilter(q, c.get("caller")),
      });
      return c.json(page, 200);
    },
  );
  addCreate(api, deps, spec);
  addGet(api, deps, spec);
  addPatch(api, deps, spec);
  addDelete(api, deps, spec);
  addCustodyTrail(api, deps, spec);
  addVerificationRoutes(api, deps, spec);
}
