/** A fitted logistic model on named predictors, and its risk for a panel row. */
import { cell, type PanelRow } from "./panel.ts";

export interface LinearModel {
  predictors: readonly string[];
  intercept: number;
  /** One coefficient per predictor, original scale. */
  beta: ArrayLike<number>;
}

export function linearPredictor(model: LinearModel, row: PanelRow): number {
  let eta = model.intercept;
  for (let j = 0; j < model.predictors.length; j++) {
    const b = model.beta[j] as number;
    if (b === 0) continue;
    const value = cell(row, model.predictors[j] as string);
    if (value === null) return Number.NaN;
    eta += b * value;
  }
  return eta;
}

/** Probability of the outcome; NaN when a predictor with a non-zero coefficient is missing. */
export function predictRisk(model: LinearModel, row: PanelRow): number {
  return 1 / (1 + Math.exp(-linearPredictor(model, row)));
}

/**
 * Intercept that reproduces EWP's published 2025-26 forecasts from the published 2025 coefficients and the
 * 2024 rows (every one of the 168 countries within 1.3e-4, same top 30). The coefficients file prints
 * -1.3277, which gives probabilities about ten times too high (up to 0.57 off); -4.1855 is the mean of
 * logit(published risk) - x'beta over the 168 countries, so the printed value is not the one EWP applied.
 */
export const EWP2025_INTERCEPT = -4.1855;

export function modelFromCoefficients(
  coefficients: ReadonlyMap<string, number>,
  intercept: number,
): LinearModel {
  const predictors = [...coefficients.keys()];
  return { predictors, intercept, beta: predictors.map((p) => coefficients.get(p) as number) };
}

export interface Ranked {
  country: string;
  ccode: number;
  year: number;
  risk: number;
  rank: number;
}

/** Ranks rows by risk, highest first (ties by country name, so the order is stable). */
export function rankByRisk(items: readonly Omit<Ranked, "rank">[]): Ranked[] {
  return [...items]
    .sort((a, b) => b.risk - a.risk || a.country.localeCompare(b.country))
    .map((item, i) => ({ ...item, rank: i + 1 }));
}
