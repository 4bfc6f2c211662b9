/**
 * The forecasting models tocsin can run, by id. `ewp2025` needs EWP's published coefficients file; the
 * others are fitted on the panel itself.
 */

import { readEwpCoefficients } from "../../adapters/ewp/read-published.ts";
import { EWP2025_INTERCEPT, modelFromCoefficients } from "../../domain/risk/linear-model.ts";
import type { ModelSpec } from "../../domain/risk/model-spec.ts";
import { elasticNetSpec, fixedLinearSpec } from "../../domain/risk/models/elastic-net-model.ts";

export const MODEL_IDS = ["ewp", "ewp2025"] as const;
export type ModelId = (typeof MODEL_IDS)[number];
export const DEFAULT_MODEL: ModelId = "ewp";

export function isModelId(id: string): id is ModelId {
  return (MODEL_IDS as readonly string[]).includes(id);
}

export function modelSpec(id: ModelId, coefficientsFile?: string): ModelSpec {
  switch (id) {
    case "ewp":
      return elasticNetSpec();
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
