import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { PdfLimits } from "../app/reading/pdf-text-thread.ts";
import type { AppContext } from "../bootstrap.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";
import { mountAccess } from "./access/access.routes.ts";
import { mountActors } from "./actors/actors.routes.ts";
import { mountAlerts } from "./alerts/alerts.routes.ts";
import { mountAlertOutputs } from "./alerts/outputs.routes.ts";
import { mountAssessment } from "./assessment/assessment.routes.ts";
import { authenticate } from "./auth/authenticate.ts";
import { authorize } from "./auth/authorize.ts";
import { recordGuard } from "./auth/record-guard.ts";
import { mountSession } from "./auth/session.routes.ts";
import { mountBackup } from "./backup/backup.routes.ts";
import type { AuthMode } from "./caller.ts";
import { mountClaims } from "./claims/claims.routes.ts";
import { mountCustody } from "./custody/custody.routes.ts";
import { mountDocuments } from "./documents/documents.routes.ts";
import { mountDocumentReading } from "./documents/reading.routes.ts";
import { PayloadTooLargeError, ReadOnlyError, RouteNotFoundError } from "./errors.ts";
import { mountEvents } from "./events/events.routes.ts";
import { mountForecasts } from "./forecasts/forecasts.routes.ts";
import { mountGroups } from "./groups/groups.routes.ts";
import { mountHealth } from "./health/health.routes.ts";
import { mountImports } from "./imports/imports.routes.ts";
import { refuseNul } from "./nul-guard.ts";
import { openApiDocument } from "./openapi.ts";
import { mountOverview } from "./overview/overview.routes.ts";
import { problemResponse, toProblem } from "./problem.ts";
import { mountScreenings } from "./screenings/screenings.routes.ts";
import { API_PREFIX, type HttpDeps, type HttpEnv } from "./shared/context.ts";
import { setResponseHeader } from "./shared/response-headers.ts";
import { mountSituations } from "./situations/situations.routes.ts";
import { mountSources } from "./sources/sources.routes.ts";
import { mountSuggestions } from "./suggestions/suggestions.routes.ts";
import { readTimeout, type ServerLimits } from "./timeouts.ts";
import { validationHook } from "./validation.ts";
import { mountWebApp } from "./web-app.ts";

export interface HttpOptions {
  /** The most any request may see (a request may lower it with X-Tocsin-Clearance). */
  clearance: Sensitivity;
  /** Read-only, and everything at `public` clearance. */
  publicMode: boolean;
  /** When a login is required (default auto: once an account exists); see caller.ts. */
  auth?: AuthMode;
  /** Mark the session cookie Secure over plain http too (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  /** Time limits (default SERVER_LIMITS in timeouts.ts). */
  limits?: ServerLimits;
  /** Time and heap limits of reading an uploaded PDF's text (default PDF_LIMITS in pdf-text-thread.ts). */
  pdfLimits?: Partial<PdfLimits>;
  /** Where unexpected errors are logged (default: stderr). */
  log?: (line: string) => void;
  /** The built web app (default: dist/web); without one, `/` says how to build it. */
  webDir?: string;
}

export const JSON_BODY_LIMIT = 1024 * 1024;
export const DOCUMENT_BODY_LIMIT = 50 * 1024 * 1024;
/** Dataset uploads (a UCDP GED release is a few hundred MB), streamed to disk, never held in memory. */
export const IMPORT_BODY_LIMIT = 2 * 1024 * 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Bodies streamed to disk (datasets, batches of posts to screen): the large limit. */
const STREAMED_UPLOADS = new Set([`${API_PREFIX}/imports`, `${API_PREFIX}/screenings`]);

