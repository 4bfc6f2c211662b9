import type { RecordAccess } from "../domain/access/record-access.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";
import type { LatLon } from "../domain/geo/approximate-outline.ts";

export interface SituationSummary {
  id: string;
  name: string;
  country: string;
  region: string | null;
  sensitivity: Sensitivity;
}

/** What the map's overview reads besides assessments: the situations and where events happened. */
export interface OverviewStore {
  /** Every situation a caller with `clearance` may see, by country then name. */
  situations(clearance: Sensitivity): Promise<SituationSummary[]>;
  /**
   * The distinct located places (rounded to 0.01 degree) of each country's events visible at `clearance`;
   * only events placed at a province or finer count (not those placed at a country, a region or unknown).
   */
  eventLocations(countries: readonly string[], clearance: Sensitivity): Promise<Map<string, LatLon[]>>;
  /**
   * A key that changes whenever a committed write changes what the overview shows: evidence (the change
   * marks' versions), overrides, situations, forecast runs. Equal keys: the overview computed before stands.
   */
  changeKey(): Promise<string>;
  /** The restricted situations these grants do not open (the policy's per-record rule): left off the map. */
  closedSituations(access: RecordAccess): Promise<Set<string>>;
}
