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
    // Rebuilt field by field: jsonb does not keep key order, and results must be byte-identical whichever
    // path computed them.
    out.set(t.indicatorId, {
      indicatorId: t.indicatorId,
      mass: t.mass * f,
      uncontestedMass: t.uncontestedMass * f,
      items: t.items,
      contestedItems: t.contestedItems,
      likelySources: t.likelySources,
      establishedSources: t.establishedSources,
      top: t.top.map((c) => ({
        grade: c.grade,
        decay: c.decay * f,
        severity: c.severity,
        weight: c.weight,
        mass: c.mass * f,
        kind: c.kind,
        id: c.id,
        date: c.date,
        contested: c.contested,
        sourceIds: c.sourceIds,
        claimIds: c.claimIds,
        toll: c.toll ? { low: c.toll.low, best: c.toll.best, high: c.toll.high } : null,
      })),
    });
  }
  return out;
}
