import { createRoute, z } from "@hono/zod-openapi";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { requireClearance } from "../custody/custody.routes.ts";
import type { Api, HttpDeps } from "../shared/context.ts";
import { API_PREFIX } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { IdParams, pageSchema } from "../shared/schemas.ts";
import { ReadReply, SuggestionListQuery, SuggestionRecord } from "../suggestions/schema.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });
const base = `${API_PREFIX}/documents`;

const ReadQuery = z.strictObject({
  screen: z.enum(["true", "false"]).default("true").openapi({
    description: "Also screen the text for dehumanisation, fear speech and denial (default true)",
  }),
});

/** Reading a stored document into suggestions, and the suggestions of one document. */
export function mountDocumentReading(api: Api, deps: HttpDeps): void {
  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/{id}/read`,
      tags: ["Documents"],
      summary: "Read a document's text into suggestions (events, the source's claims, screening findings)",
      description:
        "Idempotent: passages already suggested are not suggested again. Reading the text is a custody entry.",
      request: { params: IdParams, query: ReadQuery },
      responses: { 200: { description: "What was filed", content: json(ReadReply) }, ...problems(403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      requireClearance(caller, "internal", "reading a document into suggestions");
      const screen = c.req.valid("query").screen === "true";
      const filed = await deps.app.reading.fileDocument(id, caller, { read: true, screen });
      return c.json(
        {
          added: filed.readingCounts.added + filed.screening.added,
          existing: filed.readingCounts.existing + filed.screening.existing,
          screening: screen ? filed.screening : null,
          reading: filed.reading as Record<string, unknown> | null,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}/suggestions`,
      tags: ["Documents"],
      summary: "The suggestions of one document, in text order",
      request: { params: IdParams, query: SuggestionListQuery },
      responses: {
        200: { description: "A page of suggestions", content: json(pageSchema(SuggestionRecord)) },
        ...problems(400, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      requireClearance(caller, "internal", "the review queue");
      await deps.app.evidence.get("document", id, caller);
      const q = c.req.valid("query");
      const page = await deps.app.suggestions.list({
        clearance: caller.clearance,
        access: recordAccessOf(caller),
        limit: q.limit,
        cursor: q.cursor ?? null,
        status: q.status,
        kind: q.kind,
        documentId: id,
      });
      return c.json(page, 200);
    },
  );
}
