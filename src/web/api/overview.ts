/**
 * GET /api/v1/overview as the map uses it (src/http/overview/schema.ts). Mirrored by hand: the web app is built
 * apart from the server and does not import its zod schemas.
 */
import type { AlertLevel } from "../format/levels.ts";

export interface AtlasFeature {
  id: string | null;
  name: string;
}

export type CountryShape =
  | { kind: "atlas"; features: AtlasFeature[] }
  | { kind: "approximate"; ring: [number, number][]; points: number; bufferDegrees: number }
  | { kind: "none" };

export interface CountryRisk {
  iso3: string;
  country: string;
  probability: number;
  rank: number;
  band: "low" | "elevated" | "high";
}

export interface SituationLevel {
  id: string;
  name: string;
  region: string | null;
  sensitivity: string;
  level: AlertLevel | null;
  computedLevel: AlertLevel | null;
  overridden: boolean;
  override: { value: string; reason: string; by: string; at: string } | null;
  rule: { id: string; because: string } | null;
  concerns: { id: string; because: string }[];
  asOf: string | null;
  basis: "cache" | "computed" | "snapshot" | "pending";
}

export interface CountryOverview {
  iso3: string;
  name: string;
  level: AlertLevel;
  situations: SituationLevel[];
  shape: CountryShape;
  risk: CountryRisk | null;
}

export interface RiskLayer {
  runId: string;
  modelId: string;
  fictional: boolean;
  dataYear: number;
  window: { from: number; to: number };
  scored: number;
  countries: (CountryRisk & { name: string; features: AtlasFeature[] })[];
}

export interface Overview {
  asOf: string;
  rules: string;
  complete: boolean;
  countries: CountryOverview[];
  risk: RiskLayer | null;
}

export const OVERVIEW_PATH = "/api/v1/overview";
