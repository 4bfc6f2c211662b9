import type { Cap, StageLevel, Thresholds } from "../stages/levels.ts";
import { combine, type IndicatorAssessment } from "../stages/profile.ts";
import { emptyTally, type IndicatorTally } from "../stages/scoring/tally.ts";
import { RISK_FACTORS, type RiskFactorScope } from "./risk-factors.ts";

export interface RiskFactorAssessment {
  number: number;
  name: string;
  scope: RiskFactorScope;
  level: StageLevel;
  score: number;
  cappedBy: Cap | null;
  /** The indicators with evidence, in brief: their evidence is listed under the stages. */
  indicators: Pick<IndicatorAssessment, "indicatorId" | "title" | "stage" | "level" | "mass" | "items">[];
}

/**
 * The UN Framework view of the same evidence: each risk factor combines its own indicators and the stage
 * indicators crosswalked to it, by the same gates as a stage. A stage indicator may feed several factors.
 */
export function frameworkView(
  tallies: ReadonlyMap<string, IndicatorTally>,
  th: Thresholds,
): RiskFactorAssessment[] {
  return RISK_FACTORS.map((f) => {
    const ids = [...f.indicators.map((i) => i.id), ...f.stageIndicators];
    const c = combine(
      ids.map((id) => tallies.get(id) ?? emptyTally(id)),
      th,
    );
    return {
      number: f.number,
      name: f.name,
      scope: f.scope,
      level: c.level,
      score: c.score,
      cappedBy: c.cappedBy,
      indicators: c.indicators.map(({ indicatorId, title, stage, level, mass, items }) => ({
        indicatorId,
        title,
        stage,
        level,
        mass,
        items,
      })),
    };
  });
}
