import { randomUUID } from "node:crypto";
import { NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Caller, Sensitivity } from "../../domain/evidence/sensitivity.ts";
import { type Assessment, assess, type Cutoff } from "../../domain/stages/assessment.ts";
import { diffAssessments } from "../../domain/stages/diff.ts";
import { explain } from "../../domain/stages/explanation.ts";
import type { Override } from "../../domain/stages/override.ts";
import { dayNumber, isoFromDay } from "../../domain/stages/scoring/decay.ts";
import { type IndicatorTally, tallyItems } from "../../domain/stages/scoring/tally.ts";
import type { AssessmentStore, StoredAssessment } from "../../ports/assessment-store.ts";
import type { Clock } from "../../ports/clock.ts";
import { decayTallies } from "./cached-tallies.ts";
import { itemsFromEvidence } from "./evidence-items.ts";
import { storedReplay } from "./level-history.ts";
import { OverrideWorkflow } from "./override-workflow.ts";
import type { RuleRegistry } from "./rule-registry.ts";

export interface AssessOptions {
  /** YYYY-MM-DD; default today. */
  asOf?: string;
  knowledge?: Cutoff["knowledge"];
}

/** Evidence dated up to a year after the reference date is read when caching, to know when the cache expires. */
const LOOKAHEAD_DAYS = 366;

/**
 * The assessment use cases: compute a situation's assessment as of a date (from the evidence known then),
 * store snapshots, recompute every situation, explain, diff, override, list history.
 */
export class AssessmentService {
  constructor(
    readonly store: AssessmentStore,
    readonly rules: RuleRegistry,
    readonly clock: Clock,
  ) {}

