import type { MiddlewareHandler } from "hono";
import { NotFoundError } from "../../domain/errors.ts";
import type { HttpDeps, HttpEnv } from "../shared/context.ts";
import { guardedRecord } from "./route-actions.ts";

/**
 * After `authorize`: a route under a situation or an alert (its action's `record`, route-actions.ts) answers
 * 404 unless the caller may read that record by the policy's per-record rule, its parents included (an
 * alert of a restricted situation: GUARDED_BY). A caller without a grant thus learns nothing of a
 * restricted situation's assessment, history, overrides or alerts, as if the situation did not exist.
 */
export function recordGuard(deps: HttpDeps): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const record = guardedRecord(c.req.method, c.req.path);
    if (record && !(await deps.app.access.mayOn(record.id, c.get("caller"), "read")))
      throw new NotFoundError(record.kind, record.id);
    await next();
  };
}
