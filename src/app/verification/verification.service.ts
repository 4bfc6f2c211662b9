import { createHash, randomUUID } from "node:crypto";
import { RecordWriteForbiddenError } from "../../domain/access/record-access.ts";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { AppError, NotFoundError, StaleVersionError, ValidationError } from "../../domain/errors.ts";
import { type Caller, canSee } from "../../domain/evidence/sensitivity.ts";
import {
  activeLock,
  blockingLock,
  type EditLock,
  LOCK_MINUTES,
  takeLock,
  VERIFIABLE_KINDS,
  type VerifiableKind,
  type Verification,
  type VerificationComment,
  WORKFLOW_CLEARANCE,
} from "../../domain/verification/verification.ts";
import { checkMove, LockedError } from "../../domain/verification/verification-rules.ts";
import { TRANSITIONS, type VerificationStatus } from "../../domain/verification/verification-status.ts";
import type { Clock } from "../../ports/clock.ts";
import type { EditGuard } from "../../ports/edit-guard.ts";
import type { EntityKind } from "../../ports/evidence-store.ts";
import type {
  VerificationReader,
  VerificationStore,
  VerificationTx,
} from "../../ports/verification-store.ts";

/** The workflow state as a caller sees it: the lock only while it holds, and whether it is theirs. */
export interface VerificationView extends Omit<Verification, "lock"> {
  lock: (EditLock & { mine: boolean }) | null;
  /** How long a lock holds without renewal. */
  lockMinutes: number;
  /** The statuses the record may move to from here (the requirements still apply). */
  next: VerificationStatus[];
}

export interface VerificationChange {
  status: VerificationStatus;
  assignee: string | null;
  reason?: string | null;
}

export const MAX_COMMENT = 10_000;

/**
 * The verification workflow of events and claims: status and assignee (by the declared transitions,
 * src/domain/verification), the soft edit lock, and comments. Every change lands in one transaction with its
 * custody entry, on the record's own trail. A record the caller may not see does not exist for them, and
 * neither does its workflow or its comments: they inherit the record's sensitivity.
 */
export class VerificationService implements EditGuard {
  constructor(
    readonly store: VerificationStore,
    readonly clock: Clock,
  ) {}

  async get(kind: VerifiableKind, id: string, caller: Caller): Promise<VerificationView> {
    await this.#mustSee(this.store, kind, id, caller);
    return this.#view(await this.store.get(kind, id), caller);
  }

  /** Sets status and assignee, if the state is still at `expectedVersion` and nobody else holds the lock. */
  async set(
    kind: VerifiableKind,
    id: string,
    change: VerificationChange,
    expectedVersion: number,
    caller: Caller,
  ): Promise<VerificationView> {
    const reason = change.reason?.trim() || null;
    const now = this.clock.now();
    const saved = await this.store.transaction(async (tx) => {
      await this.#mustSee(tx, kind, id, caller, "write");
      const current = await tx.get(kind, id);
      this.#mustNotBeLocked(current, caller, now);
      if (current.version !== expectedVersion) {
        throw new StaleVersionError(`verification of ${kind}`, id, expectedVersion, current.version);
      }
      if (current.status === change.status && current.assignee === change.assignee) return current;
      checkMove({
        current,
        to: change.status,
        reason,
        caller,
        lastContentEditor: await tx.lastContentEditor(kind, id),
      });
      const next: Verification = {
        ...current,
        status: change.status,
        assignee: change.assignee,
        version: current.version + 1,
        reason: change.status === current.status ? current.reason : reason,
        reviewRequestedBy:
          change.status === "ready-for-review" && current.status !== "ready-for-review"
            ? caller.actor
            : current.reviewRequestedBy,
        updatedAt: now.toISOString(),
        updatedBy: caller.actor,
      };
      await tx.save(next);
      await tx.appendCustody(
        {
          actor: caller.actor,
          action: "verification",
          targetType: kind,
          targetId: id,
          reason,
          details: {
            from: current.status,
            to: next.status,
            assignee: next.assignee,
            previousAssignee: current.assignee,
            version: next.version,
          },
        },
        now,
      );
      return next;
    });
    return this.#view(saved, caller);
  }

