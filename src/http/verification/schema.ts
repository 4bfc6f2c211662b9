import { z } from "@hono/zod-openapi";
import { assertSeesWorkflow } from "../../app/verification/verification.service.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { VERIFICATION_STATUSES, VerificationStatus } from "../../domain/verification/verification-status.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it refuses.
const CONTROL_FREE = /^[^\u0000-\u001f\u007f-\u009f]*$/;

/** An actor's name as the custody log records it: printable text of a sane length. */
export const ActorName = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters")
  // Control characters (Unicode Cc: U+0000-U+001F, U+007F-U+009F) spelled out rather than as \p{Cc}, which
  // needs the u flag: the OpenAPI document publishes the source alone, and it must compile as a pattern.
  .regex(CONTROL_FREE, "must not contain control characters");

const LockSchema = z
  .object({
    holder: z.string(),
    takenAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().openapi({ description: "Unless renewed before, the lock ends then" }),
    mine: z.boolean().openapi({ description: "True when the caller holds it" }),
  })
  .openapi("EditLock", { description: "Who is working on the record now (a soft lock)" });

export const VerificationSchema = z
  .object({
    targetType: z.enum(["event", "claim"]),
    targetId: z.uuid(),
    status: VerificationStatus,
    assignee: z.string().nullable(),
    version: z
      .number()
      .int()
      .min(0)
      .openapi({ description: "0 before the first change; send it back in If-Match with a PUT" }),
    reason: z.string().nullable().openapi({ description: "The reason given with the latest status change" }),
    reviewRequestedBy: z.string().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: z.string().nullable(),
    lock: LockSchema.nullable().openapi({ description: "Null when nobody holds the lock (or it expired)" }),
    lockMinutes: z.number().int().openapi({ description: "How long a lock holds unless renewed" }),
    next: z.array(VerificationStatus).openapi({ description: "The statuses allowed from this one" }),
  })
  .openapi("Verification", {
    description:
      "The verification workflow of an event or a claim: status, assignee, soft edit lock. Allowed moves: " +
      "unverified, in-progress and needs-help may move among themselves and to ready-for-review or rejected; " +
      "ready-for-review to verified (by someone other than the record's last editor and the one who asked " +
      "for review), rejected, in-progress or needs-help; verified and rejected are reopened to in-progress " +
      "with a reason. Rejecting needs a reason.",
  });

export const VerificationPut = z
  .strictObject({
    status: z.enum(VERIFICATION_STATUSES),
    assignee: ActorName.nullable().openapi({ description: "Who is on it (an actor name), or null" }),
    reason: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .optional()
      .openapi({ description: "Why: required to reject and to reopen; recorded in the custody log" }),
  })
  .openapi("VerificationChange");

export const LockBody = z
  .strictObject({
    takeOver: z
      .boolean()
      .optional()
      .openapi({ description: "Take the lock from its holder (logged with their name)" }),
  })
  .openapi("LockRequest");

export const CommentSchema = z
  .object({
    id: z.uuid(),
    targetType: z.enum(["event", "claim"]),
    targetId: z.uuid(),
    author: z.string(),
    createdAt: z.iso.datetime(),
    text: z.string(),
  })
  .openapi("VerificationComment", {
    description: "A comment on a record: seen only by callers who may see the record",
  });

export const CommentBody = z.strictObject({ text: z.string().max(10_000) }).openapi("CommentInput");

/** The listing filters, added to the events' and claims' list queries. */
export const verificationQueryShape = {
  verification: VerificationStatus.optional().openapi({
    description: `Only records at this verification status: ${VERIFICATION_STATUSES.join(", ")}`,
  }),
  assignee: ActorName.optional().openapi({
    description: "Only records assigned to this actor; `me` is the caller",
  }),
};

/** The filter for the store; `me` is the calling actor. Filtering by the workflow needs its clearance. */
export function verificationFilter(
  q: { verification?: VerificationStatus; assignee?: string },
  caller: Caller,
): { status?: string; assignee?: string } | undefined {
  if (q.verification === undefined && q.assignee === undefined) return undefined;
  assertSeesWorkflow(caller);
  return { status: q.verification, assignee: q.assignee === "me" ? caller.actor : q.assignee };
}
