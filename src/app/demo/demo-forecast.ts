/**
 * The demo's forecast run: INVENTED figures for the fictional Republic of Feltravia (XFT) only, so that the
 * map layer and the trend have something to show on a demo store. Not the output of any model; no real
 * country is scored. The model id says FICTIONAL and the run is marked `fictional`, so it answers only
 * where no real run does (src/ports/forecast-store.ts).
 */
import { randomUUID } from "node:crypto";
import { categories } from "../../domain/risk/explain.ts";
import { type CountryForecast, ewpWindow, type ForecastRun } from "../../domain/risk/stored-forecast.ts";
import type { Clock } from "../../ports/clock.ts";
import type { ForecastRunsService } from "../forecast/forecast-runs.service.ts";
import { COUNTRY, FICTIONAL, SCENARIO_ID, SCENARIO_VERSION } from "./scenario/constants.ts";
import { LOADER_ACTOR } from "./scenario-registry.ts";

export const DEMO_FORECAST_MODEL = "FICTIONAL-demo";

/** Data year, invented probability, and the invented inputs that "moved" it (EWP variable names). */
const YEARS: readonly [number, number, [string, number, number, number][]][] = [
  [2020, 0.011, []],
  [2021, 0.014, [["coup.try.5yr", 0, 1, 0.24]]],
  [2022, 0.019, [["repress_civilsoc", 0.4, 0.9, 0.31]]],
  [
    2023,
    0.031,
    [
      ["discrimpop", 0.12, 0.19, 0.28],
      ["freediscussion", 0.6, 0.3, 0.21],
    ],
  ],
  [
    2024,
    0.058,
    [
      ["battledeaths.log2", 2.1, 6.3, 0.44],
      ["pol_killing_approved", 0, 1, 0.22],
    ],
  ],
  [
    2025,
    0.104,
    [
      ["mk_ongoing_count_log2", 0, 1, 0.39],
      ["battledeaths.log2", 6.3, 8.8, 0.23],
    ],
  ],
];

export function demoForecast(now: Date): { run: ForecastRun; forecasts: CountryForecast[] } {
  const run: ForecastRun = {
    id: randomUUID(),
    modelId: DEMO_FORECAST_MODEL,
    modelVersion: SCENARIO_VERSION,
    modelDescription: `FICTIONAL: invented figures for ${COUNTRY.name} (${COUNTRY.iso3}), the ${FICTIONAL}; not the output of any model, and no real country is scored`,
    trainStart: null,
    trainEnd: null,
    trainRows: null,
    seed: null,
    fictional: true,
    inputs: [],
    notes: { scenario: SCENARIO_ID, fictional: true },
    createdAt: now.toISOString(),
    createdBy: LOADER_ACTOR,
  };
  const forecasts = YEARS.map(([year, probability, moved], i): CountryForecast => {
    const previous = i > 0 ? (YEARS[i - 1]?.[1] ?? null) : null;
    return {
      iso3: COUNTRY.iso3,
      country: `${COUNTRY.name} (${FICTIONAL})`,
      ccode: null,
      dataYear: year,
      window: ewpWindow(year),
      probability,
      rank: 1,
      previousProbability: previous,
      previousRank: previous === null ? null : 1,
      drivers: moved.map(([variable, before, after, contribution]) => ({
        variable,
        previous: before,
        current: after,
        contribution,
      })),
      // Only the change category: with one country in the run, rank-based ones would say nothing.
      categories: categories({
        rank: 31,
        risk: probability,
        previousRisk: previous,
        previousRank: null,
        earlierRanks: [],
        onsetNow: false,
      }),
    };
  });
  return { run, forecasts };
}

/** Stores the demo's fictional run once (a second load finds it and writes nothing). */
export async function ensureDemoForecast(forecasts: ForecastRunsService, clock: Clock): Promise<boolean> {
  if (await forecasts.store.hasRunOfModel(DEMO_FORECAST_MODEL)) return false;
  const { run, forecasts: rows } = demoForecast(clock.now());
  await forecasts.saveRun(run, rows);
  return true;
}
