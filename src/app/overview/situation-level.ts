import { type AlertLevel, alertRank } from "../../domain/alerts/rules/rule-set.ts";
import type { Assessment } from "../../domain/stages/assessment.ts";
import type { SituationSummary } from "../../ports/overview-store.ts";

/** Where a situation's level on the map came from. */
export type LevelBasis =
  /** computed now from cached tallies (exact: the cache decays to today) */
  | "cache"
  /** computed now from the evidence (the cache was missing or out of date) */
  | "computed"
  /** the latest stored assessment, shown while today's is being computed: see `asOf` */
  | "snapshot"
  /** not yet computed: no cache, no stored assessment, and the time budget was spent */
  | "pending";

export interface SituationLevel {
  id: string;
  name: string;
  region: string | null;
  sensitivity: SituationSummary["sensitivity"];
  /** The level in force (an analyst's override if any); null while pending. */
  level: AlertLevel | null;
  computedLevel: AlertLevel | null;
  overridden: boolean;
  override: { value: string; reason: string; by: string; at: string } | null;
  /** The rule that set the level the rules give (the first rule of the file at that level), null at "none". */
  rule: { id: string; because: string } | null;
  /** Concern rules that fired: always shown, whatever the level. */
  concerns: { id: string; because: string }[];
  asOf: string | null;
  basis: LevelBasis;
}

/** A situation's line on the map from its assessment. */
export function situationLevel(s: SituationSummary, a: Assessment | null, basis: LevelBasis): SituationLevel {
  const base = { id: s.id, name: s.name, region: s.region, sensitivity: s.sensitivity };
  if (!a)
    return {
      ...base,
      level: null,
      computedLevel: null,
      overridden: false,
      override: null,
      rule: null,
      concerns: [],
      asOf: null,
      basis: "pending",
    };
  const fired = a.rules.filter((r) => r.fired);
  const byRules = fired.reduce<AlertLevel>(
    (top, r) => (alertRank(r.level) > alertRank(top) ? r.level : top),
    "none",
  );
  const setter = byRules === "none" ? undefined : fired.find((r) => r.level === byRules);
  const o = a.levelOverride;
  return {
    ...base,
    level: a.level,
    computedLevel: a.computedLevel,
    overridden: o !== null,
    override: o ? { value: o.value, reason: o.reason, by: o.actor, at: o.at } : null,
    rule: setter ? { id: setter.id, because: setter.because } : null,
    concerns: a.concerns,
    asOf: a.asOf,
    basis,
  };
}

/** The highest level among a country's situations (pending ones do not count). */
export function highestLevel(levels: readonly (AlertLevel | null)[]): AlertLevel {
  let top: AlertLevel = "none";
  for (const l of levels) if (l && alertRank(l) > alertRank(top)) top = l;
  return top;
}
