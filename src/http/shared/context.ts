import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppContext } from "../../bootstrap.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { CallerPolicy } from "../caller.ts";

/** What every handler finds on the request context: the caller, decided once by caller.ts. */
export interface HttpEnv {
  Variables: { caller: Caller };
}

export type Api = OpenAPIHono<HttpEnv>;

/** What the resource modules need: the application and the policy the server was started with. */
export interface HttpDeps {
  app: AppContext;
  policy: CallerPolicy;
}

export const API_PREFIX = "/api/v1";
