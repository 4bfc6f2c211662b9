/**
 * EWP's model since 2017: logistic elastic net (alpha 0.5) on the 39 candidate predictors, lambda chosen by
 * 10-fold cross-validated deviance (lambda.min by default), complete cases only.
 */
import { cvElasticNet } from "../cross-validation.ts";
import { type LinearModel, predictRisk } from "../linear-model.ts";
import type { ModelSpec, TrainedModel } from "../model-spec.ts";
import { cell, designColumns, EWP_OUTCOME, EWP_PREDICTORS, type PanelRow } from "../panel.ts";

export interface ElasticNetSpecOptions {
  id?: string;
  description?: string;
  alpha?: number;
  nfolds?: number;
  choice?: "min" | "1se";
  predictors?: readonly string[];
  outcome?: string;
  /** Observation weights from the training rows (e.g. to up-weight recent years). */
  weight?: (row: PanelRow) => number;
  /** Weights halving every this many years back from the last training year (recent years count more). */
  recencyHalfLife?: number;
}

export function fitLinear(
  rows: readonly PanelRow[],
  seed: number,
  options: ElasticNetSpecOptions = {},
): TrainedModel {
  const predictors = options.predictors ?? EWP_PREDICTORS;
  const outcome = options.outcome ?? EWP_OUTCOME;
  const x = designColumns(rows, predictors);
  const y = Float64Array.from(rows, (r) => cell(r, outcome) as number);
  const halfLife = options.recencyHalfLife;
  const lastYear = rows.reduce((m, r) => Math.max(m, r.year), -Infinity);
  const weight =
    options.weight ?? (halfLife ? (row: PanelRow) => 0.5 ** ((lastYear - row.year) / halfLife) : undefined);
  const cv = cvElasticNet(x, y, {
    alpha: options.alpha ?? 0.5,
    nfolds: options.nfolds ?? 10,
    seed,
    ...(weight ? { weights: rows.map(weight) } : {}),
  });
  const index = options.choice === "1se" ? cv.index1se : cv.indexMin;
  const linear: LinearModel = {
    predictors,
    intercept: cv.fit.intercept[index] as number,
    beta: cv.fit.beta[index] as Float64Array,
  };
  const nonZero = Array.from(linear.beta).filter((b) => b !== 0).length;
  return {
    linear,
    score: (row) => predictRisk(linear, row),
    notes: { lambda: cv.lambda[index] as number, nonZero, pathLength: cv.lambda.length },
  };
}

export function elasticNetSpec(options: ElasticNetSpecOptions = {}): ModelSpec {
  return {
    id: options.id ?? "ewp",
    description:
      options.description ??
      `EWP specification refitted: logistic elastic net, alpha ${options.alpha ?? 0.5}, lambda.${options.choice ?? "min"} by ${options.nfolds ?? 10}-fold CV`,
    inputs: options.predictors ?? EWP_PREDICTORS,
    outcome: options.outcome ?? EWP_OUTCOME,
    train: (rows, seed) => fitLinear(rows, seed, options),
  };
}

/** A model with fixed coefficients (e.g. EWP's published 2025 model): training is a no-op. */
export function fixedLinearSpec(id: string, description: string, linear: LinearModel): ModelSpec {
  return {
    id,
    description,
    inputs: linear.predictors,
    outcome: EWP_OUTCOME,
    train: () => ({
      linear,
      score: (row) => predictRisk(linear, row),
      notes: { fixed: "published coefficients" },
    }),
  };
}
