import { getConnInfo } from "@hono/node-server/conninfo";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ROLES, SCOPES } from "../../domain/auth/principal.ts";
import { SENSITIVITIES } from "../../domain/evidence/sensitivity.ts";
import { serverClearance } from "../caller.ts";
import { API_PREFIX, type Api, type HttpDeps, type HttpEnv } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { AuthError, TooManyRequestsError } from "./auth-errors.ts";
import { capped } from "./authenticate.ts";
import { clearSessionCookie, sessionCookie, setSessionCookie } from "./cookies.ts";
import { LoginRateLimit } from "./login-rate-limit.ts";

// Built here from the domain's lists (not the domain's zod schemas), so that .openapi() exists on them.
const Role = z.enum(ROLES);
const Scope = z.enum(SCOPES);
const Sensitivity = z.enum(SENSITIVITIES);

const Login = z
  .object({
    name: z.string().min(1).max(64),
    password: z.string().min(1).max(1024),
    code: z
      .string()
      .max(16)
      .optional()
      .openapi({ description: "The TOTP code, for accounts with a second factor" }),
  })
  .openapi("Login");

const User = z
  .object({
    id: z.string(),
    name: z.string(),
    role: Role,
    clearance: Sensitivity,
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    secondFactor: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("User");

const Session = z
  .object({
    mode: z.enum(["open", "required", "public"]).openapi({
      description:
        "open: no login needed (open local mode: no account exists yet, or --auth open); required: log in or send a token; public: read-only, public clearance for everyone",
    }),
    authenticated: z.boolean(),
    kind: z.enum(["local", "public", "anonymous", "session", "token"]),
    actor: z.string().openapi({ description: "The name written in the custody log" }),
    role: Role.nullable(),
    clearance: Sensitivity.openapi({ description: "What this request may see" }),
    scopes: z.array(Scope).nullable().openapi({ description: "An API token's scopes; null otherwise" }),
    user: User.nullable(),
    csrfToken: z.string().nullable().openapi({
      description: "With a session cookie: send it as X-CSRF-Token on every POST, PATCH and DELETE",
    }),
    expiresAt: z.string().nullable(),
  })
  .openapi("Session");

const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });
const path = `${API_PREFIX}/session`;

/** GET (who am I), POST (log in: a new session cookie), DELETE (log out) /api/v1/session. */
export function mountSession(api: Api, deps: HttpDeps): void {
  const { authentication } = deps.app.auth;
  const limiter = new LoginRateLimit();
  const secureCookies = Boolean(deps.policy.secureCookies);

  api.openapi(
    createRoute({
      method: "get",
      path,
      tags: ["Session"],
      summary: "Who is calling: the account, role and clearance of this request, and the CSRF token",
      responses: { 200: { description: "The caller", content: json(Session) } },
    }),
    async (c) => c.json(await describe(c), 200),
  );

  api.openapi(
    createRoute({
      method: "post",
      path,
      tags: ["Session"],
      summary: "Log in: a new session in an HttpOnly, SameSite=Strict cookie",
      description:
        "Always a new session id (a session cookie sent along is ended). Any failure is the same 401 " +
        "`login-failed`; consecutive failures lock the account for a while; too many attempts from one " +
        "address or for one name are 429 with Retry-After.",
      request: { body: { required: true, content: json(Login) } },
      responses: {
        200: { description: "Logged in", content: json(Session) },
        ...problems(400, 401, 405, 429),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const wait = limiter.hit([`addr:${clientAddress(c)}`, `name:${body.name}`], Date.now());
      if (wait > 0) {
        c.header("Retry-After", String(wait));
        throw new TooManyRequestsError(wait);
      }
      const result = await authentication.login(body, sessionCookie(c));
      if (!result.ok) {
        clearSessionCookie(c, secureCookies);
        throw new AuthError(
          "login-failed",
          "the name, password or code is wrong, or the account is locked or disabled",
        );
      }
      setSessionCookie(c, result.sessionId, secureCookies);
      const session = await authentication.session(result.sessionId);
      if (session) {
        c.set("session", session);
        c.set("principal", capped(session.principal, serverClearance(deps.policy), undefined));
      }
      return c.json(await describe(c), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "delete",
      path,
      tags: ["Session"],
      summary: "Log out: ends the session and clears its cookie",
      responses: { 204: { description: "Logged out" }, ...problems(403) },
    }),
    async (c) => {
      const id = sessionCookie(c);
      if (id) await authentication.logout(id);
      clearSessionCookie(c, secureCookies);
      return c.body(null, 204);
    },
  );

  async function describe(c: Context<HttpEnv>): Promise<z.infer<typeof Session>> {
    const principal = c.get("principal");
    const session = c.get("session");
    const mode = deps.policy.publicMode
      ? "public"
      : deps.policy.auth === "open" || (deps.policy.auth !== "required" && !(await authentication.hasUsers()))
        ? "open"
        : "required";
    return {
      mode,
      authenticated: principal.kind === "session" || principal.kind === "token",
      kind: principal.kind,
      actor: principal.actor,
      role: principal.role,
      clearance: principal.clearance,
      scopes: principal.scopes ? [...principal.scopes] : null,
      user: session?.user ?? null,
      csrfToken: session?.csrfToken ?? null,
      expiresAt: session?.expiresAt ?? null,
    };
  }
}

/** The client's address for the rate limit; requests without a socket (tests) share one key. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
