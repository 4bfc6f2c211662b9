import { AppError } from "./errors.ts";
import type { Caller } from "./evidence/sensitivity.ts";

/**
 * The two-person rule (issue 8): what one person wrote, a second person approves, whether an alert before it
 * is published or a record before it is marked verified. Refusals are 403 `two-person-rule`.
 */
export class TwoPersonRuleError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("two-person-rule", message, details);
  }
}

/** The roles that may approve (publish an alert, verify or reject a record), when callers carry roles. */
export const REVIEWER_ROLES = ["reviewer", "admin"] as const;

/**
 * The caller's roles when the caller carries them. `Caller` has no roles today (accounts are being built, issue
 * 8 point 2): a caller with neither a `roles` array nor a `role` string is treated as able to review, and only
 * the second-person rule applies to them.
 */
export function callerRoles(caller: Caller): readonly string[] | undefined {
  const roles = (caller as Caller & { roles?: unknown }).roles;
  if (Array.isArray(roles)) return roles.filter((r): r is string => typeof r === "string");
  const role = (caller as Caller & { role?: unknown }).role;
  return typeof role === "string" ? [role] : undefined;
}

/** Why the caller may not approve for want of a reviewer role, or null when they may (or carry no roles). */
export function missingReviewerRole(caller: Caller, what: string): string | null {
  const roles = callerRoles(caller);
  if (!roles || roles.some((r) => (REVIEWER_ROLES as readonly string[]).includes(r))) return null;
  return `${what} needs the reviewer or admin role; ${caller.actor} has ${roles.join(", ") || "no role"}`;
}
