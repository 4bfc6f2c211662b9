import type { OpenAPIHono } from "@hono/zod-openapi";
import type { SessionInfo } from "../../app/auth/authentication.service.ts";
import type { PdfLimits } from "../../app/reading/pdf-text-thread.ts";
import type { AppContext } from "../../bootstrap.ts";
import type { Principal } from "../../domain/auth/principal.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { CallerPolicy } from "../caller.ts";

/**
 * What every handler finds on the request context: who is calling (auth/authenticate.ts), their session if
 * any, and the caller the policy yielded for this route (auth/authorize.ts).
 */
export interface HttpEnv {
  Variables: { caller: Caller; principal: Principal; session: SessionInfo | null };
}

export type Api = OpenAPIHono<HttpEnv>;

/** What the resource modules need: the application and the policy the server was started with. */
export interface HttpDeps {
  app: AppContext;
  policy: CallerPolicy;
  /** Limits of reading an uploaded PDF's text (HttpOptions.pdfLimits). */
  pdfLimits?: Partial<PdfLimits>;
}

export const API_PREFIX = "/api/v1";
