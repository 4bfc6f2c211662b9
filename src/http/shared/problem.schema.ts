import { z } from "@hono/zod-openapi";
import { PROBLEM_MEDIA_TYPE, PROBLEMS, type ProblemCode } from "../problem.ts";

const codes = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

/** RFC 9457 problem details, as every error of this API is returned. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "urn:tocsin:problem:invalid-input" }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().openapi({ description: "The path of the request" }),
    code: z.enum(codes).openapi({ description: "Stable machine-readable code: switch on this" }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: "For invalid-input: every bad field, header or query parameter" }),
    currentVersion: z
      .number()
      .int()
      .optional()
      .openapi({ description: "For stale-version: the version the record is at now" }),
    lock: z
      .object({ holder: z.string(), takenAt: z.string(), expiresAt: z.string() })
      .optional()
      .openapi({ description: "For locked: who is editing the record, and until when" }),
  })
  .openapi("Problem");

const descriptions: Record<number, string> = {
  400: "Invalid input (`invalid-input`, with `errors` naming each bad field) or a malformed body",
  401: "`unauthenticated`: log in (POST /api/v1/session) or send an API token; `login-failed` for a refused login",
  403: "The caller's role, token scope or clearance does not allow this, or a CSRF check failed",
  404: "No such record (also for ids that are not UUIDs), or no such route",
  405: "The server runs in public mode and is read-only",
  409: "`stale-version`: the record changed since you read it; `conflict`: it is still referenced; `locked`: someone else holds its edit lock (named in `lock`)",
  413: "The request body is too large",
  415: "Unsupported Content-Type",
  428: "`version-required`: send If-Match with the version you read",
  429: "`too-many-requests`: wait the seconds in Retry-After",
  500: "Unexpected error (logged on the server; no details in the body)",
  503: "The database does not answer",
};

/** OpenAPI response entries for the given statuses, all problem+json. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: descriptions[s] ?? "Error",
        content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
      },
    ]),
  );
}
