/** How `tocsin forecast list|show` print stored runs, for people (JSON is the service's shapes as they are). */
import { displayName } from "../../app/forecast/forecast-runs.service.ts";
import type { CountryForecast, ForecastRunSummary } from "../../domain/risk/stored-forecast.ts";
import { riskBand } from "../../domain/risk/stored-forecast.ts";

const pct = (v: number): string => `${(100 * v).toFixed(2)}%`;

export function years(run: ForecastRunSummary): string {
  const y = run.dataYears;
  if (y.length === 0) return "no forecasts";
  return y.length === 1 ? `data ${y[0]}` : `data ${y[0]}-${y.at(-1)} (${y.length} years)`;
}

export function runLine(run: ForecastRunSummary): string {
  const trained = run.trainEnd === null ? "fixed coefficients" : `trained ${run.trainStart}-${run.trainEnd}`;
  const fiction = run.fictional ? "  FICTIONAL" : "";
  return `${run.id}  ${run.createdAt.slice(0, 19)}Z  ${run.modelId} v${run.modelVersion}  ${years(run)}, ${run.countries} countries, ${trained}${fiction}`;
}

export function runDetails(run: ForecastRunSummary, forecasts: CountryForecast[]): string[] {
  const lines = [
    `forecast run ${run.id}${run.fictional ? " (FICTIONAL: invented figures, not a forecast)" : ""}`,
    `model: ${run.modelId} version ${run.modelVersion}: ${run.modelDescription}`,
    run.trainEnd === null
      ? "training: none (fixed coefficients)"
      : `training: ${run.trainRows} country-years, ${run.trainStart}-${run.trainEnd}, seed ${run.seed}`,
    `created: ${run.createdAt} by ${run.createdBy}`,
    ...run.inputs.map((i) => `input (${i.role}): ${i.fileName}  sha256 ${i.sha256}  ${i.bytes} bytes`),
  ];
  let year: number | null = null;
  for (const f of forecasts) {
    if (f.dataYear !== year) {
      year = f.dataYear;
      lines.push(`risk of an onset in ${f.window.from}-${f.window.to} from ${f.dataYear} data:`);
    }
    const was = f.previousProbability === null ? "" : ` (was ${pct(f.previousProbability)})`;
    lines.push(
      `${String(f.rank).padStart(4)}  ${pct(f.probability).padStart(7)}${was}  ${f.iso3}  ${displayName(f.iso3, f.country)}  [${riskBand(f.probability)}]`,
    );
  }
  return lines;
}
