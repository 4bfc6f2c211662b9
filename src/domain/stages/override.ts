import { z } from "zod";
import { AlertLevel } from "../alerts/rules/rule-set.ts";
import { STAGE_LEVELS } from "./levels.ts";

/**
 * An analyst's judgement over the computed result: a stage's level or the alert level, with a written
 * reason. The computed value is always kept beside it; overrides are recorded in the custody log.
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

export interface Override extends OverrideInput {
  id: string;
  situationId: string;
  actor: string;
  /** When it was made (ISO timestamp): it applies to assessments as of that day or later. */
  at: string;
  /** When it was withdrawn, if it was. */
  revokedAt: string | null;
}

/** The overrides in force at an as-of date: made by then, not withdrawn by then; the latest per target. */
export function overridesInForce(all: readonly Override[], asOf: string): Override[] {
  const latest = new Map<string, Override>();
  const sorted = [...all].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const o of sorted) {
    if (o.at.slice(0, 10) > asOf) continue;
    if (o.revokedAt && o.revokedAt.slice(0, 10) <= asOf) continue;
    latest.set(o.target, o);
  }
  return [...latest.values()];
}
