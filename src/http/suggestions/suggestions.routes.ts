import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { requireClearance } from "../custody/custody.routes.ts";
import type { Api, HttpDeps, HttpEnv } from "../shared/context.ts";
import { API_PREFIX } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { IdParams, pageSchema } from "../shared/schemas.ts";
import {
  AcceptReply,
  AcceptRequest,
  RejectRequest,
  SuggestionListQuery,
  SuggestionRecord,
} from "./schema.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });
const tag = "Suggestions";
const base = `${API_PREFIX}/suggestions`;

/** The triage queue: suggestions from reading and screening, and the decisions on them. */
export function mountSuggestions(api: Api, deps: HttpDeps): void {
  // Suggestions are unconfirmed machine readings, an internal work product: never served to the public.
  api.use(base, internalOnly);
  api.use(`${base}/*`, internalOnly);
  api.openapi(
    createRoute({
      method: "get",
      path: base,
      tags: [tag],
      summary: "The triage queue: suggestions, highest screening score / confidence first",
      request: { query: SuggestionListQuery },
      responses: {
        200: { description: "A page of suggestions", content: json(pageSchema(SuggestionRecord)) },
        ...problems(400),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await deps.app.suggestions.list({
        clearance: c.get("caller").clearance,
        access: recordAccessOf(c.get("caller")),
        limit: q.limit,
        cursor: q.cursor ?? null,
        status: q.status,
        kind: q.kind,
      });
      return c.json(page, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}`,
      tags: [tag],
      summary: "One suggestion",
      request: { params: IdParams },
      responses: {
        200: { description: "The suggestion", content: json(SuggestionRecord) },
        ...problems(404),
      },
    }),
    async (c) => c.json(await deps.app.suggestions.get(c.req.valid("param").id, c.get("caller")), 200),
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/accept`,
      tags: [tag],
      summary: "Accept a suggestion: it becomes an event and the document source's claim (or a claim alone)",
      description:
        "Written through the evidence use cases (validation, custody entries, sensitivity) in one transaction " +
        "with the decision: on any error nothing is written and the suggestion stays pending. 409 when it " +
        "was decided already.",
      request: { params: IdParams, body: { required: false, content: json(AcceptRequest) } },
      responses: {
        200: { description: "The decided suggestion and the records created", content: json(AcceptReply) },
        ...problems(400, 404, 409),
      },
    }),
    async (c) => {
      const body = c.req.header("content-type")?.includes("json") ? c.req.valid("json") : {};
      return c.json(await deps.app.suggestions.accept(c.req.valid("param").id, body, c.get("caller")), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/reject`,
      tags: [tag],
      summary: "Reject a suggestion, with a reason (kept, with who and when)",
      request: { params: IdParams, body: { required: true, content: json(RejectRequest) } },
      responses: {
        200: { description: "The rejected suggestion", content: json(SuggestionRecord) },
        ...problems(400, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        await deps.app.suggestions.reject(c.req.valid("param").id, c.req.valid("json"), c.get("caller")),
        200,
      ),
  );
}

const internalOnly: MiddlewareHandler<HttpEnv> = async (c, next) => {
  requireClearance(c.get("caller"), "internal", "the review queue");
  await next();
};
