import type { Context, MiddlewareHandler } from "hono";
import type { Principal } from "../../domain/auth/principal.ts";
import { sameSecret } from "../../domain/auth/secrets.ts";
import { rank, SENSITIVITIES, type Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { CLEARANCE_HEADER, callerFor, clearanceFrom, serverClearance } from "../caller.ts";
import { API_PREFIX, type HttpDeps, type HttpEnv } from "../shared/context.ts";
import { AuthError } from "./auth-errors.ts";
import { CSRF_HEADER, sessionCookie } from "./cookies.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Login is exempt from the session's CSRF token (it replaces the session); the Origin check still applies. */
const LOGIN_PATH = `${API_PREFIX}/session`;

/**
 * Who is calling, from the request's credentials: public mode makes everyone `public`; else an API token
 * (Authorization: Bearer), else a session cookie (with X-CSRF-Token on every state-changing request), else
 * open local mode while it lasts, else `anonymous`. Sets `principal` (and `session`); the policy
 * (authorize.ts) decides what it may do.
 */
export function authenticate(deps: HttpDeps): MiddlewareHandler<HttpEnv> {
  const { authentication } = deps.app.auth;
  return async (c, next) => {
    refuseCrossOrigin(c);
    c.set("session", null);
    c.set("principal", await principalOf(c));
    await next();
  };

  async function principalOf(c: Context<HttpEnv>): Promise<Principal> {
    const header = (name: string) => c.req.header(name);
    const max = serverClearance(deps.policy);
    if (deps.policy.publicMode) {
      const local = callerFor(header, deps.policy);
      return {
        kind: "public",
        actor: local.actor,
        userId: null,
        role: "viewer",
        clearance: "public",
        scopes: null,
      };
    }
    const authorization = c.req.header("Authorization");
    if (authorization !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      const principal = m ? await authentication.token(m[1] as string) : null;
      if (!principal) throw new AuthError("unauthenticated", "the API token is unknown, revoked or expired");
      return capped(principal, max, header(CLEARANCE_HEADER));
    }
    const sessionId = sessionCookie(c);
    const session = sessionId ? await authentication.session(sessionId) : null;
    if (session) {
      const exempt = c.req.method === "POST" && c.req.path === LOGIN_PATH;
      if (!SAFE_METHODS.has(c.req.method) && !exempt) {
        const sent = c.req.header(CSRF_HEADER);
        if (!sent || !sameSecret(sent, session.csrfToken)) {
          throw new AuthError(
            "csrf-failed",
            `a request that changes something needs the session's ${CSRF_HEADER} header`,
          );
        }
      }
      c.set("session", session);
      return capped(session.principal, max, header(CLEARANCE_HEADER));
    }
    if (
      deps.policy.auth === "open" ||
      (deps.policy.auth !== "required" && !(await authentication.hasUsers()))
    ) {
      const local = callerFor(header, deps.policy);
      return {
        kind: "local",
        actor: local.actor,
        userId: null,
        role: "admin",
        clearance: local.clearance,
        scopes: null,
      };
    }
    return {
      kind: "anonymous",
      actor: "anonymous",
      userId: null,
      role: null,
      clearance: "public",
      scopes: null,
    };
  }
}

/** An account's clearance, capped by the server's and optionally lowered by the request. */
export function capped(principal: Principal, max: Sensitivity, asked: string | undefined): Principal {
  const ceiling = SENSITIVITIES[Math.min(rank(principal.clearance), rank(max))] as Sensitivity;
  return { ...principal, clearance: clearanceFrom(asked, ceiling) };
}

/**
 * A state-changing request whose Origin names another site is refused, whatever its credentials: in open
 * local mode there is no cookie for SameSite to protect, and a page elsewhere could otherwise post to
 * localhost. Browsers send Origin with every cross-origin POST, PATCH and DELETE; scripts send none.
 */
function refuseCrossOrigin(c: Context): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  const origin = c.req.header("Origin");
  if (origin === undefined) return;
  const own = new URL(c.req.url);
  const host = c.req.header("Host") ?? own.host;
  let sent: URL | null = null;
  try {
    sent = new URL(origin);
  } catch {
    sent = null;
  }
  if (!sent || sent.host !== host) {
    throw new AuthError(
      "csrf-failed",
      `a request from another origin (${origin}) may not change anything here`,
    );
  }
}
