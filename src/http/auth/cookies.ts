import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { SESSION_MAX_AGE_MS } from "../../domain/auth/limits.ts";

export const SESSION_COOKIE = "tocsin_session";
export const CSRF_HEADER = "X-CSRF-Token";

/** Secure when the request came over https, or when the server was told it sits behind a TLS proxy. */
function secure(c: Context, secureCookies: boolean): boolean {
  return secureCookies || new URL(c.req.url).protocol === "https:";
}

export function sessionCookie(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over https. */
export function setSessionCookie(c: Context, sessionId: string, secureCookies: boolean): void {
  setCookie(c, SESSION_COOKIE, sessionId, {
    path: "/",
    httpOnly: true,
    sameSite: "Strict",
    secure: secure(c, secureCookies),
    maxAge: Math.floor(SESSION_MAX_AGE_MS / 1000),
  });
}

export function clearSessionCookie(c: Context, secureCookies: boolean): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "Strict",
    secure: secure(c, secureCookies),
  });
}
