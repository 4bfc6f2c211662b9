import { type Cap, levelRank, type StageLevel, type Thresholds } from "../../stages/levels.ts";
import type { Condition, RuleSet } from "./rule-set.ts";
import { type AlertLevel, alertRank } from "./rule-set.ts";

/** What a rule can look at: each stage's and each indicator's level, mass and cap. */
export interface Standing {
  level: StageLevel;
  score: number;
  uncontestedScore: number;
  cappedBy: Cap | null;
}
export interface ProfileLookup {
  stage(n: number): Standing;
  indicator(id: string): Standing;
}

/** One unmet leaf: what it asks for, where the evidence stands, and what is missing. */
export interface Shortfall {
  target: string;
  needs: StageLevel;
  now: StageLevel;
  score: number;
  /** Evidence mass still missing to reach the level's threshold (0 when only a gate is missing). */
  massNeeded: number;
  /** A gate that holds the level down, if that is what is missing. */
  gate: Cap | null;
}

export interface RuleOutcome {
  id: string;
  level: AlertLevel;
  concern: boolean;
  because: string;
  fired: boolean;
  /** How far the rule is from firing, in units of evidence mass (0 when fired); see distanceOf. */
  distance: number;
  shortfalls: Shortfall[];
}

export interface Evaluation {
  level: AlertLevel;
  outcomes: RuleOutcome[];
}

/**
 * Evaluates every rule (in dependency order) and takes the highest level among those that fire. A rule
 * that does not fire carries its distance: the evidence mass still missing for its unmet conditions, plus
 * one unit (the mass of one good report) for each gate that holds a level down.
 */
export function evaluateRules(rules: RuleSet, profile: ProfileLookup): Evaluation {
  const th = rules.thresholds;
  const byId = new Map(rules.rules.map((r) => [r.id, r]));
  const done = new Map<string, RuleOutcome>();
  for (const id of rules.order) {
    const r = byId.get(id);
    if (!r) continue;
    const { distance, shortfalls } = check(r.when, profile, th, done);
    done.set(id, {
      id,
      level: r.level,
      concern: r.concern,
      because: r.because,
      fired: distance === 0,
      distance,
      shortfalls,
    });
  }
  const outcomes = rules.rules.map((r) => done.get(r.id) as RuleOutcome);
  const level = outcomes
    .filter((o) => o.fired)
    .reduce<AlertLevel>((best, o) => (alertRank(o.level) > alertRank(best) ? o.level : best), "none");
  return { level, outcomes };
}

function check(
  c: Condition,
  p: ProfileLookup,
  th: Thresholds,
  done: ReadonlyMap<string, RuleOutcome>,
): { distance: number; shortfalls: Shortfall[] } {
  if ("all" in c) {
    const parts = c.all.map((x) => check(x, p, th, done));
    return {
      distance: parts.reduce((s, x) => s + x.distance, 0),
      shortfalls: parts.flatMap((x) => x.shortfalls),
    };
  }
  if ("any" in c) return nearest(c.any.map((x) => check(x, p, th, done)));
  if ("anyStage" in c) return nearest(c.anyStage.map((n) => leaf(`stage ${n}`, p.stage(n), c.atLeast, th)));
  if ("stage" in c) return leaf(`stage ${c.stage}`, p.stage(c.stage), c.atLeast, th);
  if ("indicator" in c) return leaf(`indicator ${c.indicator}`, p.indicator(c.indicator), c.atLeast, th);
  const ref = done.get(c.rule);
  return ref
    ? { distance: ref.distance, shortfalls: ref.shortfalls }
    : { distance: Infinity, shortfalls: [] };
}

function nearest(parts: { distance: number; shortfalls: Shortfall[] }[]) {
  return parts.reduce((a, b) => (b.distance < a.distance ? b : a));
}

function leaf(target: string, s: Standing, needs: StageLevel, th: Thresholds) {
  if (levelRank(s.level) >= levelRank(needs)) return { distance: 0, shortfalls: [] };
  const threshold = needs === "established" ? th.established : needs === "likely" ? th.likely : th.possible;
  const massNeeded = Math.max(0, round3(threshold - s.score));
  // The mass is there but a gate holds the level down: name the gate.
  const gate = massNeeded === 0 ? s.cappedBy : null;
  const distance = massNeeded + (gate ? 1 : 0) || 1;
  return {
    distance: round3(distance),
    shortfalls: [{ target, needs, now: s.level, score: s.score, massNeeded, gate }],
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
