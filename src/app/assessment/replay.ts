import type { RuleSet } from "../../domain/alerts/rules/rule-set.ts";
import { ALERT_LEVELS, type AlertLevel, alertRank } from "../../domain/alerts/rules/rule-set.ts";
import type { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { assess, type Cutoff } from "../../domain/stages/assessment.ts";
import type { StageLevel } from "../../domain/stages/levels.ts";
import { tallyItems } from "../../domain/stages/scoring/tally.ts";
import type { AssessmentStore, RawEvidence } from "../../ports/assessment-store.ts";
import { itemsFromEvidence } from "./evidence-items.ts";

export interface ReplayOptions {
  from?: string;
  to: string;
  knowledge: Cutoff["knowledge"];
  clearance: Sensitivity;
  /** A known onset (e.g. of a mass killing): the lead time is measured to it. */
  onset?: string;
}

export interface ReplayMonth {
  asOf: string;
  level: AlertLevel;
  stages: StageLevel[];
  fired: string[];
}

export interface ReplayResult {
  situationId: string;
  rules: string;
  knowledge: Cutoff["knowledge"];
  months: ReplayMonth[];
  /** The first month-end at which each level (or higher) was reached; null if never. */
  firstReached: Record<AlertLevel, string | null>;
  onset: string | null;
  /** Whole months from first reaching Warning or higher to the onset (negative: reached after it). */
  leadTimeMonths: number | null;
}

/**
 * Recomputes a situation month by month (at each month's last day) over its evidence, read once, with the
 * computed level only (analysts' overrides are left out: this measures the method). "dated" knowledge
 * replays imported history by the dates of the evidence; "recorded" by when tocsin recorded it.
 */
export async function replaySituation(
  store: AssessmentStore,
  rules: RuleSet,
  situationId: string,
  o: ReplayOptions,
): Promise<ReplayResult> {
  const raw = await store.loadEvidence(situationId, {
    clearance: o.clearance,
    recordedBefore: o.knowledge === "recorded" ? `${o.to}T23:59:59.999Z` : null,
    maxDate: o.to,
  });
  return replayEvidence(raw, rules, situationId, o);
}

/** The replay over evidence already read (also used on the fictional scenario without a database). */
export function replayEvidence(
  raw: RawEvidence,
  rules: RuleSet,
  situationId: string,
  o: ReplayOptions,
): ReplayResult {
  const first =
    o.from ??
    [
      ...raw.events.map((e) => e.dateStart),
      ...raw.indicatorClaims.map((c) => c.statedAt ?? c.createdAt.slice(0, 10)),
    ].sort()[0] ??
    o.to;
  return replayResult(situationId, rules, o, levelsAt(raw, rules, situationId, monthEnds(first, o.to), o));
}

/**
 * The computed level at each of the given dates, from evidence read up to the last of them. Each date's
 * level depends only on the evidence known at that date, so dates can be computed apart and stored.
 */
export function levelsAt(
  raw: RawEvidence,
  rules: RuleSet,
  situationId: string,
  dates: readonly string[],
  o: Pick<ReplayOptions, "knowledge" | "clearance">,
): ReplayMonth[] {
  const months: ReplayMonth[] = [];
  for (const asOf of dates) {
    // Recorded knowledge: a record counts from the day it was created.
    const visible =
      o.knowledge === "recorded"
        ? {
            ...raw,
            events: raw.events
              .filter((e) => e.createdAt.slice(0, 10) <= asOf)
              .map((e) => ({ ...e, claims: e.claims.filter((c) => c.createdAt.slice(0, 10) <= asOf) })),
            indicatorClaims: raw.indicatorClaims.filter((c) => c.createdAt.slice(0, 10) <= asOf),
          }
        : raw;
    const cutoff: Cutoff = { asOf, knowledge: o.knowledge, clearance: o.clearance };
    const { tallies } = tallyItems(itemsFromEvidence(visible, cutoff).items, asOf);
    const a = assess({ situationId, cutoff, tallies, rules });
    months.push({
      asOf,
      level: a.computedLevel,
      stages: a.stages.map((s) => s.computedLevel),
      fired: a.rules.filter((r) => r.fired).map((r) => r.id),
    });
  }
  return months;
}

/** The replay's result from its months: the first month of each level and the lead time to the onset. */
export function replayResult(
  situationId: string,
  rules: RuleSet,
  o: ReplayOptions,
  months: ReplayMonth[],
): ReplayResult {
  const firstReached = Object.fromEntries(
    ALERT_LEVELS.map((l) => [l, months.find((m) => alertRank(m.level) >= alertRank(l))?.asOf ?? null]),
  ) as Record<AlertLevel, string | null>;
  const warned = firstReached.warning;
  return {
    situationId,
    rules: rules.ref,
    knowledge: o.knowledge,
    months,
    firstReached,
    onset: o.onset ?? null,
    leadTimeMonths: o.onset && warned ? monthsBetween(warned, o.onset) : null,
  };
}

/** The last day of every month from `from`'s month to `to` (the last one is `to` itself). */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (end >= to) {
      out.push(to);
      return out;
    }
    out.push(end);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number) as [number, number];
  const [yb, mb] = b.split("-").map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}