  /**
   * Takes or renews the soft edit lock for LOCK_MINUTES. Someone else's lock that still holds is refused
   * (409 `locked`, naming them) unless `takeOver`, which is logged with the previous holder.
   */
  async lock(kind: VerifiableKind, id: string, caller: Caller, takeOver = false): Promise<VerificationView> {
    const now = this.clock.now();
    const saved = await this.store.transaction(async (tx) => {
      await this.#mustSee(tx, kind, id, caller, "write");
      const current = await tx.get(kind, id);
      const other = blockingLock(current.lock, caller.actor, now);
      if (other && !takeOver) throw new LockedError(kind, id, other);
      const mine = activeLock(current.lock, now)?.holder === caller.actor;
      const lock = takeLock(current.lock, caller.actor, now);
      const next = { ...current, lock };
      await tx.save(next);
      await this.#logLock(tx, caller, kind, id, now, {
        op: other ? "take-over" : mine ? "renew" : "take",
        expiresAt: lock.expiresAt,
        ...(other ? { previousHolder: other.holder, previousExpiresAt: other.expiresAt } : {}),
      });
      return next;
    });
    return this.#view(saved, caller);
  }

  /** Releases the caller's lock. Someone else's lock that still holds is theirs to release. */
  async unlock(kind: VerifiableKind, id: string, caller: Caller): Promise<VerificationView> {
    const now = this.clock.now();
    const saved = await this.store.transaction(async (tx) => {
      await this.#mustSee(tx, kind, id, caller, "write");
      const current = await tx.get(kind, id);
      this.#mustNotBeLocked(current, caller, now);
      if (!current.lock) return current;
      const next = { ...current, lock: null };
      await tx.save(next);
      const expired = activeLock(current.lock, now) === null;
      await this.#logLock(tx, caller, kind, id, now, {
        op: "release",
        holder: current.lock.holder,
        ...(expired ? { expired: true } : {}),
      });
      return next;
    });
    return this.#view(saved, caller);
  }

  async comments(kind: VerifiableKind, id: string, caller: Caller): Promise<VerificationComment[]> {
    await this.#mustSee(this.store, kind, id, caller);
    return this.store.comments(kind, id);
  }

  /** Adds a comment. Anyone who may see the record may comment, lock or no lock (asking for help included). */
  async comment(
    kind: VerifiableKind,
    id: string,
    text: string,
    caller: Caller,
  ): Promise<VerificationComment> {
    const body = text.trim();
    if (body.length === 0 || body.length > MAX_COMMENT) {
      const message = body.length === 0 ? "write a comment" : `at most ${MAX_COMMENT} characters`;
      throw new ValidationError(`text: ${message}`, [{ path: "text", message }]);
    }
    const now = this.clock.now();
    const comment: VerificationComment = {
      id: randomUUID(),
      targetType: kind,
      targetId: id,
      author: caller.actor,
      createdAt: now.toISOString(),
      text: body,
    };
    await this.store.transaction(async (tx) => {
      await this.#mustSee(tx, kind, id, caller);
      await tx.addComment(comment);
      // The text stays in its table; the log holds its hash, so a changed comment shows.
      await tx.appendCustody(
        {
          actor: caller.actor,
          action: "comment",
          targetType: kind,
          targetId: id,
          reason: null,
          details: { comment: comment.id, sha256: sha256(body), length: body.length },
        },
        now,
      );
    });
    return comment;
  }

  /** The edit guard of the evidence use cases: a PATCH or DELETE while someone else holds the lock is refused. */
  async assertMayEdit(kind: EntityKind, id: string, caller: Caller): Promise<void> {
    if (!(VERIFIABLE_KINDS as readonly string[]).includes(kind)) return;
    const current = await this.store.get(kind as VerifiableKind, id);
    this.#mustNotBeLocked(current, caller, this.clock.now());
  }

  #mustNotBeLocked(v: Verification, caller: Caller, now: Date): void {
    const other = blockingLock(v.lock, caller.actor, now);
    if (other) throw new LockedError(v.targetType, v.targetId, other);
  }

  async #mustSee(
    reader: VerificationReader,
    kind: VerifiableKind,
    id: string,
    caller: Caller,
    need: "read" | "write" = "read",
  ) {
    // A restricted record's workflow is its grantees' (the policy's per-record rule), like the record: its
    // status and lock change only with a write grant; comments with a read grant.
    const level = await reader.recordSensitivity(kind, id, recordAccessOf(caller));
    if (level === null || !canSee(caller.clearance, level)) throw new NotFoundError(kind, id);
    if (
      need === "write" &&
      (await reader.recordSensitivity(kind, id, recordAccessOf(caller), "write")) === null
    )
      throw new RecordWriteForbiddenError(kind, id);
    assertSeesWorkflow(caller);
  }

  #logLock(
    tx: VerificationTx,
    caller: Caller,
    kind: VerifiableKind,
    id: string,
    at: Date,
    details: Record<string, unknown>,
  ) {
    return tx.appendCustody(
      { actor: caller.actor, action: "lock", targetType: kind, targetId: id, reason: null, details },
      at,
    );
  }

  #view(v: Verification, caller: Caller): VerificationView {
    const lock = activeLock(v.lock, this.clock.now());
    return {
      ...v,
      lock: lock ? { ...lock, mine: lock.holder === caller.actor } : null,
      lockMinutes: LOCK_MINUTES,
      next: [...TRANSITIONS[v.status]],
    };
  }
}

/** The workflow needs WORKFLOW_CLEARANCE (403 `insufficient-clearance` below it): its people and notes are internal. */
export function assertSeesWorkflow(caller: Caller): void {
  if (!canSee(caller.clearance, WORKFLOW_CLEARANCE)) {
    throw new AppError(
      "insufficient-clearance",
      `the verification workflow (status, assignee, lock, comments) needs "${WORKFLOW_CLEARANCE}" clearance; this request has "${caller.clearance}"`,
    );
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
