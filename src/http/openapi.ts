import type { OpenAPIHono } from "@hono/zod-openapi";
import { ACTOR_HEADER, CLEARANCE_HEADER } from "./caller.ts";
import { PACKAGE } from "./package-info.ts";
import type { HttpEnv } from "./shared/context.ts";

const DESCRIPTION = `The REST API of tocsin, an open, offline-first early-warning system for genocide and mass atrocities.

- Lists are paged: \`?limit=&cursor=\`, answered with \`{items, nextCursor}\`; pass \`nextCursor\` back as \`cursor\`.
- Every record has a \`version\`, returned as its \`ETag\`. A PATCH sends the version it read in \`If-Match\`
  (e.g. \`If-Match: "3"\`); if the record changed since, nothing is written and the answer is 409 \`stale-version\`.
- Errors are RFC 9457 \`application/problem+json\` documents with a stable \`code\`; \`invalid-input\` lists every bad
  field in \`errors\`.
- Every write and every read of a document's content is an entry in the hash-chained custody log, with the
  optional \`reason\` query parameter.
- Who is calling: a session (\`POST /api/v1/session\` sets an HttpOnly, SameSite=Strict cookie; send the session's
  \`csrfToken\` as \`X-CSRF-Token\` on every POST, PUT, PATCH and DELETE) or an API token (\`Authorization: Bearer ...\`,
  scoped read, write or import). Roles viewer < analyst < reviewer < admin and each account's clearance decide what a
  request may do and see (401 \`unauthenticated\`, 403 \`forbidden\`, \`insufficient-scope\`, \`insufficient-clearance\`).
  While no account exists (open local mode, or \`tocsin serve --auth open\`) no login is needed, as before: a request
  may lower its clearance with \`${CLEARANCE_HEADER}\` (never above the server's) and \`${ACTOR_HEADER}\` names who acts
  (default \`api\`). Records above the clearance are absent; confidential fields are null.
- Demo content is a fictional training scenario.`;

/** The OpenAPI 3.1 document, generated from the routes' zod schemas, plus the two caller headers. */
export function openApiDocument(api: OpenAPIHono<HttpEnv>) {
  api.openAPIRegistry.registerComponent("parameters", "Clearance", {
    name: CLEARANCE_HEADER,
    in: "header",
    required: false,
    description: "Lower this request's clearance below the server's: public, internal or confidential",
    schema: { type: "string", enum: ["public", "internal", "confidential"] },
  });
  api.openAPIRegistry.registerComponent("parameters", "Actor", {
    name: ACTOR_HEADER,
    in: "header",
    required: false,
    description: "Who acts, as recorded in the custody log (default `api`); at most 200 characters",
    schema: { type: "string", maxLength: 200 },
  });
  const doc = api.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "tocsin API",
      version: "1",
      description: DESCRIPTION,
      license: { name: PACKAGE.license },
    },
  });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith("/api/v1/")) continue;
    for (const op of Object.values(item as Record<string, { parameters?: unknown[] }>)) {
      if (typeof op !== "object" || op === null || !("responses" in op)) continue;
      op.parameters = [
        ...(op.parameters ?? []),
        { $ref: "#/components/parameters/Clearance" },
        { $ref: "#/components/parameters/Actor" },
      ];
    }
  }
  return doc;
}
