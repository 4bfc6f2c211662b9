/**
 * The forecasting models tocsin can run, by id. `ewp2025` needs EWP's published coefficients file; the
 * others are fitted on the panel itself. Their backtest scores: bench/results/forecast-variants.md.
 */

import { readEwpCoefficients } from "../../adapters/ewp/read-published.ts";
import { CONFLICT_COLUMNS, withConflictHistory } from "../../domain/risk/conflict-features.ts";
import { EPISODE_COLUMNS, withEpisodes } from "../../domain/risk/episode-features.ts";
import { EWP2025_INTERCEPT, modelFromCoefficients } from "../../domain/risk/linear-model.ts";
import type { ModelSpec } from "../../domain/risk/model-spec.ts";
import { elasticNetSpec, fixedLinearSpec } from "../../domain/risk/models/elastic-net-model.ts";
import { ensembleSpec } from "../../domain/risk/models/ensemble.ts";
import { boostingSpec, randomForestSpec } from "../../domain/risk/models/tree-models.ts";
import { standardizedEnsembleSpec } from "../../domain/risk/models/z-ensemble.ts";
import { EWP_PREDICTORS } from "../../domain/risk/panel.ts";
import { TREND_COLUMNS, TREND_INPUTS, withTrends } from "../../domain/risk/trend-features.ts";

/** ewp-recent's half-life in years, fixed before it was scored. */
export const RECENCY_HALF_LIFE = 15;

export const MODEL_IDS = [
  "ewp",
  "ewp2025",
  "ewp-1se",
  "rf",
  "gbm",
  "ewp+rf",
  "ewp+gbm",
  "ewp+rf+gbm",
  "ewp-trend",
  "ewp-recent",
  "ewp-trend+gbm",
  "ewp-episode",
  "ewp-conflict",
  "ewp-plus",
  "ewp-trend+gbm-z",
  "ewp-plus+gbm-z",
] as const;
export type ModelId = (typeof MODEL_IDS)[number];
export const DEFAULT_MODEL: ModelId = "ewp";

/**
 * The version of each model's method: bump it when what the model computes changes (inputs, fitting,
 * tuning), so stored runs say which method made them. Stored as "<version> (tocsin <package version>)".
 */
export const MODEL_VERSIONS: Readonly<Record<ModelId, string>> = {
  ewp: "1",
  ewp2025: "1",
  "ewp-1se": "1",
  rf: "1",
  gbm: "1",
  "ewp+rf": "1",
  "ewp+gbm": "1",
  "ewp+rf+gbm": "1",
  "ewp-trend": "1",
  "ewp-recent": "1",
  "ewp-trend+gbm": "1",
  "ewp-episode": "1",
  "ewp-conflict": "1",
  "ewp-plus": "1",
  "ewp-trend+gbm-z": "1",
  "ewp-plus+gbm-z": "1",
};

/** Models applied with fixed coefficients: nothing is fitted, so a run has no training window. */
export const FIXED_MODELS: ReadonlySet<ModelId> = new Set(["ewp2025"]);

export function isModelId(id: string): id is ModelId {
  return (MODEL_IDS as readonly string[]).includes(id);
}

export function modelSpec(id: ModelId, coefficientsFile?: string): ModelSpec {
  switch (id) {
    case "ewp":
      return elasticNetSpec();
    case "ewp-1se":
      return elasticNetSpec({ id: "ewp-1se", choice: "1se" });
    case "rf":
      return randomForestSpec();
    case "gbm":
      return boostingSpec();
    case "ewp+rf":
      return ensembleSpec(id, [elasticNetSpec(), randomForestSpec()]);
    case "ewp+gbm":
      return ensembleSpec(id, [elasticNetSpec(), boostingSpec()]);
    case "ewp+rf+gbm":
      return ensembleSpec(id, [elasticNetSpec(), randomForestSpec(), boostingSpec()]);
    case "ewp-trend":
      return {
        ...elasticNetSpec({
          id,
          description: `EWP specification plus the year-on-year change of ${TREND_INPUTS.length} time-varying inputs (elastic net, alpha 0.5, lambda.min)`,
          predictors: [...EWP_PREDICTORS, ...TREND_COLUMNS],
        }),
        prepare: (panel) => withTrends(panel),
      };
    case "ewp-trend+gbm":
      return ensembleSpec(id, [modelSpec("ewp-trend"), boostingSpec()]);
    case "ewp-episode":
      return {
        ...elasticNetSpec({
          id,
          description: `EWP specification plus ${EPISODE_COLUMNS.length} ongoing-episode inputs (in progress, log2 years in progress, ended in the last 5 years) (elastic net, alpha 0.5, lambda.min)`,
          predictors: [...EWP_PREDICTORS, ...EPISODE_COLUMNS],
        }),
        prepare: (panel) => withEpisodes(panel),
      };
    case "ewp-conflict":
      return {
        ...elasticNetSpec({
          id,
          description: `EWP specification plus ${CONFLICT_COLUMNS.length} battle-death history inputs (max of 5 years, years with battle deaths of 5, 3-year change) (elastic net, alpha 0.5, lambda.min)`,
          predictors: [...EWP_PREDICTORS, ...CONFLICT_COLUMNS],
        }),
        prepare: (panel) => withConflictHistory(panel),
      };
    case "ewp-plus": {
      const predictors = [...EWP_PREDICTORS, ...TREND_COLUMNS, ...EPISODE_COLUMNS, ...CONFLICT_COLUMNS];
      return {
        ...elasticNetSpec({
          id,
          description: `EWP specification plus ewp-trend's ${TREND_COLUMNS.length} changes, ${EPISODE_COLUMNS.length} ongoing-episode and ${CONFLICT_COLUMNS.length} battle-death history inputs (${predictors.length} inputs; elastic net, alpha 0.5, lambda.min)`,
          predictors,
        }),
        prepare: (panel) => withConflictHistory(withEpisodes(withTrends(panel))),
      };
    }
    case "ewp-trend+gbm-z":
      return standardizedEnsembleSpec(id, [modelSpec("ewp-trend"), boostingSpec()]);
    case "ewp-plus+gbm-z":
      return standardizedEnsembleSpec(id, [modelSpec("ewp-plus"), boostingSpec()]);
    case "ewp-recent":
      return elasticNetSpec({
        id,
        description: `EWP specification, training years weighted by recency (weight halves every ${RECENCY_HALF_LIFE} years)`,
        recencyHalfLife: RECENCY_HALF_LIFE,
      });
    case "ewp2025": {
      if (!coefficientsFile)
        throw new Error("model ewp2025 needs EWP's published coefficients file (--coefficients)");
      const published = readEwpCoefficients(coefficientsFile);
      return fixedLinearSpec(
        "ewp2025",
        `EWP's published 2025 coefficients (${published.coefficients.size} variables), intercept ${EWP2025_INTERCEPT} (the file prints ${published.intercept})`,
        modelFromCoefficients(published.coefficients, EWP2025_INTERCEPT),
      );
    }
  }
}
