import { createRoute, type z } from "@hono/zod-openapi";
import type { WritableKind } from "../../app/evidence.service.ts";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import type { EntityKind } from "../../ports/evidence-store.ts";
import { etag, expectedVersion } from "../version.ts";
import { API_PREFIX, type Api, type HttpDeps } from "./context.ts";
import { problems } from "./problem.schema.ts";
import { ETagHeader, IdParams, ListQuery, pageSchema, ReasonQuery, VersionHeaders } from "./schemas.ts";

/** What the generic routes need to know about one kind of record. */
export interface ResourceSpec<K extends EntityKind> {
  kind: K;
  /** The collection's path segment under /api/v1, e.g. "sources". */
  plural: string;
  tag: string;
  /** The record as returned (an OpenAPI component). */
  record: z.ZodType;
  /** The PATCH body. */
  patch: z.ZodType;
}

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

export function collectionPath(spec: { plural: string }): string {
  return `${API_PREFIX}/${spec.plural}`;
}

/** GET /{plural}: a page of the records the caller may see, oldest first. */
export function addList<K extends EntityKind>(api: Api, deps: HttpDeps, spec: ResourceSpec<K>): void {
  const route = createRoute({
    method: "get",
    path: collectionPath(spec),
    tags: [spec.tag],
    summary: `List ${spec.plural}`,
    request: { query: ListQuery },
    responses: {
      200: { description: `A page of ${spec.plural}`, content: json(pageSchema(spec.record)) },
      ...problems(400, 403),
    },
  });
  api.openapi(route, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const page = await deps.app.evidence.store.list(spec.kind, {
      clearance: c.get("caller").clearance,
      access: recordAccessOf(c.get("caller")),
      limit,
      cursor: cursor ?? null,
    });
    return c.json(page, 200);
  });
}

/** GET /{plural}/{id}: one record, with its version as ETag. */
export function addGet<K extends EntityKind>(api: Api, deps: HttpDeps, spec: ResourceSpec<K>): void {
  const route = createRoute({
    method: "get",
    path: `${collectionPath(spec)}/{id}`,
    tags: [spec.tag],
    summary: `Get one ${spec.kind}`,
    request: { params: IdParams },
    responses: {
      200: { description: `The ${spec.kind}`, headers: ETagHeader, content: json(spec.record) },
      ...problems(403, 404),
    },
  });
  api.openapi(route, async (c) => {
    const record = await deps.app.evidence.get(spec.kind, c.req.valid("param").id, c.get("caller"));
    return c.json(record, 200, { ETag: etag(record.version) });
  });
}

/** POST /{plural}: creates a record; 201 with its Location. */
export function addCreate<K extends WritableKind>(
  api: Api,
  deps: HttpDeps,
  spec: ResourceSpec<K> & { create: z.ZodType },
): void {
  const route = createRoute({
    method: "post",
    path: collectionPath(spec),
    tags: [spec.tag],
    summary: `Create a ${spec.kind}`,
    request: { query: ReasonQuery, body: { required: true, content: json(spec.create) } },
    responses: {
      201: {
        description: `The ${spec.kind} as stored`,
        headers: { ...ETagHeader, Location: { description: "Its URL", schema: { type: "string" } } },
        content: json(spec.record),
      },
      ...problems(400, 403, 405, 413, 415),
    },
  });
  api.openapi(route, async (c) => {
    const record = await deps.app.evidence.create(
      spec.kind,
      c.req.valid("json"),
      c.get("caller"),
      c.req.valid("query").reason ?? null,
    );
    return c.json(record, 201, {
      Location: `${collectionPath(spec)}/${record.id}`,
      ETag: etag(record.version),
    });
  });
}

/** PATCH /{plural}/{id}: changes the fields sent, if the record is still at the version in If-Match. */
export function addPatch<K extends EntityKind>(api: Api, deps: HttpDeps, spec: ResourceSpec<K>): void {
  const route = createRoute({
    method: "patch",
    path: `${collectionPath(spec)}/{id}`,
    tags: [spec.tag],
    summary: `Change some fields of a ${spec.kind}`,
    description:
      'Send only the fields to change, and the version you read in `If-Match` (e.g. `If-Match: "3"`). ' +
      "Each field sent replaces the stored value whole (objects such as `place` and arrays included); the " +
      "merged record is validated as on create. If the record changed since you read it, nothing is " +
      "written and the answer is 409 `stale-version`; without If-Match, 428 `version-required`.",
    request: {
      params: IdParams,
      query: ReasonQuery,
      headers: VersionHeaders,
      body: { required: true, content: json(spec.patch) },
    },
    responses: {
      200: { description: `The ${spec.kind} as stored now`, headers: ETagHeader, content: json(spec.record) },
      ...problems(400, 403, 404, 405, 409, 413, 415, 428),
    },
  });
  api.openapi(route, async (c) => {
    const version = expectedVersion(c.req.valid("header")["if-match"]);
    const record = await deps.app.evidence.update(
      spec.kind,
      c.req.valid("param").id,
      c.req.valid("json"),
      version,
      c.get("caller"),
      c.req.valid("query").reason ?? null,
    );
    return c.json(record, 200, { ETag: etag(record.version) });
  });
}

/** DELETE /{plural}/{id}: removes a record no other record refers to. */
export function addDelete<K extends EntityKind>(api: Api, deps: HttpDeps, spec: ResourceSpec<K>): void {
  const route = createRoute({
    method: "delete",
    path: `${collectionPath(spec)}/{id}`,
    tags: [spec.tag],
    summary: `Delete a ${spec.kind}`,
    description: "A record that others still refer to is not deleted: 409 `conflict`.",
    request: { params: IdParams, query: ReasonQuery },
    responses: { 204: { description: "Deleted" }, ...problems(400, 403, 404, 405, 409) },
  });
  api.openapi(route, async (c) => {
    await deps.app.evidence.remove(
      spec.kind,
      c.req.valid("param").id,
      c.get("caller"),
      c.req.valid("query").reason ?? null,
    );
    return c.body(null, 204);
  });
}

/** All five routes, for the kinds that need nothing special. */
export function addCrud<K extends WritableKind>(
  api: Api,
  deps: HttpDeps,
  spec: ResourceSpec<K> & { create: z.ZodType },
): void {
  addList(api, deps, spec);
  addCreate(api, deps, spec);
  addGet(api, deps, spec);
  addPatch(api, deps, spec);
  addDelete(api, deps, spec);
}
