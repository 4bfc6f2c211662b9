import type { AlertLevel } from "../alerts/rules/rule-set.ts";
import type { Assessment } from "./assessment.ts";
import type { StageLevel } from "./levels.ts";

export interface AssessmentDiff {
  from: { asOf: string; level: AlertLevel; rules: string };
  to: { asOf: string; level: AlertLevel; rules: string };
  levelChanged: boolean;
  rulesVersionChanged: boolean;
  rulesNowFiring: string[];
  rulesNoLongerFiring: string[];
  stages: { stage: number; from: StageLevel; to: StageLevel; scoreDelta: number }[];
  indicators: { id: string; from: StageLevel; to: StageLevel; massDelta: number; itemsDelta: number }[];
  /** Evidence among the largest contributions of `to` that `from` did not have, and the reverse. */
  evidenceIn: { indicator: string; kind: string; id: string; date: string; mass: number }[];
  evidenceOut: { indicator: string; kind: string; id: string; date: string; mass: number }[];
}

/** What moved between two assessments of a situation: level, rules, stages, indicators and evidence. */
export function diffAssessments(a: Assessment, b: Assessment): AssessmentDiff {
  const firing = (x: Assessment) => new Set(x.rules.filter((r) => r.fired).map((r) => r.id));
  const fa = firing(a);
  const fb = firing(b);
  const indicators = (x: Assessment) =>
    new Map(x.stages.flatMap((s) => s.indicators).map((i) => [i.indicatorId, i]));
  const ia = indicators(a);
  const ib = indicators(b);
  const ids = [...new Set([...ia.keys(), ...ib.keys()])].sort();
  const tops = (x: Assessment) =>
    new Map(
      x.stages
        .flatMap((s) => s.indicators)
        .flatMap((i) =>
          i.top.map(
            (t) =>
              [
                `${i.indicatorId}|${t.kind}|${t.id}`,
                { indicator: i.indicatorId, kind: t.kind, id: t.id, date: t.date, mass: r6(t.mass) },
              ] as const,
          ),
        ),
    );
  const ta = tops(a);
  const tb = tops(b);
  return {
    from: { asOf: a.asOf, level: a.level, rules: a.method.rules },
    to: { asOf: b.asOf, level: b.level, rules: b.method.rules },
    levelChanged: a.level !== b.level,
    rulesVersionChanged: a.method.rules !== b.method.rules || a.method.rulesSha256 !== b.method.rulesSha256,
    rulesNowFiring: [...fb].filter((id) => !fa.has(id)),
    rulesNoLongerFiring: [...fa].filter((id) => !fb.has(id)),
    stages: b.stages.flatMap((s, i) => {
      const before = a.stages[i];
      if (!before) return [];
      const delta = r6(s.score - before.score);
      return before.level !== s.level || delta !== 0
        ? [{ stage: s.stage, from: before.level, to: s.level, scoreDelta: delta }]
        : [];
    }),
    indicators: ids.flatMap((id) => {
      const x = ia.get(id);
      const y = ib.get(id);
      const massDelta = r6((y?.mass ?? 0) - (x?.mass ?? 0));
      const itemsDelta = (y?.items ?? 0) - (x?.items ?? 0);
      const from = x?.level ?? "absent";
      const to = y?.level ?? "absent";
      return from !== to || massDelta !== 0 || itemsDelta !== 0
        ? [{ id, from, to, massDelta, itemsDelta }]
        : [];
    }),
    evidenceIn: [...tb].filter(([k]) => !ta.has(k)).map(([, v]) => v),
    evidenceOut: [...ta].filter(([k]) => !tb.has(k)).map(([, v]) => v),
  };
}

function r6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
