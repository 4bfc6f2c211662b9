import type { AlertLevel } from "../../domain/alerts/rules/rule-set.ts";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import type { Caller, Sensitivity } from "../../domain/evidence/sensitivity.ts";
import {
  type ApproximateOutline,
  approximateOutline,
  type LatLon,
} from "../../domain/geo/approximate-outline.ts";
import { type Assessment, assess } from "../../domain/stages/assessment.ts";
import type { OverviewStore, SituationSummary } from "../../ports/overview-store.ts";
import type { AssessmentService } from "../assessment/assessment.service.ts";
import { decayTallies } from "../assessment/cached-tallies.ts";
import type { RiskEntry, RiskSource } from "./risk-source.ts";
import { highestLevel, type LevelBasis, type SituationLevel, situationLevel } from "./situation-level.ts";

type Tallies = Awaited<ReturnType<AssessmentService["tallies"]>>;

/** A shape of the bundled world map (world-atlas): its feature id (ISO numeric), or its name when it has none. */
export interface AtlasFeature {
  id: string | null;
  name: string;
}

export type CountryShape =
  | { kind: "atlas"; features: AtlasFeature[] }
  | ({ kind: "approximate" } & ApproximateOutline)
  | { kind: "none" };

export interface CountryOverview {
  iso3: string;
  /** ISO's English name; for a code ISO leaves to users (the demo's XFT), the forecast data's name, else the code. */
  name: string;
  level: AlertLevel;
  situations: SituationLevel[];
  shape: CountryShape;
  risk: RiskEntry | null;
}

export interface Overview {
  asOf: string;
  rules: string;
  /** False when some situation's level is a stored snapshot or still pending (computing continues). */
  complete: boolean;
  countries: CountryOverview[];
  risk: {
    runId: string;
    modelId: string;
    fictional: boolean;
    dataYear: number;
    window: { from: number; to: number };
    scored: number;
    countries: (RiskEntry & { name: string; features: AtlasFeature[] })[];
  } | null;
}

export interface OverviewDeps {
  assessment: AssessmentService;
  store: OverviewStore;
  /** The world map's shapes of a country (empty when the map has none). */
  atlasFeatures: (iso3: string) => AtlasFeature[];
  countryName: (iso3: string) => string | null;
  /** Forecasts, when the deployment has any; without a source the map has no risk layer. */
  risk?: RiskSource;
  /**
   * How long one request may wait for assessments whose cache is missing or out of date (default 1 s). A
   * computation past it is not abandoned: it goes on behind (filling the cache) while the request answers
   * with the latest stored assessment, so that a change to a large situation (5,000 events to read at 1M)
   * does not hold the map for seconds.
   */
  budgetMs?: number;
  /**
   * How long an overview, and the places that outline the countries without a map shape, are served from
   * memory (default 5 minutes) while nothing their key covers changed; after that they are served once
   * more and read again behind (for what no key covers: an outline lags new events by up to twice this).
   */
  maxAgeMs?: number;
  log?: (line: string) => void;
  now?: () => number;
}

/**
 * The world map's data: every country with situations, each country's highest current alert level and its
 * situations (level, the rule that set it, override), its shape (world map, or an approximate outline from
 * its events' places), and the statistical risk when forecasts exist.
 *
 * Speed: levels come from the engine's cached tallies (decayed exactly to today) in one query, not from the
 * evidence. Situations without a valid cache are computed within a time budget (which fills their cache);
 * past it (a computation that runs over goes on behind), the latest stored assessment stands in (marked
 * `snapshot`, with its date) or the level is `pending`, and the rest are computed in the background so the
 * next request is complete.
 *
 * A complete overview is kept in memory per clearance, keyed by the day, the rule file and the store's
 * change key (change marks' versions, overrides, situations, forecast runs: OverviewStore.changeKey): while
 * the key is unchanged a request is answered from memory; a committed change gives a new key, and the
 * next request computes the overview again (from the tallies the change left valid, the rest from the
 * evidence).
 */
export class OverviewService {
  readonly #deps: OverviewDeps;
  readonly #warming = new Map<Sensitivity, Promise<void>>();
  readonly #memo = new Map<Sensitivity, { key: string; at: number; value: Promise<Overview> }>();
  readonly #refreshing = new Set<Sensitivity>();
  readonly #background = new Set<Promise<void>>();
  readonly #places = new Map<string, { at: number; value: Promise<Map<string, LatLon[]>> }>();
  /** Tallies being computed, per clearance and situation: a request and the warming behind share one. */
  readonly #computing = new Map<string, Promise<Tallies>>();

  constructor(deps: OverviewDeps) {
    this.#deps = deps;
  }

