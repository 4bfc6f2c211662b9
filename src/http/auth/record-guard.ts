import type { MiddlewareHandler } from "hono";
import { RecordWriteForbiddenError } from "../../domain/access/record-access.ts";
import { NotFoundError } from "../../domain/errors.ts";
import type { HttpDeps, HttpEnv } from "../shared/context.ts";
import { guardedRecord } from "./route-actions.ts";

/**
 * After `authorize`: a route under a situation or an alert (its action's `record`, route-actions.ts) answers
 * 404 unless that record exists and the caller may read it by the policy's per-record rule, its parents included (an
 * alert of a restricted situation: GUARDED_BY). A caller without a grant thus learns nothing of a
 * restricted situation's assessment, history, overrides or alerts, as if the situation did not exist. The
 * decision is the policy's rule in SQL (readableCondition), read with the record in one statement
 * (test/access/record-guard.storage.test.ts proves it equal to `mayOn` and counts the statements).
 */
export function recordGuard(deps: HttpDeps): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const record = guardedRecord(c.req.method, c.req.path);
    // A record that does not exist is 404 here too, before any body is checked: else a 400 for a missing
    // one beside a 404 for a restricted one would tell the restricted one exists.
    if (record) {
      // One statement: the record of that kind, and whether the caller may read and write it (3-11 before).
      const may = await deps.app.access.accessOn(record.kind, record.id, c.get("caller"));
      if (!may?.read) throw new NotFoundError(record.kind, record.id);
      // A change under it (a snapshot, an override, an alert's version) needs a write grant, as an edit does.
      const reads = c.req.method === "GET" || c.req.method === "HEAD";
      if (!reads && !may.write) throw new RecordWriteForbiddenError(record.kind, record.id);
    }
    await next();
  };
}