  today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  cutoff(options: AssessOptions, clearance: Sensitivity): Cutoff {
    const asOf = options.asOf ?? this.today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
      throw new ValidationError(`asOf: expected a date as YYYY-MM-DD, got "${asOf}"`, [
        { path: "asOf", message: "expected a date as YYYY-MM-DD" },
      ]);
    }
    return { asOf, knowledge: options.knowledge ?? "recorded", clearance };
  }

  /** The tallies of one situation at a cut-off: from the cache when it is valid, else from the evidence. */
  async tallies(
    situationId: string,
    cutoff: Cutoff,
  ): Promise<{ tallies: Map<string, IndicatorTally>; unknown: { id: string; items: number }[] }> {
    const cacheable = cutoff.knowledge === "recorded" && cutoff.asOf >= this.today();
    if (cacheable) {
      const c = await this.store.cachedTallies(situationId, cutoff.clearance);
      if (c && c.refDate <= cutoff.asOf && cutoff.asOf < c.validUntil) {
        return { tallies: decayTallies(c.tallies, c.refDate, cutoff.asOf), unknown: c.unknown };
      }
    }
    // The situation page asks for the assessment, the explanation and the diff at once: after a change each
    // would read the situation's evidence (thousands of rows) and tally it. One computation serves every
    // request for the same cut-off made while it runs, when the evidence's change marks are the versions
    // the request sees (a request made after a change committed never gets a computation started before it).
    const v = await this.store.markVersions(situationId);
    const key = `${situationId}|${cutoff.clearance}|${cutoff.knowledge}|${cutoff.asOf}|${cacheable}|${v.own}|${v.all}`;
    const running = this.#computing.get(key);
    if (running) return running;
    const computing = this.#computeTallies(situationId, cutoff, cacheable).finally(() =>
      this.#computing.delete(key),
    );
    this.#computing.set(key, computing);
    return computing;
  }

  /** Tally computations running now, by situation, cut-off and change-mark versions (see tallies). */
  readonly #computing = new Map<string, ReturnType<AssessmentService["tallies"]>>();

  async #computeTallies(situationId: string, cutoff: Cutoff, cache: boolean) {
    const recordedBefore =
      cutoff.knowledge === "recorded" ? `${isoFromDay(dayNumber(cutoff.asOf) + 1)}T00:00:00Z` : null;
    const maxDate = cache ? isoFromDay(dayNumber(cutoff.asOf) + LOOKAHEAD_DAYS) : cutoff.asOf;
    const raw = await this.store.loadEvidence(situationId, {
      clearance: cutoff.clearance,
      recordedBefore,
      maxDate,
    });
    const { items, later } = itemsFromEvidence(raw, cutoff);
    const { tallies, unknown } = tallyItems(items, cutoff.asOf);
    const unknownCounts = countUnknown(unknown.map((u) => u.indicatorId));
    if (cache && raw.versions) {
      const validUntil = [...later, isoFromDay(dayNumber(cutoff.asOf) + LOOKAHEAD_DAYS)].sort()[0] as string;
      await this.store.saveTallies(situationId, cutoff.clearance, {
        refDate: cutoff.asOf,
        validUntil,
        builtAt: raw.readAt,
        versions: raw.versions,
        tallies: [...tallies.values()],
        unknown: unknownCounts,
      });
    }
    return { tallies, unknown: unknownCounts };
  }

  /** Computes a situation's assessment (not stored). */
  async compute(situationId: string, options: AssessOptions, caller: Caller): Promise<Assessment> {
    const cutoff = this.cutoff(options, caller.clearance);
    await this.#mustSee(situationId, caller.clearance);
    const [{ tallies, unknown }, overrides] = await Promise.all([
      this.tallies(situationId, cutoff),
      this.store.overrides(situationId),
    ]);
    return assess({
      situationId,
      cutoff,
      tallies,
      rules: this.rules.current,
      overrides,
      unknownIndicators: unknown,
    });
  }

  /** Computes and stores a snapshot; returns it with its id. */
  async snapshot(situationId: string, options: AssessOptions, caller: Caller) {
    const result = await this.compute(situationId, options, caller);
    const record = this.#record(result, caller);
    await this.store.saveAssessments([{ record, result }]);
    return { record, result };
  }

  /**
   * Recomputes and stores every situation the caller may see, as of a date (default today). Tallies come
   * from the cache where it is valid; only situations whose evidence changed are read again.
   */
  async recomputeAll(options: AssessOptions, caller: Caller) {
    const cutoff = this.cutoff(options, caller.clearance);
    const ids = await this.store.situationIds(caller.clearance);
    const cacheable = cutoff.knowledge === "recorded" && cutoff.asOf >= this.today();
    const [cached, overrides] = await Promise.all([
      cacheable ? this.store.allCachedTallies(caller.clearance) : Promise.resolve(new Map()),
      this.store.allOverrides(),
    ]);
    const out: { record: StoredAssessment; result: Assessment }[] = [];
    let fromCache = 0;
    for (const id of ids) {
      const c = cached.get(id);
      let t: { tallies: Map<string, IndicatorTally>; unknown: { id: string; items: number }[] };
      if (c && c.refDate <= cutoff.asOf && cutoff.asOf < c.validUntil) {
        t = { tallies: decayTallies(c.tallies, c.refDate, cutoff.asOf), unknown: c.unknown };
        fromCache++;
      } else {
        t = await this.#computeTallies(id, cutoff, cacheable);
      }
      const result = assess({
        situationId: id,
        cutoff,
        tallies: t.tallies,
        rules: this.rules.current,
        overrides: overrides.get(id) ?? [],
        unknownIndicators: t.unknown,
      });
      out.push({ record: this.#record(result, caller), result });
    }
    await this.store.saveAssessments(out);
    return { asOf: cutoff.asOf, situations: out.length, fromCache, results: out };
  }

  /**
   * Recomputes a situation as of today at one clearance and stores a snapshot when its level or a stage
   * differs from the latest stored one at that clearance (or none is stored): what a recompute job does
   * after the situation's evidence changed. Running it again on the same evidence stores nothing.
   */
  async refresh(situationId: string, caller: Caller) {
    const result = await this.compute(situationId, {}, caller);
    const latest = await this.store.latestAssessment(situationId, caller.clearance);
    const changed = !latest || profileMoved(latest.result, result);
    if (changed) await this.store.saveAssessments([{ record: this.#record(result, caller), result }]);
    return { stored: changed, from: latest?.record.level ?? null, to: result.level, asOf: result.asOf };
  }

  /** The explanation of the latest stored assessment (as of a date, if given), or of a fresh one. */
  async explanation(situationId: string, options: AssessOptions & { fresh?: boolean }, caller: Caller) {
    await this.#mustSee(situationId, caller.clearance);
    const stored = options.fresh
      ? null
      : await this.store.latestAssessment(situationId, caller.clearance, options.asOf);
    const usable =
      stored &&
      (!options.asOf || stored.record.asOf === options.asOf) &&
      stored.record.ruleVersion === this.rules.current.ref;
    const result = usable ? stored.result : await this.compute(situationId, options, caller);
    const top = result.stages.flatMap((s) => s.indicators.flatMap((i) => i.top));
    const refs = await this.store.refs(
      {
        events: [...new Set(top.filter((t) => t.kind === "event").map((t) => t.id))],
        claims: [...new Set(top.flatMap((t) => t.claimIds))],
      },
      caller.clearance,
    );
    return { assessmentId: usable ? stored.record.id : null, explanation: explain(result, refs) };
  }

  async history(situationId: string, caller: Caller, limit = 100) {
    await this.#mustSee(situationId, caller.clearance);
    return this.store.listAssessments(situationId, caller.clearance, Math.min(Math.max(limit, 1), 1000));
  }

  /** What moved between two assessments: each side an assessment id or an as-of date (computed). */
  async diff(situationId: string, from: string, to: string, caller: Caller) {
    const side = async (ref: string) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(ref)) return this.compute(situationId, { asOf: ref }, caller);
      const s = await this.store.getAssessment(ref);
      if (!s || s.record.situationId !== situationId || s.record.clearance !== caller.clearance)
        throw new NotFoundError("assessment", ref);
      return s.result;
    };
    return diffAssessments(await side(from), await side(to));
  }

  /** Overrides and the two-person rule over them: override-workflow.ts. */
  readonly #overrides = new OverrideWorkflow(this);

  /** Proposes an override (pending until a second person approves it). */
  override(situationId: string, raw: unknown, caller: Caller): Promise<Override> {
    return this.#overrides.propose(situationId, raw, caller);
  }

  approveOverride(situationId: string, overrideId: string, caller: Caller, note?: string) {
    return this.#overrides.approve(situationId, overrideId, caller, note);
  }

  rejectOverride(situationId: string, overrideId: string, reason: string, caller: Caller) {
    return this.#overrides.reject(situationId, overrideId, reason, caller);
  }

  revokeOverride(situationId: string, overrideId: string, reason: string, caller: Caller) {
    return this.#overrides.revoke(situationId, overrideId, reason, caller);
  }

  /** Throws not-found when the situation is above the clearance (or absent). */
  mustSee(situationId: string, clearance: Sensitivity): Promise<void> {
    return this.#mustSee(situationId, clearance);
  }

  overrides(situationId: string) {
    return this.store.overrides(situationId);
  }

  /**
   * Month-by-month levels over the situation's evidence, with the lead time to a known onset: read from the
   * stored level history while the evidence is unchanged, else computed (and stored).
   */
  async replay(
    situationId: string,
    options: { from?: string; to?: string; knowledge?: Cutoff["knowledge"]; onset?: string },
    caller: Caller,
  ) {
    await this.#mustSee(situationId, caller.clearance);
    const to = this.cutoff({ asOf: options.to }, caller.clearance).asOf;
    if (options.from) this.cutoff({ asOf: options.from }, caller.clearance);
    if (options.onset) this.cutoff({ asOf: options.onset }, caller.clearance);
    return storedReplay(this.store, this.rules.current, situationId, {
      from: options.from,
      to,
      knowledge: options.knowledge ?? "dated",
      clearance: caller.clearance,
      onset: options.onset,
    });
  }

  /** Every situation the caller may see, for listing. */
  situationIds(caller: Caller) {
    return this.store.situationIds(caller.clearance);
  }

  #record(result: Assessment, caller: Caller): StoredAssessment {
    const { cutoff } = result;
    return {
      id: randomUUID(),
      situationId: result.situationId,
      asOf: cutoff.asOf,
      knowledge: cutoff.knowledge,
      clearance: cutoff.clearance,
      evidenceCutoff: `${isoFromDay(dayNumber(cutoff.asOf) + 1)}T00:00:00.000Z`,
      ruleVersion: result.method.rules,
      level: result.level,
      computedLevel: result.computedLevel,
      computedAt: this.clock.now().toISOString(),
      computedBy: caller.actor,
    };
  }

  async #mustSee(situationId: string, clearance: Sensitivity): Promise<void> {
    if (!(await this.store.situationVisible(situationId, clearance)))
      throw new NotFoundError("situation", situationId);
  }
}

function countUnknown(ids: string[]): { id: string; items: number }[] {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([id, items]) => ({ id, items }));
}

/** Whether the level (in force or computed) or any stage's level differs between two assessments. */
export function profileMoved(a: Assessment, b: Assessment): boolean {
  if (a.level !== b.level || a.computedLevel !== b.computedLevel) return true;
  return b.stages.some((s, i) => {
    const t = a.stages[i];
    return !t || t.level !== s.level || t.computedLevel !== s.computedLevel;
  });
}
