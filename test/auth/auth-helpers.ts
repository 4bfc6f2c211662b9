import type { Role } from "../../src/domain/auth/principal.ts";
import type { Sensitivity } from "../../src/domain/evidence/sensitivity.ts";
import { createHttpApp, type HttpOptions } from "../../src/http/server.ts";
import { call, type HttpApp, type Reply } from "../support/http.ts";
import type { TestStore } from "../support/stores.ts";

export const PASSWORD = "a long enough passphrase";

/** A fresh app (its own login rate limit) over the store, clearance confidential unless told. */
export function appOf(store: TestStore, options: Partial<HttpOptions> = {}): HttpApp {
  return createHttpApp(store.app, { clearance: "confidential", publicMode: false, ...options });
}

export async function addUser(
  store: TestStore,
  name: string,
  role: Role,
  clearance: Sensitivity = "confidential",
) {
  return store.app.auth.accounts.addUser({ name, password: PASSWORD, role, clearance });
}

/** The session cookie's value in a reply's Set-Cookie, or null. */
export function sessionFrom(reply: Reply): string | null {
  const m = /tocsin_session=([^;]*)/.exec(reply.headers.get("set-cookie") ?? "");
  return m?.[1] ? m[1] : null;
}

export interface Login {
  cookie: string;
  csrf: string;
  reply: Reply;
}

export async function login(
  app: HttpApp,
  name: string,
  password = PASSWORD,
  cookie?: string,
): Promise<Login> {
  const headers: Record<string, string> = cookie ? { cookie: `tocsin_session=${cookie}` } : {};
  const reply = await call(app, "POST", "/api/v1/session", { json: { name, password }, headers });
  if (reply.status !== 200) throw new Error(`login ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return { cookie: sessionFrom(reply) as string, csrf: reply.body.csrfToken, reply };
}

/** Headers of a request made with a session: the cookie, and the CSRF token when given. */
export function withSession(s: { cookie: string; csrf?: string }, csrf = true): Record<string, string> {
  const h: Record<string, string> = { cookie: `tocsin_session=${s.cookie}` };
  if (csrf && s.csrf) h["X-CSRF-Token"] = s.csrf;
  return h;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
