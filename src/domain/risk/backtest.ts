/**
 * EWP's backtest protocol. For each last training year L (1991..2021 by default) a model is fitted on the
 * complete country-years with year <= L (their two-year outcome is known by the end of L+2) and applied to
 * the data of year L+2, which forecasts onsets in L+3 and L+4. Each outcome year t is then scored by the
 * higher of the forecasts made from the data of years t-1 and t-2 (only t-1 exists for the first year,
 * whose t-2 forecast would need L = first - 1). Nothing from year L+1 or later enters a fit.
 */
import type { LinearModel } from "./linear-model.ts";
import { type ModelSpec, preparedPanel } from "./model-spec.ts";
import { cell, EWP_ONSET, isComplete, type Panel } from "./panel.ts";

export interface BacktestPrediction {
  country: string;
  ccode: number;
  /** Year whose onset is predicted. */
  year: number;
  risk: number;
  onset: boolean;
  /** Rank of the risk among the countries scored that year (1 = highest; ties share the best rank). */
  rank: number;
}

export interface BacktestFit {
  trainEnd: number;
  rows: number;
  onsets: number;
  notes?: Record<string, number | string>;
}

export interface BacktestRun {
  model: string;
  years: [number, number];
  predictions: BacktestPrediction[];
  fits: BacktestFit[];
}

export interface BacktestOptions {
  firstTrainEnd?: number;
  lastTrainEnd?: number;
  seed?: number;
  onFit?: (fit: BacktestFit) => void;
}

export function runBacktest(panel: Panel, spec: ModelSpec, options: BacktestOptions = {}): BacktestRun {
  const first = options.firstTrainEnd ?? 1991;
  const last = options.lastTrainEnd ?? 2021;
  const years: BacktestYear[] = [];
  const prepared = preparedPanel(spec, panel);
  for (let L = first; L <= last; L++) {
    const year = backtestYear(prepared, spec, L, options.seed ?? 1);
    options.onFit?.(year.fit);
    years.push(year);
  }
  return assembleBacktest(panel, spec.id, first, last, years);
}

/** One last training year's share of the backtest: what was fitted, and its forecasts from year L+2. */
export interface BacktestYear {
  fit: BacktestFit;
  forecasts: { ccode: number; year: number; risk: number }[];
  /** The fitted linear model, when the model has one (the benchmark compares it with R's). */
  linear?: LinearModel;
}

/**
 * Fits on the complete rows with year <= L (seed + L) and scores the rows of year L+2. The panel must be
 * prepared for the model already (preparedPanel).
 */
export function backtestYear(panel: Panel, spec: ModelSpec, L: number, seed: number): BacktestYear {
  const required = [...spec.inputs, spec.outcome];
  const train = panel.rows.filter((r) => r.year <= L && isComplete(r, required));
  const model = spec.train(train, seed + L);
  const fit: BacktestFit = {
    trainEnd: L,
    rows: train.length,
    onsets: train.filter((r) => cell(r, spec.outcome) === 1).length,
    ...(model.notes ? { notes: model.notes } : {}),
  };
  const forecasts: BacktestYear["forecasts"] = [];
  for (const row of panel.rows) {
    if (row.year !== L + 2 || !isComplete(row, spec.inputs)) continue;
    const risk = model.score(row);
    if (!Number.isNaN(risk)) forecasts.push({ ccode: row.ccode, year: row.year, risk });
  }
  return { fit, forecasts, ...(model.linear ? { linear: model.linear } : {}) };
}

/** The run from every year's share (in any order): forecasts tabled, outcome years scored. */
export function assembleBacktest(
  panel: Panel,
  model: string,
  first: number,
  last: number,
  parts: readonly BacktestYear[],
): BacktestRun {
  const sorted = [...parts].sort((a, b) => a.fit.trainEnd - b.fit.trainEnd);
  const table: ForecastTable = new Map();
  for (const part of sorted) {
    for (const f of part.forecasts) {
      const byYear = table.get(f.ccode) ?? new Map<number, number>();
      byYear.set(f.year, f.risk);
      table.set(f.ccode, byYear);
    }
  }
  const years: [number, number] = [first + 3, last + 3];
  return {
    model,
    years,
    predictions: scoreForecasts(panel, table, years),
    fits: sorted.map((p) => p.fit),
  };
}

/** Forecast risks by country code, then by the data year they were made from. */
export type ForecastTable = Map<number, Map<number, number>>;

/**
 * Scores each outcome year t in `years` by the higher of the forecasts from the data of t-1 and t-2 (rows
 * with a known onset and at least one forecast), ranked within each year.
 */
export function scoreForecasts(
  panel: Panel,
  forecasts: ForecastTable,
  years: [number, number],
): BacktestPrediction[] {
  const scored: Omit<BacktestPrediction, "rank">[] = [];
  for (const row of panel.rows) {
    if (row.year < years[0] || row.year > years[1]) continue;
    const onset = cell(row, EWP_ONSET);
    if (onset === null) continue;
    const byYear = forecasts.get(row.ccode);
    const candidates = [byYear?.get(row.year - 1), byYear?.get(row.year - 2)].filter(
      (v): v is number => v !== undefined,
    );
    if (candidates.length === 0) continue;
    scored.push({
      country: row.country,
      ccode: row.ccode,
      year: row.year,
      risk: Math.max(...candidates),
      onset: onset === 1,
    });
  }
  return rankWithinYear(scored);
}

function rankWithinYear(items: Omit<BacktestPrediction, "rank">[]): BacktestPrediction[] {
  const byYear = new Map<number, Omit<BacktestPrediction, "rank">[]>();
  for (const item of items) {
    const list = byYear.get(item.year) ?? [];
    list.push(item);
    byYear.set(item.year, list);
  }
  const out: BacktestPrediction[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const list = (byYear.get(year) ?? []).sort((a, b) => b.risk - a.risk || a.ccode - b.ccode);
    let rank = 1;
    list.forEach((item, i) => {
      if (i > 0 && item.risk < (list[i - 1]?.risk as number)) rank = i + 1;
      out.push({ ...item, rank });
    });
  }
  return out;
}
