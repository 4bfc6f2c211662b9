import { z } from "zod";

/** How widely a record or field may be shown. Ordered: each level also sees the levels before it. */
export const SENSITIVITIES = ["public", "internal", "confidential"] as const;
export const Sensitivity = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof Sensitivity>;

export function rank(level: Sensitivity): number {
  return SENSITIVITIES.indexOf(level);
}

/** True when a caller with `clearance` may see something marked `level`. */
export function canSee(clearance: Sensitivity, level: Sensitivity): boolean {
  return rank(level) <= rank(clearance);
}

/** The levels a caller with `clearance` may see, for SQL `IN (...)` filters. */
export function visibleLevels(clearance: Sensitivity): Sensitivity[] {
  return SENSITIVITIES.filter((l) => canSee(clearance, l));
}

/**
 * Fields that carry their own sensitivity whatever the record's level: identities of witnesses and the
 * contact details of sources can cost lives (domain.md section 6). They are removed from any record
 * returned to a caller without the clearance, and never appear in published output.
 */
export const CONFIDENTIAL_FIELDS = {
  source: ["contact"],
  claim: ["witness"],
  document: ["collectedBy"],
} as const;

/** Who is asking: the name recorded in the custody log, and what they may see. */
export interface Caller {
  readonly actor: string;
  readonly clearance: Sensitivity;
  /** The account behind the request, when there is one: it holds the grants on restricted records. */
  readonly userId?: string;
}

export const SYSTEM_CALLER: Caller = { actor: "system", clearance: "confidential" };
