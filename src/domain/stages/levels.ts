/** How strongly the evidence shows a stage (or an indicator): ordered, each level implies the ones before. */
export const STAGE_LEVELS = ["absent", "possible", "likely", "established"] as const;
export type StageLevel = (typeof STAGE_LEVELS)[number];

export function levelRank(level: StageLevel): number {
  return STAGE_LEVELS.indexOf(level);
}

/**
 * Where the levels start, in units of evidence mass (1 = one fresh A1 report of a defining indicator).
 * Declared in the rule file so that a deployment can tune them; these are the defaults and their reasons:
 * - possible 0.25: one fresh report from a usually reliable source of a possibly true fact (B3 = 0.48)
 *   is enough to look; a lone F6 item (0.05) is not;
 * - likely 1: the equivalent of one confirmed report from a completely reliable source, or about two
 *   probably-true reports from usually reliable ones (B2 = 0.64 each);
 * - established 2.5: several independent, recent, good reports, and never fewer than
 *   `corroboratingSources` (2) distinct A-C sources confirming the same indicator.
 */
export interface Thresholds {
  possible: number;
  likely: number;
  established: number;
  corroboratingSources: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  possible: 0.25,
  likely: 1,
  established: 2.5,
  corroboratingSources: 2,
};

/** Why a level is lower than its mass alone would give. */
export type Cap = "no-qualifying-source" | "uncorroborated" | "contested";

export interface GateInput {
  mass: number;
  uncontestedMass: number;
  /** Distinct sources graded A-D / 1-4 among the evidence. */
  likelySources: number;
  /** True when some indicator is confirmed by at least `corroboratingSources` distinct A-C / 1-3 sources. */
  corroborated: boolean;
}

export function levelByMass(mass: number, t: Thresholds): StageLevel {
  if (mass >= t.established) return "established";
  if (mass >= t.likely) return "likely";
  if (mass >= t.possible) return "possible";
  return "absent";
}

/**
 * The level the evidence supports: by mass, then capped by quality gates. "likely" needs at least one
 * source that can be vouched for (A-D, 1-4). "established" needs corroboration by independent good
 * sources, and enough uncontested evidence on its own: contested evidence counts but cannot alone carry a
 * stage to established.
 */
export function gradeLevel(g: GateInput, t: Thresholds): { level: StageLevel; cappedBy: Cap | null } {
  const byMass = levelByMass(round(g.mass), t);
  if (byMass === "absent" || byMass === "possible") return { level: byMass, cappedBy: null };
  if (g.likelySources === 0) return { level: "possible", cappedBy: "no-qualifying-source" };
  if (byMass === "likely") return { level: "likely", cappedBy: null };
  if (!g.corroborated) return { level: "likely", cappedBy: "uncorroborated" };
  if (round(g.uncontestedMass) < t.established) return { level: "likely", cappedBy: "contested" };
  return { level: "established", cappedBy: null };
}

/** Masses are compared and stored at 1e-9: sums in SQL and in TypeScript then agree exactly. */
export function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
