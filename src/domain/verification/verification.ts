import type { VerificationStatus } from "./verification-status.ts";

/** The records that carry a verification status. */
export const VERIFIABLE_KINDS = ["event", "claim"] as const;
export type VerifiableKind = (typeof VERIFIABLE_KINDS)[number];

/** A soft edit lock: who is working on the record, since when, until when (unless renewed). */
export interface EditLock {
  holder: string;
  takenAt: string;
  expiresAt: string;
}

/**
 * The least clearance that sees the workflow of any record (status, assignee, lock, comments): the names of
 * the people checking evidence and their working notes are internal even when the record is public, as the
 * custody trail is. Above that, the workflow inherits the record's own sensitivity.
 */
export const WORKFLOW_CLEARANCE = "internal" as const;

/** How long a lock holds without being renewed. Declared here; the API and the web app show the expiry. */
export const LOCK_MINUTES = 15;

export interface Verification {
  targetType: VerifiableKind;
  targetId: string;
  status: VerificationStatus;
  assignee: string | null;
  /** Counts changes of status and assignee: the ETag for If-Match (0 before the first change). */
  version: number;
  /** The reason given with the latest change (required to reject and to reopen). */
  reason: string | null;
  /** Who moved the record to ready-for-review last: they may not verify it themselves. */
  reviewRequestedBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The lock as stored; it may have expired (see activeLock). */
  lock: EditLock | null;
}

export interface VerificationComment {
  id: string;
  targetType: VerifiableKind;
  targetId: string;
  author: string;
  createdAt: string;
  text: string;
}

/** A record nobody has touched yet: unverified, nobody assigned, version 0. */
export function initialVerification(targetType: VerifiableKind, targetId: string): Verification {
  return {
    targetType,
    targetId,
    status: "unverified",
    assignee: null,
    version: 0,
    reason: null,
    reviewRequestedBy: null,
    updatedAt: null,
    updatedBy: null,
    lock: null,
  };
}

/** The lock if it still holds at `now`, else null. */
export function activeLock(lock: EditLock | null, now: Date): EditLock | null {
  return lock && Date.parse(lock.expiresAt) > now.getTime() ? lock : null;
}

/** The lock that keeps `actor` from editing at `now` (someone else's, still holding), or null. */
export function blockingLock(lock: EditLock | null, actor: string, now: Date): EditLock | null {
  const active = activeLock(lock, now);
  return active && active.holder !== actor ? active : null;
}

/** A lock taken (or renewed) by `actor` at `now`: a renewal keeps its first `takenAt`. */
export function takeLock(current: EditLock | null, actor: string, now: Date): EditLock {
  const mine = activeLock(current, now)?.holder === actor ? current : null;
  return {
    holder: actor,
    takenAt: mine?.takenAt ?? now.toISOString(),
    expiresAt: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString(),
  };
}
