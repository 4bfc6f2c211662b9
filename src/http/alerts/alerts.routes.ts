import { createRoute, type z } from "@hono/zod-openapi";
import { type AlertVersion, summarise } from "../../domain/alerts/document/alert-version.ts";
import { ADDRESSEES } from "../../domain/alerts/recommendations/addressees.ts";
import { LIBRARY_VERSION, RECOMMENDATION_LIBRARY } from "../../domain/alerts/recommendations/library.ts";
import type { AlertWithVersions } from "../../ports/alert-store.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { ETagHeader, ReasonQuery, VersionHeaders } from "../shared/schemas.ts";
import { etag, expectedVersion } from "../version.ts";
import {
  AlertDetailSchema,
  AlertListQuery,
  AlertPageSchema,
  AlertParam,
  AlertVersionSchema,
  CorrectionBody,
  CreateAlertBody,
  DiscardReply,
  EditBody,
  EmptyBody,
  LibraryQuery,
  LibrarySchema,
  RefreshBody,
  ReturnBody,
  VersionParam,
} from "./schema.ts";

const tags = ["Alerts"];
const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const base = `${API_PREFIX}/alerts`;
const versionPath = `${base}/{id}/versions/{n}`;

export function alertDetail(x: AlertWithVersions) {
  return { ...x.alert, versions: x.versions };
}
export function alertSummary(x: AlertWithVersions) {
  return { ...x.alert, versions: x.versions.map(summarise) };
}

/**
 * The alerts API (docs/alerts.md): list, read, draft from a situation, edit a draft (If-Match: the
 * version's `revision`), submit, return, publish, correct; the recommendation library. A caller at public
 * clearance (public mode) sees published versions only and cannot write.
 */