/** The whole HTTP application, without a socket: `app.request()` drives it in tests. */
export function createHttpApp(app: AppContext, options: HttpOptions) {
  const deps: HttpDeps = {
    app,
    policy: {
      clearance: options.clearance,
      publicMode: options.publicMode,
      auth: options.auth ?? "auto",
      secureCookies: options.secureCookies ?? false,
    },
    pdfLimits: options.pdfLimits,
  };
  const log = options.log ?? ((line: string) => console.error(line));
  const api = new OpenAPIHono<HttpEnv>({ defaultHook: validationHook });

  api.use("*", securityHeaders);
  if (options.publicMode) api.use("/api/*", refuseWrites);
  api.use("/api/*", bodyLimits());
  api.use("/api/*", refuseNul);
  api.use("/api/*", readTimeout(options.limits));
  // Who is calling, then the one policy with the route's declared action (src/http/auth).
  api.use(`${API_PREFIX}/*`, authenticate(deps));
  api.use(`${API_PREFIX}/*`, authorize);
  // A route under a restricted situation or alert: 404 without a grant (the policy's per-record rule).
  api.use(`${API_PREFIX}/*`, recordGuard(deps));

  for (const mount of [
    mountHealth,
    mountSession,
    mountSources,
    mountDocuments,
    mountDocumentReading,
    mountSuggestions,
    mountActors,
    mountGroups,
    mountSituations,
    mountEvents,
    mountClaims,
    mountCustody,
    mountBackup,
    mountAssessment,
    mountImports,
    mountScreenings,
    mountOverview,
    mountForecasts,
    mountAlerts,
    mountAlertOutputs,
    mountAccess,
  ]) {
    mount(api, deps);
  }

  let doc: ReturnType<typeof openApiDocument> | undefined;
  api.get("/api/openapi.json", (c) => {
    doc = doc ?? openApiDocument(api);
    return c.json(doc);
  });
  const web = mountWebApp(api, options.webDir);

  api.notFound(
    (c) =>
      web.pageFor(c) ??
      problemResponse(c, toProblem(new RouteNotFoundError(c.req.method, c.req.path), c.req.path)),
  );
  api.onError((error, c) => {
    const problem = toProblem(error, c.req.path);
    if (problem.status >= 500) {
      log(
        `tocsin http: ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    const headers: Record<string, string> = problem.code === "read-only" ? { Allow: "GET, HEAD" } : {};
    if (problem.code === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="tocsin"';
    if (problem.code === "too-many-requests") headers["Retry-After"] = String(retryAfter(error));
    return problemResponse(c, problem, headers);
  });
  return api;
}

function retryAfter(error: unknown): number {
  const seconds = (error as { details?: { retryAfterSeconds?: unknown } }).details?.retryAfterSeconds;
  return typeof seconds === "number" ? seconds : 60;
}

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  setResponseHeader(c, "X-Content-Type-Options", "nosniff");
  setResponseHeader(c, "Referrer-Policy", "no-referrer");
  if (!c.res.headers.has("Content-Security-Policy")) {
    setResponseHeader(
      c,
      "Content-Security-Policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  }
};

const refuseWrites: MiddlewareHandler = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) throw new ReadOnlyError();
  await next();
};

/** 1 MiB for JSON bodies; 50 MiB for document uploads. */
function bodyLimits(): MiddlewareHandler {
  const tooLarge = (max: number) => (c: Context) =>
    problemResponse(c, toProblem(new PayloadTooLargeError(max), c.req.path));
  const small = bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: tooLarge(JSON_BODY_LIMIT) });
  const large = bodyLimit({ maxSize: DOCUMENT_BODY_LIMIT, onError: tooLarge(DOCUMENT_BODY_LIMIT) });
  const dataset = bodyLimit({ maxSize: IMPORT_BODY_LIMIT, onError: tooLarge(IMPORT_BODY_LIMIT) });
  return (c, next) => {
    // A read carries no body any handler looks at; hono's bodyLimit would build a whole web Request
    // (undici) for every GET just to look: a few per cent of a read's CPU time, and garbage.
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (c.req.method === "POST" && STREAMED_UPLOADS.has(c.req.path)) return dataset(c, next);
    const upload = c.req.method === "POST" && c.req.path === `${API_PREFIX}/documents`;
    return upload ? large(c, next) : small(c, next);
  };
}
