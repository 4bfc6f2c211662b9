/**
 * The web app's one way to reach the API: JSON in and out, problem+json turned into an ApiError that keeps the
 * server's code, message and per-field errors (forms show those beside their fields).
 */

export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const API = "/api/v1";

/**
 * The session's CSRF token (from GET or POST /api/v1/session), sent as X-CSRF-Token with every request that
 * changes something: the server refuses those without it when the request carries a session cookie.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  return request<T>(path, { ...init, method: "GET" });
}

export async function sendJson<T>(
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  return request<T>(path, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

/** A multipart form (an upload): the browser sets the Content-Type with its boundary. */
export async function sendForm<T>(path: string, body: FormData): Promise<T> {
  return request<T>(path, { method: "POST", body });
}

/** A file's bytes as the body (an import upload: the API reads the raw body, not a multipart form). */
export async function sendBody<T>(path: string, body: Blob, contentType: string): Promise<T> {
  return request<T>(path, { method: "POST", body, headers: { "content-type": contentType } });
}

async function request<T>(path: string, init: RequestInit): Promise<T> {
  const url = path.startsWith("/") ? path : `${API}/${path}`;
  const csrf: Record<string, string> =
    csrfToken && init.method !== "GET" ? { "X-CSRF-Token": csrfToken } : {};
  const response = await fetch(url, {
    ...init,
    credentials: "same-origin",
    headers: { accept: "application/json", ...csrf, ...init.headers },
  });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get("content-type") ?? "";
  const body: unknown = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === "object") {
    const p = body as { code?: string; detail?: string; title?: string; errors?: FieldProblem[] };
    return new ApiError(status, p.code ?? "error", p.detail ?? p.title ?? `HTTP ${status}`, p.errors ?? []);
  }
  return new ApiError(status, "error", typeof body === "string" && body ? body : `HTTP ${status}`);
}
