import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError, type FieldIssue, StaleVersionError, ValidationError } from "../domain/errors.ts";
import { MalformedBodyError, UnsupportedMediaTypeError } from "./errors.ts";

/**
 * The one place where errors become HTTP responses: RFC 9457 problem documents
 * (`application/problem+json`) with a stable `code` that clients may switch on. Add a code here, and to
 * the OpenAPI description in problem.schema.ts, and nowhere else.
 */
export const PROBLEMS = {
  "invalid-input": { status: 400, title: "Invalid input" },
  "malformed-body": { status: 400, title: "Malformed request body" },
  unauthenticated: { status: 401, title: "Login needed" },
  "login-failed": { status: 401, title: "Login failed" },
  forbidden: { status: 403, title: "Not allowed for your role" },
  "insufficient-scope": { status: 403, title: "API token scope too narrow" },
  "csrf-failed": { status: 403, title: "CSRF check failed" },
  "insufficient-clearance": { status: 403, title: "Clearance too low" },
  "two-person-rule": { status: 403, title: "A second person must do this" },
  "clearance-exceeded": { status: 403, title: "Clearance above the server's" },
  "not-found": { status: 404, title: "Not found" },
  "route-not-found": { status: 404, title: "No such route" },
  "read-only": { status: 405, title: "Read-only server" },
  "stale-version": { status: 409, title: "Stale version" },
  conflict: { status: 409, title: "Conflict" },
  locked: { status: 409, title: "Someone else is editing this record" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "version-required": { status: 428, title: "Version required" },
  "too-many-requests": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  unavailable: { status: 503, title: "Unavailable" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ProblemCode;
  errors?: FieldIssue[];
  currentVersion?: number;
  /** For `locked`: who holds the lock, since when, until when. */
  lock?: { holder: string; takenAt: string; expiresAt: string };
}

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

export function problemType(code: string): string {
  return `urn:tocsin:problem:${code}`;
}

/** An error as a problem document; `internal` for anything that is not one of ours. */
export function toProblem(error: unknown, instance: string): Problem {
  const known = asAppError(error);
  if (!known || !(known.code in PROBLEMS)) {
    return problem("internal", "an unexpected error occurred; it has been logged on the server", instance);
  }
  const p = problem(known.code as ProblemCode, known.message, instance);
  if (known instanceof ValidationError) p.errors = known.issues;
  if (known instanceof StaleVersionError) p.currentVersion = known.details.current as number;
  if (known.code === "locked") p.lock = known.details.lock as Problem["lock"];
  return p;
}

export function problem(code: ProblemCode, detail: string, instance: string): Problem {
  const { status, title } = PROBLEMS[code];
  return { type: problemType(code), title, status, detail, instance, code };
}

export function problemResponse(c: Context, p: Problem, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify(p), p.status as 400, { "content-type": PROBLEM_MEDIA_TYPE, ...headers });
}

/** Hono raises HTTPException for bodies it cannot parse; they get our codes too. */
function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400) return new MalformedBodyError(`${error.message}`);
    if (error.status === 415) return new UnsupportedMediaTypeError();
  }
  return null;
}
