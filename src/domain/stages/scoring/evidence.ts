import type { Reliability } from "../../evidence/grades.ts";
import type { Indicator } from "../indicator.ts";
import { decay } from "./decay.ts";
import { severity, type Toll } from "./severity.ts";
import { gradeWeight, UNATTRIBUTED_WEIGHT } from "./weights.ts";

/** Who asserts a piece of evidence: a claim, its source and their grades. */
export interface Attribution {
  claimId: string;
  sourceId: string;
  reliability: Reliability;
  credibility: number;
}

/**
 * One piece of evidence for one indicator in one situation: an event (through one of its acts) or a claim
 * that names the indicator. An event's attributions are the claims about it known at the as-of date; a
 * claim's is the claim itself.
 */
export interface EvidenceItem {
  kind: "event" | "claim";
  id: string;
  indicatorId: string;
  /** When it is known to have happened (or been stated): see decay.ts evidenceDate. */
  date: string;
  attributions: readonly Attribution[];
  contested: boolean;
  /** The toll, for events: the event record's, widened by what claims assert when contested. */
  toll: Toll | null;
}

/**
 * How much the attributions of one item count together. Each source counts once, by its best claim;
 * independent sources combine as independent confirmations: 1 - (1 - w1)(1 - w2)... Two B2 reports (0.64
 * each) give 0.87; a single A1 gives 1. No attribution: UNATTRIBUTED_WEIGHT.
 */
export function attributionWeight(attributions: readonly Attribution[]): number {
  if (attributions.length === 0) return UNATTRIBUTED_WEIGHT;
  const best = new Map<string, number>();
  for (const a of attributions) {
    const w = gradeWeight(a.reliability, a.credibility);
    best.set(a.sourceId, Math.max(best.get(a.sourceId) ?? 0, w));
  }
  let miss = 1;
  for (const w of [...best.values()].sort()) miss *= 1 - w;
  return 1 - miss;
}

export interface Contribution {
  grade: number;
  decay: number;
  severity: number;
  weight: number;
  /** grade x decay x severity x weight: what the item adds to its indicator's mass. */
  mass: number;
}

/** What one item adds to its indicator: grade x recency x severity x the indicator's weight. */
export function contribution(item: EvidenceItem, ind: Indicator, asOf: string): Contribution {
  const grade = attributionWeight(item.attributions);
  const d = decay(item.date, asOf, ind.halfLifeDays);
  const sev = item.kind === "claim" ? 1 : severity(ind.severity, item.toll, item.contested);
  return { grade, decay: d, severity: sev, weight: ind.weight, mass: grade * d * sev * ind.weight };
}
