/**
 * A forecast's per-country rows as tocsin stores them: keyed by ISO alpha-3 (EWP's panels use Correlates of
 * War codes). When two rows of one year map to the same ISO code (before 1990, East Germany's successor is
 * DEU), the state that holds the code that year keeps it and the other is left out and named.
 */
import { cowFromIso, isoFromCow } from "../../domain/reference/correlates-of-war.ts";
import { type CountryForecast, ewpWindow } from "../../domain/risk/stored-forecast.ts";
import type { CountryChange } from "./changes.ts";

export function toCountryForecasts(changes: readonly CountryChange[]): {
  forecasts: CountryForecast[];
  unmapped: string[];
} {
  const byKey = new Map<string, CountryForecast>();
  const unmapped: string[] = [];
  for (const c of changes) {
    const iso3 = isoFromCow(c.ccode, c.year);
    if (!iso3) {
      unmapped.push(`${c.country} (ccode ${c.ccode}, ${c.year})`);
      continue;
    }
    const row: CountryForecast = {
      iso3,
      country: c.country,
      ccode: c.ccode,
      dataYear: c.year,
      window: ewpWindow(c.year),
      probability: c.risk,
      rank: c.rank,
      previousProbability: c.previousRisk,
      previousRank: c.previousRank,
      drivers: c.drivers,
      categories: c.categories,
    };
    const key = `${c.year}:${iso3}`;
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, row);
      continue;
    }
    const keep = cowFromIso(iso3, c.year) === c.ccode ? row : other;
    const drop = keep === row ? other : row;
    byKey.set(key, keep);
    unmapped.push(`${drop.country} (ccode ${drop.ccode}, ${c.year}: ${iso3} is ${keep.country}'s)`);
  }
  return { forecasts: [...byKey.values()], unmapped };
}
