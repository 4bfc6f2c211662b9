import { createRoute } from "@hono/zod-openapi";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { ValidationError } from "../../domain/errors.ts";
import { addCustodyTrail } from "../custody/trail.routes.ts";
import type { Api, HttpDeps } from "../shared/context.ts";
import { addCreate, addDelete, addPatch, collectionPath, type ResourceSpec } from "../shared/crud.ts";
import { problems } from "../shared/problem.schema.ts";
import { ETagHeader, IdParams, pageSchema } from "../shared/schemas.ts";
import { verificationFilter } from "../verification/schema.ts";
import { addVerificationRoutes } from "../verification/verification.routes.ts";
import { etag } from "../version.ts";
import { EventCreate, EventDetail, EventListQuery, EventPatch, EventRecord } from "./schema.ts";

const spec = {
  kind: "event",
  plural: "events",
  tag: "Events",
  record: EventRecord,
  create: EventCreate,
  patch: EventPatch,
} satisfies ResourceSpec<"event"> & { create: unknown };

const json = <T>(schema: T) => ({ "application/json": { schema } });

export function mountEvents(api: Api, deps: HttpDeps): void {
  api.openapi(
    createRoute({
      method: "get",
      path: collectionPath(spec),
      tags: [spec.tag],
      summary: "List events, newest first, with filters and full-text search",
      request: { query: EventListQuery },
      responses: {
        200: { description: "A page of events", content: json(pageSchema(EventRecord)) },
        ...problems(400, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      if (q.from && q.to && q.from > q.to) {
        throw new ValidationError("to: must not be before from", [
          { path: "to", message: "must not be before from" },
        ]);
      }
      const page = await deps.app.evidence.store.listEvents({
        clearance: c.get("caller").clearance,
        access: recordAccessOf(c.get("caller")),
        limit: q.limit,
        cursor: q.cursor ?? null,
        country: q.country,
        situationId: q.situation,
        from: q.from,
        to: q.to,
        act: q.act,
        groupId: q.group,
        perpetratorId: q.perpetrator,
        contested: q.contested === undefined ? undefined : q.contested === "true",
        sensitivity: q.sensitivity,
        q: q.q,
        verification: verificationFilter(q, c.get("caller")),
      });
      return c.json(page, 200);
    },
  );
  api.openapi(
    createRoute({
      method: "get",
      path: `${collectionPath(spec)}/{id}`,
      tags: [spec.tag],
      summary: "Get an event with every claim about it the caller may see, and their spread",
      request: { params: IdParams },
      responses: {
        200: {
          description: "The event, its claims and the spread",
          headers: ETagHeader,
          content: json(EventDetail),
        },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      const detail = await deps.app.evidence.eventWithClaims(c.req.valid("param").id, c.get("caller"));
      return c.json(detail, 200, { ETag: etag(detail.event.version) });
    },
  );
  addCreate(api, deps, spec);
  addPatch(api, deps, spec);
  addDelete(api, deps, spec);
  addCustodyTrail(api, deps, spec);
  addVerificationRoutes(api, deps, spec);
}
