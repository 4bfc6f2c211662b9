import type { AlertLevel } from "../alerts/rules/rule-set.ts";
import type { Reliability } from "../evidence/grades.ts";
import type { Assessment } from "./assessment.ts";
import type { Cap, StageLevel } from "./levels.ts";
import type { Override } from "./override.ts";

/** What the app looks up for the evidence named in an assessment (as the caller may see it). */
export interface EvidenceRefs {
  events: Map<string, { title: string; dateStart: string; contested: boolean }>;
  claims: Map<
    string,
    {
      statement: string;
      credibility: number;
      sourceId: string;
      documentId: string | null;
      locator: string | null;
    }
  >;
  sources: Map<string, { name: string; reliability: Reliability }>;
  documents: Map<string, { title: string; sha256: string }>;
}

export interface ExplainedClaim {
  id: string;
  statement: string;
  credibility: number;
  source: { id: string; name: string; reliability: Reliability } | null;
  document: { id: string; title: string; sha256: string; locator: string | null } | null;
}

export interface ExplainedEvidence {
  kind: "event" | "claim";
  id: string;
  title: string;
  date: string;
  mass: number;
  grade: number;
  decay: number;
  severity: number;
  contested: boolean;
  toll: { low: number | null; best: number | null; high: number | null } | null;
  claims: ExplainedClaim[];
}

export interface ExplainedIndicator {
  id: string;
  title: string;
  level: StageLevel;
  mass: number;
  items: number;
  contestedItems: number;
  cappedBy: Cap | null;
  /** The largest contributions; `items` may be more. */
  evidence: ExplainedEvidence[];
}

export interface ExplainedStage {
  stage: number;
  name: string;
  level: StageLevel;
  computedLevel: StageLevel;
  override: Override | null;
  score: number;
  cappedBy: Cap | null;
  indicators: ExplainedIndicator[];
}

/** The chain level -> rules fired -> stages -> indicators -> claims and events -> sources and documents. */
export interface Explanation {
  situationId: string;
  asOf: string;
  method: Assessment["method"];
  level: AlertLevel;
  computedLevel: AlertLevel;
  levelOverride: Override | null;
  rulesFired: { id: string; level: AlertLevel; concern: boolean; because: string }[];
  concerns: Assessment["concerns"];
  stages: ExplainedStage[];
  nextChange: Assessment["nextChange"];
}

/** Builds the explanation from an assessment and the records it names; stages without evidence are left out. */
export function explain(a: Assessment, refs: EvidenceRefs): Explanation {
  const claim = (id: string): ExplainedClaim[] => {
    const c = refs.claims.get(id);
    if (!c) return [];
    const s = refs.sources.get(c.sourceId);
    const d = c.documentId ? refs.documents.get(c.documentId) : undefined;
    return [
      {
        id,
        statement: c.statement,
        credibility: c.credibility,
        source: s ? { id: c.sourceId, name: s.name, reliability: s.reliability } : null,
        document:
          d && c.documentId
            ? { id: c.documentId, title: d.title, sha256: d.sha256, locator: c.locator }
            : null,
      },
    ];
  };
  const stages = a.stages
    .filter((s) => s.items > 0 || s.override)
    .map(
      (s): ExplainedStage => ({
        stage: s.stage,
        name: s.name,
        level: s.level,
        computedLevel: s.computedLevel,
        override: s.override,
        score: s.score,
        cappedBy: s.cappedBy,
        indicators: s.indicators.map((i) => ({
          id: i.indicatorId,
          title: i.title,
          level: i.level,
          mass: i.mass,
          items: i.items,
          contestedItems: i.contestedItems,
          cappedBy: i.cappedBy,
          evidence: i.top.map((t) => {
            const ev = t.kind === "event" ? refs.events.get(t.id) : undefined;
            const own = t.kind === "claim" ? refs.claims.get(t.id) : undefined;
            return {
              kind: t.kind,
              id: t.id,
              title: ev?.title ?? own?.statement.slice(0, 200) ?? "(not visible at your clearance)",
              date: t.date,
              mass: round6(t.mass),
              grade: round6(t.grade),
              decay: round6(t.decay),
              severity: round6(t.severity),
              contested: t.contested,
              toll: t.toll,
              claims: t.claimIds.flatMap(claim),
            };
          }),
        })),
      }),
    );
  return {
    situationId: a.situationId,
    asOf: a.asOf,
    method: a.method,
    level: a.level,
    computedLevel: a.computedLevel,
    levelOverride: a.levelOverride,
    rulesFired: a.rules
      .filter((r) => r.fired)
      .map((r) => ({ id: r.id, level: r.level, concern: r.concern, because: r.because })),
    concerns: a.concerns,
    stages,
    nextChange: a.nextChange,
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
