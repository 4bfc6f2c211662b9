import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { getJson, sendJson, setCsrfToken } from "./client.ts";

/** GET /api/v1/session: who the app is acting as, and whether the server wants a login. */
export interface Session {
  mode: "open" | "required" | "public";
  authenticated: boolean;
  actor: string;
  role: "viewer" | "analyst" | "reviewer" | "admin" | null;
  clearance: "public" | "internal" | "confidential";
  csrfToken: string | null;
  /** The account, when logged in (a session or a token). */
  user?: { name: string } | null;
}

export const LOGIN_PATH = "/login";

// One session for the whole app, kept here (not in a provider) so that pages and the gate share it.
let current: Session | null = null;
const listeners = new Set<(s: Session | null) => void>();

function publish(s: Session | null): Session | null {
  current = s;
  setCsrfToken(s?.csrfToken ?? null);
  for (const listener of listeners) listener(s);
  return s;
}

export async function refreshSession(): Promise<Session> {
  return publish(await getJson<Session>("/api/v1/session")) as Session;
}

export async function logIn(name: string, password: string, code?: string): Promise<Session> {
  const body = { name, password, ...(code ? { code } : {}) };
  return publish(await sendJson<Session>("POST", "/api/v1/session", body)) as Session;
}

export async function logOut(): Promise<void> {
  await sendJson<void>("DELETE", "/api/v1/session");
  await refreshSession();
}

/** The session as the server last said it (null until it has answered). */
export function useSession(): Session | null {
  const [session, setSession] = useState(current);
  useEffect(() => {
    listeners.add(setSession);
    setSession(current);
    return () => {
      listeners.delete(setSession);
    };
  }, []);
  return session;
}

/**
 * Asks the server who is calling when the app starts (and keeps the session's CSRF token for the API client);
 * sends the reader to the login page when the server requires a login (accounts exist) and there is none. In
 * open local mode and in public mode nothing changes.
 */
export function SessionGate() {
  const session = useSession();
  const location = useLocation();
  useEffect(() => {
    refreshSession().catch(() => publish(null));
  }, []);
  useEffect(() => {
    if (session?.mode === "required" && !session.authenticated && location.path !== LOGIN_PATH) {
      location.route(`${LOGIN_PATH}?next=${encodeURIComponent(location.url)}`, true);
    }
  }, [session, location.path, location.url, location.route]);
  return null;
}
