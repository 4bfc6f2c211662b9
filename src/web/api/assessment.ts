/**
 * The assessment API as the situation page reads it (src/http/assessment; docs/assessment-method.md), and the
 * events and forecasts it shows beside it. Mirrored by hand: the web app does not import the server's code.
 */

import type { DatePrecision } from "../format/dates.ts";
import type { AlertLevel, StageLevel } from "../format/levels.ts";
import type { Toll } from "../format/numbers.ts";

export interface Override {
  id: string;
  target: string;
  value: string;
  reason: string;
  actor: string;
  at: string;
  /** Two-person rule: pending until a second person approves (in force) or rejects it. */
  status: "pending" | "approved" | "rejected";
  decidedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  revokedAt: string | null;
}

export interface RuleOutcome {
  id: string;
  level: AlertLevel;
  concern: boolean;
  because: string;
  fired: boolean;
  distance: number;
  shortfalls: {
    target: string;
    needs: StageLevel;
    now: StageLevel;
    massNeeded: number;
    gate: string | null;
  }[];
}

export interface StageResult {
  stage: number;
  name: string;
  level: StageLevel;
  computedLevel: StageLevel;
  override: Override | null;
  score: number;
  cappedBy: string | null;
  items: number;
  contestedItems: number;
  indicators: { indicatorId: string; title: string; level: StageLevel; mass: number; items: number }[];
}

export interface RiskFactor {
  number: number;
  name: string;
  scope: string;
  level: StageLevel;
  score: number;
  cappedBy: string | null;
  indicators: {
    indicatorId: string;
    title: string;
    stage: number | null;
    level: StageLevel;
    mass: number;
    items: number;
  }[];
}

export interface Assessment {
  situationId: string;
  asOf: string;
  method: { catalogue: string; rules: string; rulesSha256: string; reading: string };
  level: AlertLevel;
  computedLevel: AlertLevel;
  levelOverride: Override | null;
  stages: StageResult[];
  framework: RiskFactor[];
  rules: RuleOutcome[];
  concerns: { id: string; because: string }[];
  nextChange: RuleOutcome | null;
  evidence: { items: number; contestedItems: number };
}

export interface ExplainedEvidence {
  kind: "event" | "claim";
  id: string;
  title: string;
  date: string;
  mass: number;
  contested: boolean;
  toll: Toll | null;
  claims: {
    id: string;
    statement: string;
    credibility: number;
    source: { id: string; name: string; reliability: string } | null;
    document: { id: string; title: string; sha256: string; locator: string | null } | null;
  }[];
}

export interface Explanation {
  assessmentId: string | null;
  asOf: string;
  stages: {
    stage: number;
    name: string;
    indicators: {
      id: string;
      title: string;
      level: StageLevel;
      mass: number;
      items: number;
      evidence: ExplainedEvidence[];
    }[];
  }[];
}

export interface StoredAssessment {
  id: string;
  asOf: string;
  knowledge: string;
  ruleVersion: string;
  level: AlertLevel;
  computedLevel: AlertLevel;
  computedAt: string;
  computedBy: string;
}

export interface AssessmentDiff {
  from: { asOf: string; level: AlertLevel; rules: string };
  to: { asOf: string; level: AlertLevel; rules: string };
  levelChanged: boolean;
  rulesVersionChanged: boolean;
  rulesNowFiring: string[];
  rulesNoLongerFiring: string[];
  stages: { stage: number; from: StageLevel; to: StageLevel; scoreDelta: number }[];
  indicators: { id: string; from: StageLevel; to: StageLevel; massDelta: number; itemsDelta: number }[];
  evidenceIn: { indicator: string; kind: string; id: string; date: string; mass: number }[];
  evidenceOut: { indicator: string; kind: string; id: string; date: string; mass: number }[];
}

export interface Replay {
  rules: string;
  knowledge: string;
  months: { asOf: string; level: AlertLevel; stages: StageLevel[]; fired: string[] }[];
}

export interface Situation {
  id: string;
  name: string;
  country: string;
  region: string | null;
  description: string | null;
  sensitivity: string;
}

export interface EventRecord {
  id: string;
  title: string;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  place: { country: string | null; admin1: string | null; admin2: string | null; name: string | null };
  acts: { type: string; description: string | null }[];
  fatalities: Toll;
  contested: boolean;
  sensitivity: string;
}

export interface ForecastPoint {
  dataYear: number;
  window: { from: number; to: number };
  probability: number;
  rank: number;
  of: number | null;
  band: "low" | "elevated" | "high";
  run: { id: string; modelId: string; modelVersion: string; fictional: boolean };
}

export interface CountryForecast {
  iso3: string;
  name: string | null;
  latest: ForecastPoint | null;
  points: ForecastPoint[];
}

export const situationPath = (id: string, rest = "") => `/api/v1/situations/${encodeURIComponent(id)}${rest}`;
