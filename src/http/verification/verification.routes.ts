import { createRoute, z } from "@hono/zod-openapi";
import type { VerifiableKind } from "../../domain/verification/verification.ts";
import type { Api, HttpDeps } from "../shared/context.ts";
import { collectionPath } from "../shared/crud.ts";
import { problems } from "../shared/problem.schema.ts";
import { ETagHeader, IdParams, VersionHeaders } from "../shared/schemas.ts";
import { etag, expectedVersion } from "../version.ts";
import { CommentBody, CommentSchema, LockBody, VerificationPut, VerificationSchema } from "./schema.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });

/**
 * The verification workflow of one kind of record (events, claims): GET/PUT .../{id}/verification,
 * POST/DELETE .../{id}/lock, GET/POST .../{id}/comments. A record the caller may not see is a 404 here too.
 */
export function addVerificationRoutes(
  api: Api,
  deps: HttpDeps,
  spec: { kind: VerifiableKind; plural: string; tag: string },
): void {
  const base = `${collectionPath(spec)}/{id}`;
  const tags = [spec.tag];
  const service = () => deps.app.verification;
  const reply = { description: "The workflow state", headers: ETagHeader, content: json(VerificationSchema) };

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/verification`,
      tags,
      summary: `The verification status, assignee and lock of a ${spec.kind}`,
      request: { params: IdParams },
      responses: { 200: reply, ...problems(403, 404) },
    }),
    async (c) => {
      const v = await service().get(spec.kind, c.req.valid("param").id, c.get("caller"));
      return c.json(v, 200, { ETag: etag(v.version) });
    },
  );

  api.openapi(
    createRoute({
      method: "put",
      path: `${base}/verification`,
      tags,
      summary: `Set the verification status and assignee of a ${spec.kind}`,
      description:
        'Send the version you read in If-Match (e.g. `If-Match: "0"` before the first change). A move the ' +
        "workflow does not allow is 400 naming `status` (or `reason` when one is required); verifying your " +
        "own work is 403 `two-person-rule`; while someone else holds the lock, 409 `locked` naming them.",
      request: {
        params: IdParams,
        headers: VersionHeaders,
        body: { required: true, content: json(VerificationPut) },
      },
      responses: { 200: reply, ...problems(400, 403, 404, 405, 409, 428) },
    }),
    async (c) => {
      const version = expectedVersion(c.req.valid("header")["if-match"]);
      const v = await service().set(
        spec.kind,
        c.req.valid("param").id,
        c.req.valid("json"),
        version,
        c.get("caller"),
      );
      return c.json(v, 200, { ETag: etag(v.version) });
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/lock`,
      tags,
      summary: `Take or renew the soft edit lock of a ${spec.kind}`,
      description:
        "The lock shows who is working on the record and refuses others' edits until it expires (see " +
        '`lockMinutes`). Someone else\'s lock is 409 `locked` naming them, unless `{"takeOver": true}` ' +
        "(logged in the custody log with the previous holder).",
      request: { params: IdParams, body: { required: false, content: json(LockBody) } },
      responses: { 200: reply, ...problems(400, 404, 405, 409) },
    }),
    async (c) => {
      const body = (c.req.valid("json") ?? {}) as z.infer<typeof LockBody>;
      const v = await service().lock(
        spec.kind,
        c.req.valid("param").id,
        c.get("caller"),
        body.takeOver === true,
      );
      return c.json(v, 200, { ETag: etag(v.version) });
    },
  );

  api.openapi(
    createRoute({
      method: "delete",
      path: `${base}/lock`,
      tags,
      summary: `Release your soft edit lock of a ${spec.kind}`,
      request: { params: IdParams },
      responses: { 200: reply, ...problems(404, 405, 409) },
    }),
    async (c) => {
      const v = await service().unlock(spec.kind, c.req.valid("param").id, c.get("caller"));
      return c.json(v, 200, { ETag: etag(v.version) });
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/comments`,
      tags,
      summary: `The comments on a ${spec.kind}, oldest first`,
      request: { params: IdParams },
      responses: {
        200: { description: "The comments", content: json(z.object({ items: z.array(CommentSchema) })) },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      const items = await service().comments(spec.kind, c.req.valid("param").id, c.get("caller"));
      return c.json({ items }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/comments`,
      tags,
      summary: `Comment on a ${spec.kind} (anyone who may see it; a lock does not stop comments)`,
      request: { params: IdParams, body: { required: true, content: json(CommentBody) } },
      responses: {
        201: { description: "The comment as stored", content: json(CommentSchema) },
        ...problems(400, 404, 405),
      },
    }),
    async (c) => {
      const comment = await service().comment(
        spec.kind,
        c.req.valid("param").id,
        c.req.valid("json").text,
        c.get("caller"),
      );
      return c.json(comment, 201);
    },
  );
}
