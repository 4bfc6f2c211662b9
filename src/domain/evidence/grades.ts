import { z } from "zod";

/**
 * Admiralty (NATO) grading, graded separately: the source's reliability and the information's credibility.
 * A reliable ... E unreliable, F cannot be judged; 1 confirmed by other sources ... 5 improbable, 6 cannot be judged.
 */
export const Reliability = z.enum(["A", "B", "C", "D", "E", "F"]);
export type Reliability = z.infer<typeof Reliability>;

export const Credibility = z.number().int().min(1).max(6);
export type Credibility = z.infer<typeof Credibility>;

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

export const CREDIBILITY_LABELS: Record<number, string> = {
  1: "confirmed by other sources",
  2: "probably true",
  3: "possibly true",
  4: "doubtful",
  5: "improbable",
  6: "truth cannot be judged",
};
