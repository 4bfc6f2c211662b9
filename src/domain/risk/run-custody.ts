/**
 * The custody entry of a stored forecast run: who stored which model's run, from which input files (by
 * SHA-256), and a SHA-256 over every stored forecast (country, data year, probability, rank), so a later
 * change to a stored figure is detectable against the hash-chained custody log.
 */
import { createHash } from "node:crypto";
import { canonicalJson } from "../custody/canonical-json.ts";
import type { CustodyEvent } from "../custody/custody-chain.ts";
import type { CountryForecast, ForecastRun } from "./stored-forecast.ts";

export const FORECAST_RUN_TARGET = "forecast_run";

/** SHA-256 of the forecasts in a fixed order (data year, rank, country code), whatever order they came in. */
export function forecastsDigest(forecasts: readonly CountryForecast[]): string {
  const rows = forecasts
    .map((f) => [f.dataYear, f.rank, f.iso3, f.probability] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
  return createHash("sha256").update(canonicalJson(rows)).digest("hex");
}

export function runCustodyEvent(run: ForecastRun, forecasts: readonly CountryForecast[]): CustodyEvent {
  return {
    actor: run.createdBy,
    action: "create",
    targetType: FORECAST_RUN_TARGET,
    targetId: run.id,
    reason: null,
    details: {
      modelId: run.modelId,
      modelVersion: run.modelVersion,
      fictional: run.fictional,
      trainWindow: run.trainEnd === null ? null : [run.trainStart, run.trainEnd],
      seed: run.seed,
      inputs: run.inputs.map((i) => ({ role: i.role, fileName: i.fileName, sha256: i.sha256 })),
      forecasts: forecasts.length,
      forecastsSha256: forecastsDigest(forecasts),
    },
  };
}
