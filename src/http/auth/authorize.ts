import type { MiddlewareHandler } from "hono";
import { decide } from "../../domain/auth/policy.ts";
import { ClearanceError } from "../errors.ts";
import type { HttpEnv } from "../shared/context.ts";
import { AuthError } from "./auth-errors.ts";
import { actionFor } from "./route-actions.ts";

/**
 * Every /api/v1 request goes through the policy with its route's declared action; the handler and the use
 * cases then get the Caller the policy yields. A route missing from route-actions.ts is treated as reading
 * (GET) or writing (anything else) evidence, and the authorization matrix test fails until it is declared.
 */
export const authorize: MiddlewareHandler<HttpEnv> = async (c, next) => {
  const principal = c.get("principal");
  const decision = decide(principal, actionFor(c.req.method, c.req.path));
  if (!decision.allow) {
    if (decision.code === "insufficient-clearance")
      throw new ClearanceError(decision.reason, "insufficient-clearance");
    throw new AuthError(decision.code, decision.reason);
  }
  c.set("caller", decision.caller);
  await next();
};
