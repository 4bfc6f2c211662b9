import type { StageNumber } from "./stages.ts";

/**
 * How the severity of one piece of evidence is read (see scoring/severity.ts for the formulas):
 * - "none": every piece counts the same (a law, a speech, a decree);
 * - "scaled": violence counts more with a higher toll, on a log scale: that it happened is what matters;
 * - "toll": violence counts in proportion to its toll: scale is what matters (mass killing).
 */
export type SeverityMode = "none" | "scaled" | "toll";

/**
 * One concrete warning sign. Evidence reaches it two ways: events whose acts are of one of `actTypes`, and
 * claims whose `indicator` field is the indicator's `id`.
 */
export interface Indicator {
  /** Stable id used by claims (`claim.indicator`): `s<stage>.<name>` or `rf<n>.<name>` for the UN view. */
  id: string;
  /** The stage it belongs to; null for UN Framework indicators that have no stage (e.g. triggers). */
  stage: StageNumber | null;
  title: string;
  /** Event act types (src/domain/evidence/acts.ts) that evidence it; empty when only claims can. */
  actTypes: readonly string[];
  /**
   * How strongly the sign speaks for its stage: 1 for a defining sign, 0.75 for a strong one, 0.5 for a
   * sign that also has innocent readings. Multiplies every piece of evidence.
   */
  weight: number;
  /**
   * Days after which a piece of evidence counts half as much. Structural signs (laws, citizenship) persist
   * for years; speech and violence speak about the present for months.
   */
  halfLifeDays: number;
  severity: SeverityMode;
}

export const INDICATOR_ID = /^[a-z0-9.-]{1,80}$/;

/** Shorthand for the catalogue files. */
export function indicator(
  stage: StageNumber | null,
  id: string,
  title: string,
  actTypes: readonly string[],
  weight: number,
  halfLifeDays: number,
  severity: SeverityMode = "none",
): Indicator {
  return { id, stage, title, actTypes, weight, halfLifeDays, severity };
}