export function mountAlerts(api: Api, deps: HttpDeps): void {
  const alerts = () => deps.app.alerts;
  const versionReply = (v: AlertVersion) => ({ body: v, headers: { ETag: etag(v.revision) } });

  api.openapi(
    createRoute({
      method: "get",
      path: base,
      tags,
      summary: "List alerts, newest first, each with its versions (without content)",
      request: { query: AlertListQuery },
      responses: {
        200: { description: "A page of alerts", content: json(AlertPageSchema) },
        ...problems(400),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await alerts().list(
        { limit: q.limit, cursor: q.cursor ?? null, status: q.status, situationId: q.situationId },
        c.get("caller"),
      );
      return c.json({ items: page.items.map(alertSummary), nextCursor: page.nextCursor }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: base,
      tags,
      summary: "Draft an alert for a situation: version 1, composed from its public evidence and the engine",
      request: { body: { required: true, content: json(CreateAlertBody) } },
      responses: {
        201: {
          description: "The alert with its draft",
          headers: ETagHeader,
          content: json(AlertDetailSchema),
        },
        ...problems(400, 403, 404, 405),
      },
    }),
    async (c) => {
      const { situationId, ...options } = c.req.valid("json") as z.infer<typeof CreateAlertBody>;
      const x = await alerts().draft(situationId, options, c.get("caller"));
      return c.json(alertDetail(x), 201, { Location: `${base}/${x.alert.id}`, ETag: etag(1) });
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags,
      summary: "One alert with every version the caller may see (content included)",
      request: { params: AlertParam },
      responses: { 200: { description: "The alert", content: json(AlertDetailSchema) }, ...problems(404) },
    }),
    async (c) => c.json(alertDetail(await alerts().get(c.req.valid("param").id, c.get("caller"))), 200),
  );

  api.openapi(
    createRoute({
      method: "get",
      path: versionPath,
      tags,
      summary: "One version of an alert; its revision is the ETag",
      request: { params: VersionParam },
      responses: {
        200: { description: "The version", headers: ETagHeader, content: json(AlertVersionSchema) },
        ...problems(400, 404),
      },
    }),
    async (c) => {
      const { id, n } = c.req.valid("param");
      const r = versionReply((await alerts().version(id, n, c.get("caller"))).version);
      return c.json(r.body, 200, r.headers);
    },
  );

  const change = (
    method: "patch" | "post",
    suffix: string,
    summary: string,
    body: z.ZodType,
    run: (
      id: string,
      n: number,
      revision: number,
      body: never,
      c: Parameters<Parameters<Api["openapi"]>[1]>[0],
    ) => Promise<AlertVersion>,
  ) =>
    api.openapi(
      createRoute({
        method,
        path: `${versionPath}${suffix}`,
        tags,
        summary,
        description:
          'Send the revision you read in If-Match (e.g. `If-Match: "2"`): a stale one gets 409 `stale-version`, none 428.',
        request: {
          params: VersionParam,
          headers: VersionHeaders,
          body: { required: method === "patch", content: json(body) },
        },
        responses: {
          200: {
            description: "The version as stored now",
            headers: ETagHeader,
            content: json(AlertVersionSchema),
          },
          ...problems(400, 403, 404, 405, 409, 428),
        },
      }),
      async (c) => {
        const { id, n } = c.req.valid("param");
        const revision = expectedVersion(c.req.valid("header")["if-match"]);
        const v = await run(id, n, revision, (c.req.valid("json") ?? {}) as never, c as never);
        return c.json(v, 200, { ETag: etag(v.revision) });
      },
    );

  change(
    "patch",
    "",
    "Edit a draft: place, texts, episodes shown, recommendations, change note",
    EditBody,
    (id, n, rev, body, c) => alerts().edit(id, n, body, rev, c.get("caller")),
  );
  change(
    "post",
    "/refresh",
    "Compose a draft's evidence parts again from the evidence now (texts and recommendations kept)",
    RefreshBody.optional() as z.ZodType,
    (id, n, rev, body: z.infer<typeof RefreshBody>, c) =>
      alerts().refresh(id, n, rev, body ?? {}, c.get("caller")),
  );
  change(
    "post",
    "/submit",
    "Submit a draft for review (it must be complete: summary, current situation, determination, recommendations)",
    EmptyBody as z.ZodType,
    (id, n, rev, _b, c) => alerts().submit(id, n, rev, c.get("caller")),
  );
  change(
    "post",
    "/return",
    "Return a version in review to draft, with the reviewer's note",
    ReturnBody,
    (id, n, rev, body: z.infer<typeof ReturnBody>, c) =>
      alerts().return(id, n, rev, body.note, c.get("caller")),
  );
  change(
    "post",
    "/publish",
    "Publish a version in review (by the approval policy): it becomes immutable",
    EmptyBody as z.ZodType,
    (id, n, rev, _b, c) => alerts().publish(id, n, rev, c.get("caller")),
  );

  api.openapi(
    createRoute({
      method: "delete",
      path: versionPath,
      tags,
      summary: "Discard a draft version that was never published (an alert left without versions goes too)",
      description:
        'Only a draft: a version in review gets 409 `conflict` (return it first), a published one 409 for ever. Send the revision you read in If-Match (e.g. `If-Match: "2"`); the discard is an entry in the custody log, with `?reason=`.',
      request: { params: VersionParam, headers: VersionHeaders, query: ReasonQuery },
      responses: {
        200: { description: "What was discarded", content: json(DiscardReply) },
        ...problems(400, 403, 404, 405, 409, 428),
      },
    }),
    async (c) => {
      const { id, n } = c.req.valid("param");
      const revision = expectedVersion(c.req.valid("header")["if-match"]);
      const r = await alerts().discard(id, n, revision, c.req.valid("query").reason ?? null, c.get("caller"));
      return c.json(r, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/corrections`,
      tags,
      summary: "Start a correction of the latest published version: a new draft version with its change note",
      request: { params: AlertParam, body: { required: true, content: json(CorrectionBody) } },
      responses: {
        201: { description: "The new draft version", headers: ETagHeader, content: json(AlertVersionSchema) },
        ...problems(400, 403, 404, 405, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const v = await alerts().correct(
        id,
        (c.req.valid("json") as z.infer<typeof CorrectionBody>).changeNote,
        c.get("caller"),
      );
      return c.json(v, 201, { ETag: etag(v.revision), Location: `${base}/${id}/versions/${v.number}` });
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/recommendations`,
      tags,
      summary: "The recommendation library: generic prevention measures keyed by stage and UN risk factor",
      request: { query: LibraryQuery },
      responses: { 200: { description: "The library", content: json(LibrarySchema) }, ...problems(400) },
    }),
    (c) => {
      const q = c.req.valid("query");
      const nums = (s?: string) => (s ? new Set(s.split(",").map(Number)) : null);
      const stages = nums(q.stages);
      const factors = nums(q.riskFactors);
      const entries = RECOMMENDATION_LIBRARY.filter(
        (e) =>
          (!stages && !factors) ||
          (stages && e.stages.some((s) => stages.has(s))) ||
          (factors && e.riskFactors.some((f) => factors.has(f))),
      );
      return c.json({ version: LIBRARY_VERSION, addressees: ADDRESSEES, entries: entries as never }, 200);
    },
  );
}
