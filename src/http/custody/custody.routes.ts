import { createRoute } from "@hono/zod-openapi";
import { type Caller, canSee, type Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { ClearanceError } from "../errors.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { CustodyPage, CustodyQuery } from "./schema.ts";

/**
 * Custody entries name people (actors) and carry free-text reasons about every record, confidential ones
 * included: the whole log is for callers with `confidential` clearance, a document's own trail for
 * `internal` and above.
 */
export function requireClearance(caller: Caller, needed: Sensitivity, what: string): void {
  if (!canSee(caller.clearance, needed)) {
    throw new ClearanceError(
      `${what} needs "${needed}" clearance; this request has "${caller.clearance}"`,
      "insufficient-clearance",
    );
  }
}

export function mountCustody(api: Api, deps: HttpDeps): void {
  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/custody`,
      tags: ["Custody"],
      summary: "The custody log in order, a page at a time",
      description:
        "Append-only and hash-chained: each entry's hash covers the previous entry's hash, so a client can " +
        "re-verify the chain. Needs `confidential` clearance.",
      request: { query: CustodyQuery },
      responses: {
        200: { description: "A page of entries", content: { "application/json": { schema: CustodyPage } } },
        ...problems(400, 403),
      },
    }),
    async (c) => {
      requireClearance(c.get("caller"), "confidential", "the custody log");
      const { after, limit } = c.req.valid("query");
      const items = await deps.app.evidence.store.custodyLog(after, limit);
      const last = items.at(-1);
      return c.json({ items, nextAfter: items.length === limit && last ? last.seq : null }, 200);
    },
  );
}
