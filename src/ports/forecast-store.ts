import type { CustodyEvent } from "../domain/custody/custody-chain.ts";
import type { CountryForecast, ForecastRun, ForecastRunSummary } from "../domain/risk/stored-forecast.ts";

/** Which run answers "the forecasts": a named run, or the newest one holding a data year (or the latest year). */
export interface RunChoice {
  runId?: string;
  /** Data year; without it, the latest data year any run holds. */
  year?: number;
  modelId?: string;
}

/**
 * Storage of forecast runs. Unless a run or model is named, real runs are preferred to fictional ones
 * (the demo's invented run answers only when no real run covers the year), then the newest.
 */
export interface ForecastStore {
  /** Writes a run and all its forecasts in one transaction, with its custody entry when one is given. */
  saveRun(run: ForecastRun, forecasts: CountryForecast[], custody?: CustodyEvent): Promise<void>;
  /** Runs, newest first, with the data years they cover. */
  listRuns(options: { limit: number; modelId?: string }): Promise<ForecastRunSummary[]>;
  getRun(id: string): Promise<ForecastRunSummary | null>;
  /** The forecasts of a run (one data year, or all), by year then rank. */
  forecastsOf(runId: string, dataYear?: number): Promise<CountryForecast[]>;
  /** The run that answers `choice` and the data year it answers for, or null. */
  chooseRun(choice: RunChoice): Promise<{ run: ForecastRunSummary; dataYear: number } | null>;
  /**
   * A country's forecast for each data year, from the run preferred for that year among those that
   * scored it (real before fictional, then newest), oldest year first.
   */
  countryHistory(
    iso3: string,
    options?: { modelId?: string },
  ): Promise<{ run: ForecastRun; forecast: CountryForecast }[]>;
  /** Whether a run of this model id exists (the demo creates its fictional run once). */
  hasRunOfModel(modelId: string): Promise<boolean>;
}