  /**
   * The overview a caller may see: the one computed for their clearance (kept in memory, shared), without
   * the restricted situations their grants do not open (the policy's per-record rule); a country left with
   * none of its situations is left off the map, one left with some takes the highest level among them.
   */
  async overview(caller: Caller): Promise<Overview> {
    const [shared, closed] = await Promise.all([
      this.#shared(caller),
      this.#deps.store.closedSituations(recordAccessOf(caller)),
    ]);
    if (closed.size === 0) return shared;
    const countries = shared.countries.flatMap((c): CountryOverview[] => {
      const situations = c.situations.filter((s) => !closed.has(s.id));
      if (situations.length === c.situations.length) return [c];
      if (situations.length === 0) return [];
      return [{ ...c, situations, level: highestLevel(situations.map((s) => s.level)) }];
    });
    return { ...shared, countries };
  }

  async #shared(caller: Caller): Promise<Overview> {
    const { assessment, store } = this.#deps;
    const clearance = caller.clearance;
    const rules = assessment.rules.current;
    const key = [assessment.today(), rules.ref, rules.sha256, await store.changeKey()].join("|");
    const memo = this.#memo.get(clearance);
    if (memo && memo.key === key) {
      if (Date.now() - memo.at > (this.#deps.maxAgeMs ?? 300_000)) this.#refresh(clearance, key);
      return memo.value;
    }
    return this.#remember(clearance, key, this.#compute(clearance));
  }

  /** Keeps an overview under its key once it is complete (an incomplete one is computed again). */
  #remember(clearance: Sensitivity, key: string, value: Promise<Overview>): Promise<Overview> {
    const entry = { key, at: Date.now(), value };
    this.#memo.set(clearance, entry);
    const forget = () => {
      if (this.#memo.get(clearance) === entry) this.#memo.delete(clearance);
    };
    value.then((o) => (o.complete ? undefined : forget()), forget);
    return value;
  }

  /** Computes an aged overview again behind the one being served, which stands until this one is complete. */
  #refresh(clearance: Sensitivity, key: string): void {
    if (this.#refreshing.has(clearance)) return;
    this.#refreshing.add(clearance);
    const log = this.#deps.log ?? ((line: string) => console.error(line));
    const done = this.#compute(clearance)
      .then((o) => {
        if (o.complete && this.#memo.get(clearance)?.key === key)
          this.#memo.set(clearance, { key, at: Date.now(), value: Promise.resolve(o) });
      })
      .catch((e: unknown) => log(`tocsin overview: refresh failed: ${e instanceof Error ? e.message : e}`))
      .finally(() => {
        this.#refreshing.delete(clearance);
        this.#background.delete(done);
      });
    this.#background.add(done);
  }

  async #compute(clearance: Sensitivity): Promise<Overview> {
    const { assessment, store } = this.#deps;
    const cutoff = assessment.cutoff({}, clearance);
    const [situations, cached, overrides, riskLayer] = await Promise.all([
      store.situations(clearance),
      assessment.store.allCachedTallies(clearance),
      assessment.store.allOverrides(),
      this.#deps.risk ? this.#deps.risk() : Promise.resolve(null),
    ]);
    const now = this.#deps.now ?? (() => performance.now());
    const deadline = now() + (this.#deps.budgetMs ?? 1000);
    const rules = assessment.rules.current;
    const levels = new Map<string, SituationLevel>();
    const behind: string[] = [];
    for (const s of situations) {
      const c = cached.get(s.id);
      let result: Assessment | null = null;
      let basis: LevelBasis = "cache";
      if (c && c.refDate <= cutoff.asOf && cutoff.asOf < c.validUntil) {
        const tallies = decayTallies(c.tallies, c.refDate, cutoff.asOf);
        result = assess({
          situationId: s.id,
          cutoff,
          tallies,
          rules,
          overrides: overrides.get(s.id) ?? [],
          unknownIndicators: c.unknown,
        });
      } else {
        // A computation an earlier request left running behind is not waited for again.
        const waits = now() < deadline && !this.#computing.has(this.#key(s.id, cutoff));
        const t = waits ? await this.#within(this.#tallies(s.id, cutoff), deadline - now()) : null;
        if (t) {
          result = assess({
            situationId: s.id,
            cutoff,
            tallies: t.tallies,
            rules,
            overrides: overrides.get(s.id) ?? [],
            unknownIndicators: t.unknown,
          });
          basis = "computed";
        } else {
          behind.push(s.id);
          const stored = await assessment.store.latestAssessment(s.id, clearance);
          result = stored && stored.record.ruleVersion === rules.ref ? stored.result : null;
          basis = result ? "snapshot" : "pending";
        }
      }
      levels.set(s.id, situationLevel(s, result, basis));
    }
    if (behind.length > 0) this.#warm(behind, clearance);
    const countries = await this.#countries(situations, levels, clearance, riskLayer?.byIso3 ?? null);
    return {
      asOf: cutoff.asOf,
      rules: rules.ref,
      complete: behind.length === 0,
      countries,
      risk: riskLayer
        ? {
            runId: riskLayer.runId,
            modelId: riskLayer.modelId,
            fictional: riskLayer.fictional,
            dataYear: riskLayer.dataYear,
            window: riskLayer.window,
            scored: riskLayer.scored,
            countries: [...riskLayer.byIso3.values()].map((r) => ({
              ...r,
              name: this.#deps.countryName(r.iso3) ?? r.country,
              features: this.#deps.atlasFeatures(r.iso3),
            })),
          }
        : null,
    };
  }

  /** Resolves when no background computation is running (tests and shutdown wait for it). */
  async idle(): Promise<void> {
    await Promise.all([...this.#warming.values(), ...this.#background]);
  }

  async #countries(
    situations: SituationSummary[],
    levels: Map<string, SituationLevel>,
    clearance: Sensitivity,
    risk: Map<string, RiskEntry> | null,
  ): Promise<CountryOverview[]> {
    const byCountry = new Map<string, SituationLevel[]>();
    for (const s of situations) {
      const list = byCountry.get(s.country) ?? [];
      list.push(levels.get(s.id) as SituationLevel);
      byCountry.set(s.country, list);
    }
    const features = new Map([...byCountry.keys()].map((iso3) => [iso3, this.#deps.atlasFeatures(iso3)]));
    const unmapped = [...features].filter(([, f]) => f.length === 0).map(([iso3]) => iso3);
    const places = await this.#placesOf(unmapped, clearance);
    return [...byCountry].map(([iso3, list]): CountryOverview => {
      const atlas = features.get(iso3) ?? [];
      const outline = atlas.length === 0 ? approximateOutline(places.get(iso3) ?? []) : null;
      const shape: CountryShape =
        atlas.length > 0
          ? { kind: "atlas", features: atlas }
          : outline
            ? { kind: "approximate", ...outline }
            : { kind: "none" };
      return {
        iso3,
        name: this.#deps.countryName(iso3) ?? risk?.get(iso3)?.country ?? iso3,
        level: highestLevel(list.map((s) => s.level)),
        situations: list,
        shape,
        risk: risk?.get(iso3) ?? null,
      };
    });
  }

  /**
   * The located places of the countries without a map shape, kept apart from the overview: reading them
   * is most of an overview's cost at scale (1.2-1.9 s for 50,000 located events at 1M), and an approximate
   * outline may lag new events by `maxAgeMs` (it is read again behind the one served once older).
   */
  async #placesOf(countries: string[], clearance: Sensitivity): Promise<Map<string, LatLon[]>> {
    const key = `${clearance}|${[...countries].sort().join(",")}`;
    const maxAge = this.#deps.maxAgeMs ?? 300_000;
    const read = () => {
      const entry = { at: Date.now(), value: this.#deps.store.eventLocations(countries, clearance) };
      this.#places.set(key, entry);
      entry.value.catch(() => {
        if (this.#places.get(key) === entry) this.#places.delete(key);
      });
      return entry.value;
    };
    const memo = this.#places.get(key);
    if (!memo) return read();
    if (Date.now() - memo.at > maxAge) {
      // Served once more while the new reading runs; it replaces this one when it is done.
      const next = this.#deps.store.eventLocations(countries, clearance);
      const done = next.then(
        (value) => {
          this.#places.set(key, { at: Date.now(), value: Promise.resolve(value) });
        },
        () => {},
      );
      this.#background.add(done);
      done.finally(() => this.#background.delete(done));
      memo.at = Date.now();
    }
    return memo.value;
  }

  #key(id: string, cutoff: ReturnType<AssessmentService["cutoff"]>): string {
    return `${cutoff.clearance}|${cutoff.asOf}|${id}`;
  }

  /** A situation's tallies (cached by the engine), computed once at a time per clearance and situation. */
  #tallies(id: string, cutoff: ReturnType<AssessmentService["cutoff"]>): Promise<Tallies> {
    const key = this.#key(id, cutoff);
    const running = this.#computing.get(key);
    if (running) return running;
    const next = this.#deps.assessment.tallies(id, cutoff);
    this.#computing.set(key, next);
    const done = next.then(
      () => {},
      () => {},
    );
    done.finally(() => {
      if (this.#computing.get(key) === next) this.#computing.delete(key);
      this.#background.delete(done);
    });
    this.#background.add(done);
    return next;
  }

  /** The value if it comes within `ms`, else null (it goes on; a failure is the caller's only if in time). */
  async #within<T>(value: Promise<T>, ms: number): Promise<T | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), Math.max(0, ms));
    });
    try {
      return await Promise.race([value, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Computes (and caches) the tallies of situations a request had no time for, one at a time, once. */
  #warm(ids: string[], clearance: Sensitivity): void {
    if (this.#warming.has(clearance)) return;
    const { assessment } = this.#deps;
    const log = this.#deps.log ?? ((line: string) => console.error(line));
    const run = (async () => {
      const cutoff = assessment.cutoff({}, clearance);
      for (const id of ids) await this.#tallies(id, cutoff);
    })()
      .catch((e: unknown) =>
        log(`tocsin overview: computing levels failed: ${e instanceof Error ? e.message : e}`),
      )
      .finally(() => this.#warming.delete(clearance));
    this.#warming.set(clearance, run);
  }
}
