import { RISK_FACTORS } from "../framework/risk-factors.ts";
import { EARLY_STAGE_INDICATORS } from "./catalogue/early-stages.ts";
import { LATE_STAGE_INDICATORS } from "./catalogue/late-stages.ts";
import { MIDDLE_STAGE_INDICATORS } from "./catalogue/middle-stages.ts";
import { INDICATOR_ID, type Indicator } from "./indicator.ts";
import type { StageNumber } from "./stages.ts";

/**
 * The indicator catalogue, versioned: every assessment records the version it was computed with, and a
 * change to an indicator, a weight or a half-life is a new version.
 */
export const CATALOGUE_VERSION = "tocsin-indicators/2026.1";

export const STAGE_INDICATORS: readonly Indicator[] = [
  ...EARLY_STAGE_INDICATORS,
  ...MIDDLE_STAGE_INDICATORS,
  ...LATE_STAGE_INDICATORS,
];

export const FRAMEWORK_INDICATORS: readonly Indicator[] = RISK_FACTORS.flatMap((f) => f.indicators);

/** Every indicator that evidence can reach: the stage indicators and the UN Framework's own. */
export const INDICATORS: readonly Indicator[] = [...STAGE_INDICATORS, ...FRAMEWORK_INDICATORS];

/** The ids claims may use in their `indicator` field. */
export const INDICATOR_IDS: readonly string[] = INDICATORS.map((x) => x.id);

const BY_ID = new Map(INDICATORS.map((x) => [x.id, x]));

export function findIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

export function indicatorsOfStage(stage: StageNumber): Indicator[] {
  return STAGE_INDICATORS.filter((x) => x.stage === stage);
}

/** The indicators that an act type evidences (several: a massacre speaks to stages 8 and 9). */
export function indicatorsForAct(actType: string): Indicator[] {
  return INDICATORS.filter((x) => x.actTypes.includes(actType));
}

/** Checks the catalogue's own consistency; the test suite runs it, so a bad edit fails the build. */
export function catalogueProblems(knownActTypes: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const x of INDICATORS) {
    if (!INDICATOR_ID.test(x.id)) problems.push(`${x.id}: id does not match ${INDICATOR_ID}`);
    if (seen.has(x.id)) problems.push(`${x.id}: duplicate id`);
    seen.add(x.id);
    if (x.stage !== null && !x.id.startsWith(`s${x.stage}.`))
      problems.push(`${x.id}: not prefixed s${x.stage}.`);
    if (!(x.weight > 0 && x.weight <= 1)) problems.push(`${x.id}: weight ${x.weight} outside (0, 1]`);
    if (!(x.halfLifeDays >= 30)) problems.push(`${x.id}: half-life ${x.halfLifeDays} below 30 days`);
    for (const a of x.actTypes)
      if (!knownActTypes.includes(a)) problems.push(`${x.id}: unknown act type ${a}`);
  }
  for (const f of RISK_FACTORS)
    for (const id of f.stageIndicators)
      if (!BY_ID.get(id)?.stage) problems.push(`risk factor ${f.number}: unknown stage indicator ${id}`);
  return problems;
}
