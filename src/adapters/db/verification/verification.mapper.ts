import type {
  VerifiableKind,
  Verification,
  VerificationComment,
} from "../../../domain/verification/verification.ts";
import type { VerificationStatus } from "../../../domain/verification/verification-status.ts";

export type Row = Record<string, unknown>;

export function verificationFromRow(r: Row): Verification {
  const holder = r.lock_holder as string | null;
  return {
    targetType: r.target_type as VerifiableKind,
    targetId: r.target_id as string,
    status: r.status as VerificationStatus,
    assignee: r.assignee as string | null,
    version: Number(r.version),
    reason: r.reason as string | null,
    reviewRequestedBy: r.review_requested_by as string | null,
    updatedAt: r.updated_at as string | null,
    updatedBy: r.updated_by as string | null,
    lock: holder
      ? { holder, takenAt: r.lock_taken_at as string, expiresAt: r.lock_expires_at as string }
      : null,
  };
}

export function verificationToRow(v: Verification) {
  return {
    target_type: v.targetType,
    target_id: v.targetId,
    event_id: v.targetType === "event" ? v.targetId : null,
    claim_id: v.targetType === "claim" ? v.targetId : null,
    status: v.status,
    assignee: v.assignee,
    version: v.version,
    reason: v.reason,
    review_requested_by: v.reviewRequestedBy,
    updated_at: v.updatedAt,
    updated_by: v.updatedBy,
    lock_holder: v.lock?.holder ?? null,
    lock_taken_at: v.lock?.takenAt ?? null,
    lock_expires_at: v.lock?.expiresAt ?? null,
  };
}

export function commentFromRow(r: Row): VerificationComment {
  return {
    id: r.id as string,
    targetType: r.target_type as VerifiableKind,
    targetId: r.target_id as string,
    author: r.author as string,
    createdAt: r.created_at as string,
    text: r.body as string,
  };
}

export function commentToRow(c: VerificationComment) {
  return {
    id: c.id,
    target_type: c.targetType,
    target_id: c.targetId,
    event_id: c.targetType === "event" ? c.targetId : null,
    claim_id: c.targetType === "claim" ? c.targetId : null,
    author: c.author,
    created_at: c.createdAt,
    body: c.text,
  };
}
