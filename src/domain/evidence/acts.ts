import { z } from "zod";

/**
 * The controlled vocabulary of act types (after HURIDOCS acts). Extensible: a deployment may add types
 * with a `x-` prefix (for example `x-forced-labour`) without a code change; the engine ignores types it
 * has no indicator for, and says so in its explanations.
 */
export const CORE_ACT_TYPES = [
  "killing",
  "massacre",
  "torture",
  "sexual-violence",
  "forced-displacement",
  "arbitrary-detention",
  "disappearance",
  "destruction-of-homes",
  "destruction-of-cultural-property",
  "deprivation-of-food-water-aid",
  "attack-on-hospital",
  "discriminatory-law-or-policy",
  "citizenship-removal",
  "forced-marking",
  "hate-speech-or-incitement",
  "dehumanising-propaganda",
  "denial-statement",
  "arms-build-up",
  "militia-formation",
  "emergency-decree",
  "expulsion-of-ngos-or-media",
  "separation-or-segregation",
  "battle",
  "other",
] as const;

export type CoreActType = (typeof CORE_ACT_TYPES)[number];

export function isActType(s: string): boolean {
  return (CORE_ACT_TYPES as readonly string[]).includes(s) || /^x-[a-z0-9-]{1,60}$/.test(s);
}

export const ActType = z.string().superRefine((s, ctx) => {
  if (!isActType(s)) {
    ctx.addIssue({
      code: "custom",
      message: `unknown act type "${s}": use one of ${CORE_ACT_TYPES.join(", ")} or an x- extension`,
    });
  }
});

export const Act = z.object({
  type: ActType,
  description: z.string().max(4000).nullable().default(null),
});
export type Act = z.infer<typeof Act>;

/** Degree of involvement of a perpetrator in an event (HURIDOCS): who did it, who ordered it, who helped. */
export const Involvement = z.enum(["direct", "ordered", "complicit", "alleged", "unknown"]);
export type Involvement = z.infer<typeof Involvement>;
