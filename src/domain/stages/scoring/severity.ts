import type { SeverityMode } from "../indicator.ts";

export interface Toll {
  low: number | null;
  best: number | null;
  high: number | null;
}

/**
 * The number of deaths that evidence stands for. Contested tolls count at the lowest figure anyone gives
 * (the spread is shown beside it): a disputed high figure must not drive a stage. Otherwise the best
 * estimate, or the middle of low and high.
 */
export function deathsOf(toll: Toll | null, contested: boolean): number | null {
  if (!toll) return null;
  const { low, best, high } = toll;
  if (contested) return low ?? best ?? high;
  if (best !== null) return best;
  if (low !== null && high !== null) return (low + high) / 2;
  return low ?? high;
}

/** Counts as ten deaths on the log scale (severity 1) when the toll is unknown. */
export const SCALED_UNKNOWN = 1;
/** The log scale's ceiling, reached at about a thousand deaths: past that, scale is the "toll" mode's job. */
export const SCALED_CAP = 2;
/** Deaths that make one unit of evidence of mass killing. */
export const TOLL_UNIT = 200;
/** A killing of unknown toll counts like twenty deaths towards mass killing: something happened, scale unknown. */
export const TOLL_UNKNOWN = 0.1;

/**
 * How much one event's toll weighs. "scaled": 0.5 + log10(1 + deaths) / 2, so one death 0.65, ten deaths
 * about 1, a hundred 1.5, a thousand 2 (the cap): massacres count whatever their size. "toll": deaths / 200,
 * so that mass killing is measured by its scale. Claims that assert an indicator directly have no toll and
 * weigh 1 (see evidence.ts).
 */
export function severity(mode: SeverityMode, toll: Toll | null, contested: boolean): number {
  if (mode === "none") return 1;
  const deaths = deathsOf(toll, contested);
  if (mode === "scaled") {
    if (deaths === null) return SCALED_UNKNOWN;
    return Math.min(SCALED_CAP, 0.5 + Math.log10(1 + deaths) / 2);
  }
  if (deaths === null) return TOLL_UNKNOWN;
  return deaths / TOLL_UNIT;
}
