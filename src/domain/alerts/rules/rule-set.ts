import { z } from "zod";
import { STAGE_LEVELS } from "../../stages/levels.ts";

/** The alert levels, in order (Genocide Watch's three, below them None). */
export const ALERT_LEVELS = ["none", "watch", "warning", "emergency"] as const;
export const AlertLevel = z.enum(ALERT_LEVELS);
export type AlertLevel = z.infer<typeof AlertLevel>;

export function alertRank(level: AlertLevel): number {
  return ALERT_LEVELS.indexOf(level);
}

const Level = z.enum(STAGE_LEVELS);
const Stage = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, { message: "unknown stage: stages are 1 to 10" });

/**
 * A condition over the stage profile. Leaves test one stage or one indicator against a level; `all` and
 * `any` combine; `rule` holds when another rule fires (so rules can build on each other; cycles are
 * refused). There is deliberately no `not`: more evidence must never lower a level.
 */
export type Condition =
  | { stage: number; atLeast: (typeof STAGE_LEVELS)[number] }
  | { anyStage: number[]; atLeast: (typeof STAGE_LEVELS)[number] }
  | { indicator: string; atLeast: (typeof STAGE_LEVELS)[number] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { rule: string };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ stage: Stage, atLeast: Level }),
    z.strictObject({ anyStage: z.array(Stage).min(1), atLeast: Level }),
    z.strictObject({ indicator: z.string().regex(/^[a-z0-9.-]{1,80}$/), atLeast: Level }),
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ rule: z.string().min(1) }),
  ]),
);

export const Rule = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/, "rule ids are lower-case words joined by hyphens"),
  /** The level the rule sets when it fires; "none" for a rule that only raises a concern. */
  level: AlertLevel,
  /** A concern is always shown with the result when its rule fires, whatever the level. */
  concern: z.boolean().default(false),
  because: z.string().min(1).max(2000),
  when: Condition,
});
export type Rule = z.infer<typeof Rule>;

export const RuleFile = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  version: z.string().min(1).max(40),
  title: z.string().min(1).max(300),
  /** Which reading of the source texts the rules implement (domain.md section 3), in words. */
  reading: z.strictObject({ id: z.string().min(1).max(80), text: z.string().min(1).max(4000) }),
  thresholds: z.strictObject({
    possible: z.number().positive(),
    likely: z.number().positive(),
    established: z.number().positive(),
    corroboratingSources: z.number().int().min(1).max(10),
  }),
  rules: z.array(Rule).min(1),
});
export type RuleFile = z.infer<typeof RuleFile>;

/** A validated rule file, with the hash of its content so that two files with one version still differ. */
export interface RuleSet extends RuleFile {
  /** `<id>@<version>`: what every result records. */
  ref: string;
  sha256: string;
  /** Rules in evaluation order: every rule after the rules it refers to. */
  order: string[];
}
