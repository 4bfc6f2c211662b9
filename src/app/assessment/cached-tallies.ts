import { findIndicator } from "../../domain/stages/catalogue.ts";
import { dayNumber } from "../../domain/stages/scoring/decay.ts";
import type { IndicatorTally } from "../../domain/stages/scoring/tally.ts";

/**
 * Tallies computed at `refDate`, carried to a later `asOf`: every contribution of an indicator decays by
 * the same factor 0.5^(days / half-life), so the masses are exact without reading the evidence again.
 * (Valid only while no evidence dated between the two dates exists: see CachedTallies.validUntil.)
 */
export function decayTallies(
  tallies: readonly IndicatorTally[],
  refDate: string,
  asOf: string,
): Map<string, IndicatorTally> {
  const days = dayNumber(asOf) - dayNumber(refDate);
  const out = new Map<string, IndicatorTally>();
  for (const t of tallies) {
    const h = findIndicator(t.indicatorId)?.halfLifeDays;
    const f = days === 0 || !h ? 1 : 0.5 ** (days / h);
    out.set(t.indicatorId, {
      ...t,
      mass: t.mass * f,
      uncontestedMass: t.uncontestedMass * f,
      top: t.top.map((c) => ({ ...c, decay: c.decay * f, mass: c.mass * f })),
    });
  }
  return out;
}
