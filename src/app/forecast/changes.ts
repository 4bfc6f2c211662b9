/**
 * Per-country change report for one data year: risk now and a year before (same trained model), the
 * inputs that moved it most, and EWP's categories.
 */
import { type Category, categories, type Driver, drivers } from "../../domain/risk/explain.ts";
import { rankByRisk } from "../../domain/risk/linear-model.ts";
import type { ModelSpec, TrainedModel } from "../../domain/risk/model-spec.ts";
import { cell, EWP_ONSET, isComplete, type Panel, type PanelRow } from "../../domain/risk/panel.ts";

export interface CountryChange {
  country: string;
  ccode: number;
  year: number;
  risk: number;
  rank: number;
  previousRisk: number | null;
  previousRank: number | null;
  drivers: Driver[];
  categories: Category[];
}

function ranksFor(panel: Panel, spec: ModelSpec, model: TrainedModel, year: number) {
  const rows = panel.rows.filter((r) => r.year === year && isComplete(r, spec.inputs));
  const ranked = rankByRisk(
    rows.map((r) => ({ country: r.country, ccode: r.ccode, year, risk: model.score(r) })),
  );
  return new Map(ranked.map((r) => [r.ccode, r]));
}

export function changesFor(
  panel: Panel,
  spec: ModelSpec,
  model: TrainedModel,
  year: number,
  topDrivers = 5,
): CountryChange[] {
  const now = ranksFor(panel, spec, model, year);
  const before = ranksFor(panel, spec, model, year - 1);
  const earlier = ranksFor(panel, spec, model, year - 2);
  const rowOf = new Map<string, PanelRow>(panel.rows.map((r) => [`${r.ccode}:${r.year}`, r]));
  const out: CountryChange[] = [];
  for (const r of [...now.values()].sort((a, b) => a.rank - b.rank)) {
    const prev = before.get(r.ccode) ?? null;
    const current = rowOf.get(`${r.ccode}:${year}`) as PanelRow;
    const previousRow = rowOf.get(`${r.ccode}:${year - 1}`);
    out.push({
      ...r,
      previousRisk: prev?.risk ?? null,
      previousRank: prev?.rank ?? null,
      drivers: previousRow ? drivers(model, spec.inputs, previousRow, current).slice(0, topDrivers) : [],
      categories: categories({
        rank: r.rank,
        risk: r.risk,
        previousRisk: prev?.risk ?? null,
        previousRank: prev?.rank ?? null,
        earlierRanks: [prev?.rank ?? null, earlier.get(r.ccode)?.rank ?? null],
        onsetNow: cell(current, EWP_ONSET) === 1,
      }),
    });
  }
  return out;
}
