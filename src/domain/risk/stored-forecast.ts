/**
 * Forecasts as tocsin keeps them: a run (which model, on which files, trained on which years) and one
 * country's forecast per data year, keyed by ISO 3166-1 alpha-3 so the map and the situations can find it.
 */
import type { Driver } from "./explain.ts";

export interface ForecastInput {
  role: "predictors" | "coefficients" | "other";
  /** The file's base name (not its path: paths differ between machines). */
  fileName: string;
  sha256: string;
  bytes: number;
}

export interface ForecastRun {
  id: string;
  modelId: string;
  modelVersion: string;
  modelDescription: string;
  /** Years whose rows trained the model; null for fixed (published) coefficients. */
  trainStart: number | null;
  trainEnd: number | null;
  trainRows: number | null;
  seed: number | null;
  /** Invented figures (the fictional training scenario). */
  fictional: boolean;
  inputs: ForecastInput[];
  notes: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
}

export interface CountryForecast {
  iso3: string;
  /** The name as the data gave it. */
  country: string;
  ccode: number | null;
  /** The forecast is made from this year's data ... */
  dataYear: number;
  /** ... for an onset in one of these years (EWP: dataYear+1 and dataYear+2). */
  window: { from: number; to: number };
  probability: number;
  rank: number;
  previousProbability: number | null;
  previousRank: number | null;
  drivers: Driver[];
  categories: string[];
}

/** A run with the data years it covers and how many countries it scored. */
export interface ForecastRunSummary extends ForecastRun {
  dataYears: number[];
  countries: number;
}

export type RiskBand = "high" | "elevated" | "low";

/**
 * Bands for a map: by probability only, so colours mean the same in every year and run. "high" starts at 4%
 * because EWP reports that about 8 in 10 onsets had a prior risk above 4% (domain.md section 5); "elevated"
 * at 1%, a quarter of that. EWP's own "high risk" label is the top 30 by rank: the rank is returned beside.
 */
export const RISK_BANDS = { high: 0.04, elevated: 0.01 } as const;

export function riskBand(probability: number): RiskBand {
  if (probability >= RISK_BANDS.high) return "high";
  if (probability >= RISK_BANDS.elevated) return "elevated";
  return "low";
}

/** The window EWP's outcome covers for a data year: an onset in t+1 or t+2. */
export function ewpWindow(dataYear: number): { from: number; to: number } {
  return { from: dataYear + 1, to: dataYear + 2 };
}
