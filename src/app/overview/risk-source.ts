import { type RiskBand, riskBand } from "../../domain/risk/stored-forecast.ts";
import type { ForecastStore } from "../../ports/forecast-store.ts";

export interface RiskEntry {
  iso3: string;
  /** The name the forecast's data gave. */
  country: string;
  probability: number;
  rank: number;
  band: RiskBand;
}

/** The statistical risk layer of the map: one run's forecasts for one data year, every country it scored. */
export interface RiskLayer {
  runId: string;
  modelId: string;
  fictional: boolean;
  dataYear: number;
  window: { from: number; to: number };
  /** How many countries the run scored that year (ranks are out of these). */
  scored: number;
  byIso3: Map<string, RiskEntry>;
}

/** Where the overview finds forecasts; null when none are stored. */
export type RiskSource = () => Promise<RiskLayer | null>;

/** The risk layer from the forecast store: the run the store prefers (real before fictional, latest year). */
export function riskFromForecasts(store: ForecastStore): RiskSource {
  return async () => {
    const chosen = await store.chooseRun({});
    if (!chosen) return null;
    const rows = await store.forecastsOf(chosen.run.id, chosen.dataYear);
    return {
      runId: chosen.run.id,
      modelId: chosen.run.modelId,
      fictional: chosen.run.fictional,
      dataYear: chosen.dataYear,
      window: rows[0]?.window ?? { from: chosen.dataYear + 1, to: chosen.dataYear + 2 },
      scored: rows.length,
      byIso3: new Map(
        rows.map((f) => [
          f.iso3,
          {
            iso3: f.iso3,
            country: f.country,
            probability: f.probability,
            rank: f.rank,
            band: riskBand(f.probability),
          },
        ]),
      ),
    };
  };
}
