/**
 * Stored forecasts: record a run (from `tocsin forecast --store`, or the demo's fictional run) and read
 * them back for the map (every country, one run, one data year), a country's trend over the years, the
 * list of runs, and the latest forecast beside a situation's assessment.
 */
import { randomUUID } from "node:crypto";
import { NotFoundError } from "../../domain/errors.ts";
import { countryByCode } from "../../domain/reference/countries.ts";
import { runCustodyEvent } from "../../domain/risk/run-custody.ts";
import {
  type CountryForecast,
  type ForecastInput,
  type ForecastRun,
  type ForecastRunSummary,
  type RiskBand,
  riskBand,
} from "../../domain/risk/stored-forecast.ts";
import type { Clock } from "../../ports/clock.ts";
import type { ForecastStore, RunChoice } from "../../ports/forecast-store.ts";
import type { CountryChange } from "./changes.ts";
import { toCountryForecasts } from "./country-forecasts.ts";
import type { FittedForecast } from "./forecast.service.ts";

export interface RecordMeta {
  modelVersion: string;
  /** Null when the model was not fitted (published coefficients). */
  fitted: boolean;
  seed: number | null;
  inputs: ForecastInput[];
  createdBy: string;
}

export interface MapItem {
  iso3: string;
  name: string;
  probability: number;
  rank: number;
  band: RiskBand;
  previousProbability: number | null;
  categories: string[];
}

export interface LatestForecast {
  runId: string;
  modelId: string;
  fictional: boolean;
  dataYear: number;
  window: { from: number; to: number };
  probability: number;
  rank: number;
  /** How many countries that run scored that year (the rank is out of these). */
  of: number;
  band: RiskBand;
}

/** The name people see: ISO's English name when the code is a real one, else the name the data gave. */
export function displayName(iso3: string, given: string): string {
  return countryByCode(iso3)?.name ?? given;
}

export class ForecastRunsService {
  constructor(
    readonly store: ForecastStore,
    readonly clock: Clock,
  ) {}

  /** Stores a forecast from `forecastYear` with its per-country changes; returns the run and what was left out. */
  async record(result: FittedForecast, changes: readonly CountryChange[], meta: RecordMeta) {
    const { forecasts, unmapped } = toCountryForecasts(changes);
    const run: ForecastRun = {
      id: randomUUID(),
      modelId: result.model,
      modelVersion: meta.modelVersion,
      modelDescription: result.description,
      trainStart: meta.fitted ? result.trainStart : null,
      trainEnd: meta.fitted ? result.trainEnd : null,
      trainRows: meta.fitted ? result.trainRows : null,
      seed: meta.fitted ? meta.seed : null,
      fictional: false,
      inputs: meta.inputs,
      notes: {
        ...(result.trained.notes ?? {}),
        ...(result.skipped.length > 0 ? { notScored: result.skipped } : {}),
        ...(unmapped.length > 0 ? { noIsoCode: unmapped } : {}),
      },
      createdAt: this.clock.now().toISOString(),
      createdBy: meta.createdBy,
    };
    await this.store.saveRun(run, forecasts, runCustodyEvent(run, forecasts));
    return { run, forecasts, unmapped };
  }

  /** Stores a run built elsewhere (the demo's fictional run, which gets no custody entry). */
  saveRun(run: ForecastRun, forecasts: CountryForecast[]): Promise<void> {
    return this.store.saveRun(run, forecasts);
  }

  runs(limit = 100, modelId?: string): Promise<ForecastRunSummary[]> {
    return this.store.listRuns({ limit, modelId });
  }

  async run(id: string): Promise<{ run: ForecastRunSummary; forecasts: CountryForecast[] }> {
    const run = await this.store.getRun(id);
    if (!run) throw new NotFoundError("forecast run", id);
    return { run, forecasts: await this.store.forecastsOf(id) };
  }

  /** One run's forecasts for one data year, every country, for the map; null when no run matches. */
  async map(choice: RunChoice) {
    const chosen = await this.store.chooseRun(choice);
    if (!chosen) return null;
    const rows = await this.store.forecastsOf(chosen.run.id, chosen.dataYear);
    return {
      run: chosen.run,
      dataYear: chosen.dataYear,
      window: rows[0]?.window ?? { from: chosen.dataYear + 1, to: chosen.dataYear + 2 },
      items: rows.map(
        (f): MapItem => ({
          iso3: f.iso3,
          name: displayName(f.iso3, f.country),
          probability: f.probability,
          rank: f.rank,
          band: riskBand(f.probability),
          previousProbability: f.previousProbability,
          categories: f.categories,
        }),
      ),
    };
  }

  /** A country's forecasts over the data years (oldest first), each from the run preferred for that year. */
  async history(iso3: string, modelId?: string) {
    const points = await this.store.countryHistory(iso3, { modelId });
    const counts = await this.#counts(points.map((p) => [p.run.id, p.forecast.dataYear] as const));
    return points.map(({ run, forecast }) => ({
      ...forecast,
      name: displayName(forecast.iso3, forecast.country),
      band: riskBand(forecast.probability),
      of: counts.get(`${run.id}:${forecast.dataYear}`) ?? null,
      run: { id: run.id, modelId: run.modelId, modelVersion: run.modelVersion, fictional: run.fictional },
    }));
  }

  /** The country's forecast from the latest data year, or null when no run scored it. */
  async latestFor(iso3: string): Promise<LatestForecast | null> {
    const points = await this.store.countryHistory(iso3);
    const last = points.at(-1);
    if (!last) return null;
    const { run, forecast: f } = last;
    const counts = await this.#counts([[run.id, f.dataYear]]);
    return {
      runId: run.id,
      modelId: run.modelId,
      fictional: run.fictional,
      dataYear: f.dataYear,
      window: f.window,
      probability: f.probability,
      rank: f.rank,
      of: counts.get(`${run.id}:${f.dataYear}`) ?? 1,
      band: riskBand(f.probability),
    };
  }

  async #counts(pairs: readonly (readonly [string, number])[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const [runId, year] of pairs) {
      const key = `${runId}:${year}`;
      if (!out.has(key)) out.set(key, (await this.store.forecastsOf(runId, year)).length);
    }
    return out;
  }
}
