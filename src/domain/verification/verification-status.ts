import { z } from "zod";

/**
 * The verification workflow of an event or a claim (issue 8): where the checking of a record stands, who
 * is on it, and which moves between statuses are allowed. The rules are data, here, so that the service,
 * the API description and the web app read one table.
 */
export const VERIFICATION_STATUSES = [
  "unverified",
  "in-progress",
  "needs-help",
  "ready-for-review",
  "verified",
  "rejected",
] as const;
export const VerificationStatus = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** What a move needs besides being listed in TRANSITIONS. */
export type Requirement =
  /** A written reason (it goes into the custody log). */
  | "reason"
  /**
   * Someone other than the last person who changed the record's content and other than whoever asked for
   * the review: nobody verifies their own work.
   */
  | "second-person"
  /** A caller whose roles include reviewer or admin, when the caller carries roles at all. */
  | "reviewer";

/** The statuses each status may move to. Staying at the same status is always allowed (assignee changes). */
export const TRANSITIONS: Readonly<Record<VerificationStatus, readonly VerificationStatus[]>> = {
  unverified: ["in-progress", "needs-help", "ready-for-review", "rejected"],
  "in-progress": ["unverified", "needs-help", "ready-for-review", "rejected"],
  "needs-help": ["unverified", "in-progress", "ready-for-review", "rejected"],
  "ready-for-review": ["in-progress", "needs-help", "verified", "rejected"],
  // A settled record is reopened (with a reason) before anything else happens to it.
  verified: ["in-progress"],
  rejected: ["in-progress"],
};

/** Requirements of entering a status. */
export const ENTRY_REQUIREMENTS: Readonly<Partial<Record<VerificationStatus, readonly Requirement[]>>> = {
  verified: ["second-person", "reviewer"],
  rejected: ["reason", "reviewer"],
};

/** Requirements of leaving a status. */
export const EXIT_REQUIREMENTS: Readonly<Partial<Record<VerificationStatus, readonly Requirement[]>>> = {
  verified: ["reason"],
  rejected: ["reason"],
};

/** What must hold for a move from `from` to `to`; null when the move is not allowed at all. */
export function requirementsOf(from: VerificationStatus, to: VerificationStatus): Requirement[] | null {
  if (from === to) return [];
  if (!TRANSITIONS[from].includes(to)) return null;
  return [...new Set([...(EXIT_REQUIREMENTS[from] ?? []), ...(ENTRY_REQUIREMENTS[to] ?? [])])];
}
