import { z } from "zod";
import { AlertLevel } from "../alerts/rules/rule-set.ts";
import { STAGE_LEVELS } from "./levels.ts";

/**
 * An analyst's judgement over the computed result: a stage's level or the alert level, with a written
 * reason. The computed value is always kept beside it; overrides, their approvals and rejections are
 * recorded in the custody log.
 */
export const OverrideTarget = z
  .string()
  .regex(/^(level|stage:(10|[1-9]))$/, 'target is "level" or "stage:N" with N from 1 to 10');

export const OverrideInput = z
  .object({
    target: OverrideTarget,
    value: z.string(),
    reason: z.string().trim().min(10, "a written reason of at least 10 characters is required").max(4000),
  })
  .superRefine((o, ctx) => {
    const allowed: readonly string[] = o.target === "level" ? AlertLevel.options : STAGE_LEVELS;
    if (!allowed.includes(o.value))
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `value must be one of ${allowed.join(", ")}`,
      });
  });
export type OverrideInput = z.infer<typeof OverrideInput>;

/**
 * Two people for a change of level (issue 8): an override is proposed (`pending`) by one person and takes
 * effect only when another approves it (`approved`); it can be `rejected` with a reason instead. Who may
 * approve is `overrideApprovalRefusal` (override-approval.ts).
 */
export const OVERRIDE_STATUSES = ["pending", "approved", "rejected"] as const;
export type OverrideStatus = (typeof OVERRIDE_STATUSES)[number];

export interface Override extends OverrideInput {
  id: string;
  situationId: string;
  /** Who proposed it. */
  actor: string;
  /** When it was proposed (ISO timestamp). */
  at: string;
  status: OverrideStatus;
  /** When it was approved or rejected: an approved override applies to assessments as of that day or later. */
  decidedAt: string | null;
  /** Who approved or rejected it (null for overrides made before the two-person rule, which took effect alone). */
  decidedBy: string | null;
  /** The reason given with a rejection (or an approval, optionally). */
  decisionReason: string | null;
  /** When it was withdrawn, if it was. */
  revokedAt: string | null;
}

/** When an override took effect (its approval), or null when it has not (pending or rejected). */
export function inForceSince(o: Override): string | null {
  return o.status === "approved" ? (o.decidedAt ?? o.at) : null;
}

/**
 * The overrides in force at an as-of date: approved by then, not withdrawn by then; the latest per target.
 * Pending and rejected proposals are never in force: the engine, the level history, the map and the alerts
 * see approved overrides only.
 */
export function overridesInForce(all: readonly Override[], asOf: string): Override[] {
  const latest = new Map<string, Override>();
  const approved = all.flatMap((o) => {
    const since = inForceSince(o);
    return since === null ? [] : [{ o, since }];
  });
  approved.sort((a, b) => a.since.localeCompare(b.since) || a.o.id.localeCompare(b.o.id));
  for (const { o, since } of approved) {
    if (since.slice(0, 10) > asOf) continue;
    if (o.revokedAt && o.revokedAt.slice(0, 10) <= asOf) continue;
    latest.set(o.target, o);
  }
  return [...latest.values()];
}
