import { findIndicator, indicatorsOfStage } from "./catalogue.ts";
import { type Cap, gradeLevel, round, type StageLevel, type Thresholds } from "./levels.ts";
import { emptyTally, type IndicatorTally } from "./scoring/tally.ts";
import { STAGES, type StageNumber } from "./stages.ts";

export interface IndicatorAssessment extends IndicatorTally {
  title: string;
  stage: StageNumber | null;
  level: StageLevel;
  cappedBy: Cap | null;
}

export interface StageAssessment {
  stage: StageNumber;
  name: string;
  level: StageLevel;
  /** The stage's evidence mass: the sum of its indicators' masses. */
  score: number;
  uncontestedScore: number;
  cappedBy: Cap | null;
  items: number;
  contestedItems: number;
  /** The indicators with evidence, strongest first. */
  indicators: IndicatorAssessment[];
}

/** An indicator's own level, by the same gates as a stage. */
export function assessIndicator(t: IndicatorTally, th: Thresholds): IndicatorAssessment {
  const ind = findIndicator(t.indicatorId);
  const { level, cappedBy } = gradeLevel(
    {
      mass: t.mass,
      uncontestedMass: t.uncontestedMass,
      likelySources: t.likelySources.length,
      corroborated: t.establishedSources.length >= th.corroboratingSources,
    },
    th,
  );
  return {
    ...t,
    mass: round(t.mass),
    uncontestedMass: round(t.uncontestedMass),
    title: ind?.title ?? t.indicatorId,
    stage: ind?.stage ?? null,
    level,
    cappedBy,
  };
}

/** Combines indicator tallies into one level, as for a stage or a risk factor. */
export function combine(
  tallies: readonly IndicatorTally[],
  th: Thresholds,
): Omit<StageAssessment, "stage" | "name" | "indicators"> & { indicators: IndicatorAssessment[] } {
  const likely = new Set(tallies.flatMap((t) => t.likelySources));
  const sorted = [...tallies].sort((a, b) => b.mass - a.mass || a.indicatorId.localeCompare(b.indicatorId));
  const mass = sorted.reduce((s, t) => s + t.mass, 0);
  const uncontested = sorted.reduce((s, t) => s + t.uncontestedMass, 0);
  const corroborated = sorted.some((t) => t.establishedSources.length >= th.corroboratingSources);
  const { level, cappedBy } = gradeLevel(
    { mass, uncontestedMass: uncontested, likelySources: likely.size, corroborated },
    th,
  );
  return {
    level,
    score: round(mass),
    uncontestedScore: round(uncontested),
    cappedBy,
    items: sorted.reduce((s, t) => s + t.items, 0),
    contestedItems: sorted.reduce((s, t) => s + t.contestedItems, 0),
    indicators: sorted.filter((t) => t.items > 0).map((t) => assessIndicator(t, th)),
  };
}

/**
 * The Ten Stages profile: each stage assessed on its own indicators' evidence, independently of the others
 * (several can be active at once; none is inferred from another).
 */
export function stageProfile(
  tallies: ReadonlyMap<string, IndicatorTally>,
  th: Thresholds,
): StageAssessment[] {
  return STAGES.map((s) => {
    const own = indicatorsOfStage(s.number).map((i) => tallies.get(i.id) ?? emptyTally(i.id));
    return { stage: s.number, name: s.name, ...combine(own, th) };
  });
}
