import type { z } from "zod";
import { type FieldIssue, ValidationError } from "../domain/errors.ts";

/** Fields the server sets: a body that sends them gets told so instead of a bare "unknown field". */
const SERVER_FIELDS: Record<string, string> = {
  id: "read-only: the server assigns ids",
  version: 'read-only: send the version you read in the If-Match header, for example If-Match: "3"',
  createdAt: "read-only: set by the server",
  updatedAt: "read-only: set by the server",
  contested: "read-only: computed from the claims about the event",
  sha256: "read-only: the hash of the original bytes",
  size: "read-only: the size of the original bytes",
  copies: "read-only: working copies are added with the document",
};

/** Header names as people write them, for error paths (Hono lower-cases them). */
const HEADER_NAMES: Record<string, string> = { "if-match": "If-Match" };

/**
 * Every problem zod found, one entry per bad field: unknown keys are split into one entry each, and a
 * missing field reads "required".
 */
export function fieldIssues(error: z.ZodError, target: string): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: joinPath(target, [...base, key]),
        // Own keys only: a body key such as "constructor" must not find Object.prototype's.
        message:
          (base.length === 0 && Object.hasOwn(SERVER_FIELDS, key) && SERVER_FIELDS[key]) || "unknown field",
      }));
    }
    const missing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
    return [{ path: joinPath(target, base), message: missing ? "required" : issue.message }];
  });
}

function joinPath(target: string, parts: string[]): string {
  if (target === "header")
    return parts.map((p) => (Object.hasOwn(HEADER_NAMES, p) ? HEADER_NAMES[p] : p)).join(".");
  return parts.join(".") || "(body)";
}

/**
 * The hook every route's validators call: a failed validation becomes one ValidationError naming each
 * bad field, which problem.ts turns into a 400.
 */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
): void {
  if (result.success) return;
  const issues = fieldIssues(result.error, result.target);
  const where = result.target === "json" || result.target === "form" ? "body" : result.target;
  throw new ValidationError(
    `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}
