import type { Fatalities } from "../evidence/fatalities.ts";

/**
 * Published datasets sometimes give a best estimate outside their own low-high range (UCDP BRD v25.1 has
 * five such rows). The row is kept, not rejected: the range is widened to the smallest one that holds all
 * three figures, and the note (kept in the claim's statement beside the original figures) says so.
 */
export function ordered(
  low: number | null,
  best: number | null,
  high: number | null,
): { fatalities: Fatalities; note: string | null } {
  const known = [low, best, high].filter((n): n is number => n !== null);
  if (known.length < 2) return { fatalities: { low, best, high }, note: null };
  const lo = low === null ? null : Math.min(...known);
  const hi = high === null ? null : Math.max(...known);
  if (
    lo === low &&
    hi === high &&
    (low === null || best === null || low <= best) &&
    (high === null || best === null || best <= high)
  ) {
    return { fatalities: { low, best, high }, note: null };
  }
  const widened = { low: lo, best, high: hi };
  const note = `Range adjusted: the published low ${low ?? "-"}, best ${best ?? "-"}, high ${high ?? "-"} are not in order; the range was widened to ${widened.low ?? "-"}-${widened.high ?? "-"}.`;
  return { fatalities: widened, note };
}
