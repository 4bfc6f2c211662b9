import type { AlertLevel } from "../domain/alerts/rules/rule-set.ts";
import type { CustodyEvent } from "../domain/custody/custody-chain.ts";
import type { Reliability } from "../domain/evidence/grades.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";
import type { Assessment } from "../domain/stages/assessment.ts";
import type { EvidenceRefs } from "../domain/stages/explanation.ts";
import type { StageLevel } from "../domain/stages/levels.ts";
import type { Override } from "../domain/stages/override.ts";
import type { Toll } from "../domain/stages/scoring/severity.ts";
import type { IndicatorTally } from "../domain/stages/scoring/tally.ts";

/** A claim as the engine reads it: its grades, its dates, the indicator it names, the toll it asserts. */
export interface RawClaim {
  id: string;
  sourceId: string;
  reliability: Reliability;
  credibility: number;
  statedAt: string | null;
  createdAt: string;
  indicator: string | null;
  eventId: string | null;
  fatalities: Partial<Toll> | null;
}

export interface RawEvent {
  id: string;
  dateStart: string;
  datePrecision: "day" | "month" | "year" | "unknown-day";
  actTypes: string[];
  contested: boolean;
  fatalities: Toll;
  createdAt: string;
  claims: RawClaim[];
}

export interface RawEvidence {
  events: RawEvent[];
  /** Claims naming an indicator, about the situation or one of its events. */
  indicatorClaims: RawClaim[];
  /** The database's time when the evidence was read. */
  readAt: string;
  /**
   * The change marks' versions (the situation's own, and the one of all situations; 0 when none) noted
   * before the evidence was read: a cache built from it is valid while they are unchanged.
   */
  versions?: MarkVersions;
}

export interface MarkVersions {
  own: number;
  all: number;
}

/** A situation's change mark (the nil UUID: all situations): its version grows with every committed change. */
export interface ChangeMark {
  situationId: string;
  version: number;
  markedAt: string;
}

export interface EvidenceQuery {
  clearance: Sensitivity;
  /** Only records created before this instant ("recorded" knowledge); null for "dated". */
  recordedBefore: string | null;
  /** Events whose start is after this date are not read. */
  maxDate: string;
}

export interface CachedTallies {
  refDate: string;
  validUntil: string;
  builtAt: string;
  /** The change marks' versions of the evidence the tallies were built from (see RawEvidence.versions). */
  versions: MarkVersions;
  tallies: IndicatorTally[];
  unknown: { id: string; items: number }[];
}

export interface StoredAssessment {
  id: string;
  situationId: string;
  asOf: string;
  knowledge: "recorded" | "dated";
  clearance: Sensitivity;
  evidenceCutoff: string;
  ruleVersion: string;
  level: string;
  computedLevel: string;
  computedAt: string;
  computedBy: string;
}

/** Whose level history: one situation, at one clearance and knowledge, by one rule file. */
export interface LevelHistoryKey {
  situationId: string;
  clearance: Sensitivity;
  knowledge: "recorded" | "dated";
  rulesSha256: string;
}

/** The computed level at a date (a month end, or the last day a replay asked for). */
export interface LevelAt {
  asOf: string;
  level: AlertLevel;
  stages: StageLevel[];
  fired: string[];
}

/** Storage for the assessment engine: evidence read in the shape the engine needs, snapshots, overrides. */
export interface AssessmentStore {
  situationIds(clearance: Sensitivity): Promise<string[]>;
  situationVisible(id: string, clearance: Sensitivity): Promise<boolean>;
  loadEvidence(situationId: string, query: EvidenceQuery): Promise<RawEvidence>;
  /** The cached tallies, or null when absent or when the situation's evidence changed since they were built. */
  cachedTallies(situationId: string, clearance: Sensitivity): Promise<CachedTallies | null>;
  /** Every valid cache row at a clearance, in one query (for recomputing all situations). */
  allCachedTallies(clearance: Sensitivity): Promise<Map<string, CachedTallies>>;
  /**
   * Every change mark, committed ones only (a mark is written inside the writer's transaction), with the
   * database's time of the reading (`at`). A watcher compares versions, not times: a mark is stamped before
   * its transaction commits, so a time window can miss a late commit.
   */
  changeMarks(): Promise<{ at: string; marks: ChangeMark[] }>;
  /** The current versions of the situation's change mark and of the mark of all situations. */
  markVersions(situationId: string): Promise<MarkVersions>;
  /** The stored levels at these dates that were computed from evidence at these versions. */
  storedLevels(key: LevelHistoryKey, dates: readonly string[], versions: MarkVersions): Promise<LevelAt[]>;
  /** Stores levels computed from evidence at `versions`; drops the key's levels computed at others. */
  saveLevels(key: LevelHistoryKey, versions: MarkVersions, levels: readonly LevelAt[]): Promise<void>;
  saveTallies(situationId: string, clearance: Sensitivity, cache: CachedTallies): Promise<void>;
  saveAssessments(records: { record: StoredAssessment; result: Assessment }[]): Promise<void>;
  latestAssessment(
    situationId: string,
    clearance: Sensitivity,
    asOf?: string,
  ): Promise<{ record: StoredAssessment; result: Assessment } | null>;
  getAssessment(id: string): Promise<{ record: StoredAssessment; result: Assessment } | null>;
  listAssessments(situationId: string, clearance: Sensitivity, limit: number): Promise<StoredAssessment[]>;
  overrides(situationId: string): Promise<Override[]>;
  allOverrides(): Promise<Map<string, Override[]>>;
  addOverride(o: Override, custody: CustodyEvent, at: Date): Promise<void>;
  getOverride(id: string): Promise<Override | null>;
  /** Approves or rejects a pending override (with its custody entry); null when it is not pending. */
  decideOverride(
    id: string,
    decision: { status: "approved" | "rejected"; by: string; reason: string | null },
    at: Date,
    custody: CustodyEvent,
  ): Promise<Override | null>;
  /** Withdraws an approved override in force; null when there is none. */
  revokeOverride(
    id: string,
    by: string,
    reason: string,
    at: Date,
    custody: CustodyEvent,
  ): Promise<Override | null>;
  /** The records an explanation names, as a caller with `clearance` may see them. */
  refs(ids: { events: string[]; claims: string[] }, clearance: Sensitivity): Promise<EvidenceRefs>;
}
