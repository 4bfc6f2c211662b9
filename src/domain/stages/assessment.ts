import { evaluateRules, type ProfileLookup, type RuleOutcome } from "../alerts/rules/evaluate-rules.ts";
import type { AlertLevel, RuleSet } from "../alerts/rules/rule-set.ts";
import type { Sensitivity } from "../evidence/sensitivity.ts";
import { frameworkView, type RiskFactorAssessment } from "../framework/framework-view.ts";
import { CATALOGUE_VERSION } from "./catalogue.ts";
import type { StageLevel } from "./levels.ts";
import { type Override, overridesInForce } from "./override.ts";
import { assessIndicator, type StageAssessment, stageProfile } from "./profile.ts";
import { emptyTally, type IndicatorTally } from "./scoring/tally.ts";

/** Which evidence an assessment may see (no look-ahead). */
export interface Cutoff {
  asOf: string;
  /**
   * "recorded": only evidence recorded in tocsin by the as-of date and dated by then (what an analyst knew
   * that day). "dated": evidence dated by then, whenever it was recorded (for replays of imported history;
   * honest about dates, not about when the record was made: shown as such).
   */
  knowledge: "recorded" | "dated";
  clearance: Sensitivity;
}

export interface StageResult extends StageAssessment {
  /** The computed level, kept beside an analyst's override. */
  computedLevel: StageLevel;
  override: Override | null;
}

export interface Assessment {
  situationId: string;
  asOf: string;
  cutoff: Cutoff;
  method: { catalogue: string; rules: string; rulesSha256: string; reading: string };
  /** The level in force: the analyst's override if there is one, else the computed level. */
  level: AlertLevel;
  computedLevel: AlertLevel;
  levelOverride: Override | null;
  stages: StageResult[];
  framework: RiskFactorAssessment[];
  rules: RuleOutcome[];
  /** Concern rules that fired: always shown, whatever the level. */
  concerns: { id: string; because: string }[];
  /** The nearest rule not yet met that would raise the level. */
  nextChange: RuleOutcome | null;
  unknownIndicators: { id: string; items: number }[];
  evidence: { items: number; contestedItems: number };
}

export interface AssessInput {
  situationId: string;
  cutoff: Cutoff;
  tallies: ReadonlyMap<string, IndicatorTally>;
  rules: RuleSet;
  overrides?: readonly Override[];
  unknownIndicators?: { id: string; items: number }[];
}

/**
 * Evidence tallies -> Ten Stages profile (and UN Framework view) -> alert level by the rule set. Stage
 * overrides in force replace their stage's level before the rules run; a level override replaces the
 * result. The computed values stay beside the overrides. Pure and deterministic.
 */
export function assess(input: AssessInput): Assessment {
  const { rules, cutoff } = input;
  const th = rules.thresholds;
  const inForce = overridesInForce(input.overrides ?? [], cutoff.asOf);
  const profile = stageProfile(input.tallies, th);
  const stages: StageResult[] = profile.map((s) => {
    const o = inForce.find((x) => x.target === `stage:${s.stage}`) ?? null;
    return { ...s, computedLevel: s.level, level: (o?.value as StageLevel) ?? s.level, override: o };
  });
  const computed = evaluateRules(rules, lookup(profile, input.tallies, th));
  const effective = stages.some((s) => s.override)
    ? evaluateRules(rules, lookup(stages, input.tallies, th))
    : computed;
  const levelOverride = inForce.find((x) => x.target === "level") ?? null;
  const level = (levelOverride?.value as AlertLevel) ?? effective.level;
  return {
    situationId: input.situationId,
    asOf: cutoff.asOf,
    cutoff,
    method: {
      catalogue: CATALOGUE_VERSION,
      rules: rules.ref,
      rulesSha256: rules.sha256,
      reading: rules.reading.id,
    },
    level,
    computedLevel: computed.level,
    levelOverride,
    stages,
    framework: frameworkView(input.tallies, th),
    rules: effective.outcomes,
    concerns: effective.outcomes
      .filter((o) => o.fired && o.concern)
      .map((o) => ({ id: o.id, because: o.because })),
    nextChange: nextChange(effective.outcomes, level),
    unknownIndicators: input.unknownIndicators ?? [],
    evidence: {
      items: profile.reduce((s, x) => s + x.items, 0),
      contestedItems: profile.reduce((s, x) => s + x.contestedItems, 0),
    },
  };
}

/** The nearest rule not yet met whose level is above the current one (ties: the higher level, then order). */
export function nextChange(outcomes: readonly RuleOutcome[], level: AlertLevel): RuleOutcome | null {
  const order = ["none", "watch", "warning", "emergency"];
  const higher = outcomes.filter((o) => !o.fired && order.indexOf(o.level) > order.indexOf(level));
  if (higher.length === 0) return null;
  return higher.reduce((a, b) => (b.distance < a.distance ? b : a));
}

function lookup(
  stages: readonly StageAssessment[],
  tallies: ReadonlyMap<string, IndicatorTally>,
  th: RuleSet["thresholds"],
): ProfileLookup {
  return {
    stage: (n) => {
      const s = stages[n - 1];
      if (!s) throw new Error(`no stage ${n}`);
      return s;
    },
    indicator: (id) => {
      const a = assessIndicator(tallies.get(id) ?? emptyTally(id), th);
      return { level: a.level, score: a.mass, uncontestedScore: a.uncontestedMass, cappedBy: a.cappedBy };
    },
  };
}
