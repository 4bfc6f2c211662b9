import type { Reliability } from "../../evidence/grades.ts";

/**
 * How much one attribution counts, from the Admiralty grades, graded separately (domain.md section 6).
 * A report from a completely reliable source, confirmed by others (A1), counts 1: the unit of evidence.
 *
 * Reliability: each step down from A costs about a fifth, until "not usually reliable" (D) and
 * "unreliable" (E), which count little. F ("cannot be judged") is not evidence of unreliability, so it
 * counts more than E, but far less than a judged source: 0.2.
 */
export const RELIABILITY_WEIGHT: Record<Reliability, number> = {
  A: 1,
  B: 0.8,
  C: 0.6,
  D: 0.3,
  E: 0.1,
  F: 0.2,
};

/**
 * Credibility 1 (confirmed by other sources) to 5 (improbable) in the same steps; 6 ("cannot be judged")
 * sits between doubtful (4) and improbable (5), for the same reason as F.
 */
export const CREDIBILITY_WEIGHT: Record<number, number> = {
  1: 1,
  2: 0.8,
  3: 0.6,
  4: 0.3,
  5: 0.1,
  6: 0.25,
};

/**
 * An event nobody is recorded as asserting (no claim about it) is graded F6: it counts, but as little as
 * evidence from a source that cannot be judged, and it never qualifies a stage above "possible".
 */
export const UNATTRIBUTED_WEIGHT = RELIABILITY_WEIGHT.F * (CREDIBILITY_WEIGHT[6] ?? 0);

export function gradeWeight(reliability: Reliability, credibility: number): number {
  return RELIABILITY_WEIGHT[reliability] * (CREDIBILITY_WEIGHT[credibility] ?? 0);
}

/**
 * A source that may carry a stage to "likely": judged at least "not usually reliable" (A-D) and reporting
 * something at least "doubtful" (1-4). Evidence only from E, F or 5, 6 stays at "possible", however much
 * of it there is: volume from sources nobody can vouch for is not confirmation.
 */
export function qualifiesForLikely(reliability: Reliability, credibility: number): boolean {
  return reliability <= "D" && credibility <= 4;
}

/**
 * A source that may corroborate an "established" stage: at least "fairly reliable" (A-C) and "possibly
 * true" (1-3).
 */
export function qualifiesForEstablished(reliability: Reliability, credibility: number): boolean {
  return reliability <= "C" && credibility <= 3;
}
