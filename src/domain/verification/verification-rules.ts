import { AppError, ValidationError } from "../errors.ts";
import type { Caller } from "../evidence/sensitivity.ts";
import { missingReviewerRole, TwoPersonRuleError } from "../two-person-rule.ts";
import type { EditLock, Verification } from "./verification.ts";
import { requirementsOf, TRANSITIONS, type VerificationStatus } from "./verification-status.ts";

/** Someone else holds the edit lock: 409 `locked`, naming the holder and the expiry. */
export class LockedError extends AppError {
  constructor(kind: string, id: string, lock: EditLock) {
    super(
      "locked",
      `${lock.holder} is editing this ${kind} (lock taken ${lock.takenAt}, expires ${lock.expiresAt}): ` +
        `wait, ask them, or take the lock over explicitly (POST .../lock with {"takeOver": true}; it is logged)`,
      { kind, id, lock },
    );
  }
}

export interface Move {
  current: Verification;
  to: VerificationStatus;
  reason: string | null;
  caller: Caller;
  /** Who last changed the record's content (create or update in the custody log), if known. */
  lastContentEditor: string | null;
}

/** Throws when the move is not allowed: not in the table, no reason given, or the wrong person. */
export function checkMove(m: Move): void {
  const from = m.current.status;
  const needs = requirementsOf(from, m.to);
  if (needs === null) {
    const allowed = TRANSITIONS[from].join(", ");
    const message = `cannot go from ${from} to ${m.to}: from ${from} the status may become ${allowed}`;
    throw new ValidationError(message, [{ path: "status", message }]);
  }
  if (needs.includes("reason") && !m.reason) {
    const message =
      m.to === "rejected"
        ? "say why the record is rejected"
        : `say why the record leaves ${from} (reopening a settled record needs a reason)`;
    throw new ValidationError(`reason: ${message}`, [{ path: "reason", message }]);
  }
  const actor = m.caller.actor;
  if (needs.includes("reviewer")) {
    const missing = missingReviewerRole(m.caller, `setting ${m.to}`);
    if (missing) throw new TwoPersonRuleError(missing, { status: m.to });
  }
  if (needs.includes("second-person")) {
    const own =
      actor === m.lastContentEditor
        ? "changed this record last"
        : actor === m.current.reviewRequestedBy
          ? "asked for its review"
          : null;
    if (own) {
      throw new TwoPersonRuleError(
        `${actor} ${own}: someone else must set it ${m.to} (nobody verifies their own work)`,
        { status: m.to, actor },
      );
    }
  }
}
