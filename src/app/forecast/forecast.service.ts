/**
 * Use cases: forecast one data year with a model, and backtest a model on EWP's protocol. Pure given a
 * panel and a spec; the CLI and the benchmark read the files and print.
 */
import type { BacktestRun } from "../../domain/risk/backtest.ts";
import { type ScoreSummary, summarize } from "../../domain/risk/bootstrap.ts";
import { type Ranked, rankByRisk } from "../../domain/risk/linear-model.ts";
import { type ModelSpec, preparedPanel, type TrainedModel } from "../../domain/risk/model-spec.ts";
import { isComplete, type Panel } from "../../domain/risk/panel.ts";
import type { ModelId } from "./models.ts";
import { type ParallelBacktestOptions, runBacktestParallel } from "./parallel-backtest.ts";

export interface ForecastResult {
  model: string;
  description: string;
  /** Data year: the risks are of an onset in dataYear+1 or dataYear+2. */
  dataYear: number;
  /** Last year whose rows trained the model (dataYear - 2: later outcomes are not known yet). */
  trainEnd: number;
  /** First year with a training row (null when none). */
  trainStart: number | null;
  trainRows: number;
  trained: TrainedModel;
  forecasts: Ranked[];
  /** Countries with a row that year but a missing input. */
  skipped: string[];
}

/** A forecast as it crosses threads and is stored: the trained model (functions) reduced to its notes. */
export type FittedForecast = Omit<ForecastResult, "trained"> & { trained: Pick<TrainedModel, "notes"> };

export function forecastYear(source: Panel, spec: ModelSpec, dataYear?: number, seed = 1): ForecastResult {
  const panel = preparedPanel(spec, source);
  const year = dataYear ?? Math.max(...panel.rows.map((r) => r.year));
  const trainEnd = year - 2;
  const train = panel.rows.filter((r) => r.year <= trainEnd && isComplete(r, [...spec.inputs, spec.outcome]));
  const rows = panel.rows.filter((r) => r.year === year);
  if (rows.length === 0) throw new Error(`${panel.source}: no rows for ${year}`);
  const trained = spec.train(train, seed + trainEnd);
  const scored = rows.map((r) => ({
    country: r.country,
    ccode: r.ccode,
    year: r.year,
    risk: isComplete(r, spec.inputs) ? trained.score(r) : Number.NaN,
  }));
  return {
    model: spec.id,
    description: spec.description,
    dataYear: year,
    trainEnd,
    trainStart: train.length > 0 ? Math.min(...train.map((r) => r.year)) : null,
    trainRows: train.length,
    trained,
    forecasts: rankByRisk(scored.filter((s) => !Number.isNaN(s.risk))),
    skipped: scored.filter((s) => Number.isNaN(s.risk)).map((s) => s.country),
  };
}

export interface BacktestReport {
  model: string;
  summary: ScoreSummary;
  run: BacktestRun;
  seconds: number;
  threads: number;
}

/** Backtests a model by id, its fits spread over worker threads (parallel-backtest.ts). */
export async function backtestModel(
  panel: Panel,
  model: ModelId,
  options: ParallelBacktestOptions & { resamples?: number } = {},
): Promise<BacktestReport> {
  const started = performance.now();
  const run = await runBacktestParallel(panel, model, options);
  const seconds = (performance.now() - started) / 1000;
  return {
    model,
    summary: summarize(run.predictions, options.resamples ?? 1000),
    run,
    seconds,
    threads: run.threads,
  };
}

/** The `--json` shape of `tocsin backtest`. */
export function backtestJson(report: BacktestReport) {
  const s = report.summary;
  return {
    auc: s.auc.value,
    recall: { "10": s.recall["10"].value, "20": s.recall["20"].value, "30": s.recall["30"].value },
    brier: s.brier.value,
    onsets: s.onsets,
    rows: s.rows,
    years: report.run.years,
    predictions: report.run.predictions.map((p) => ({
      country: p.country,
      ccode: p.ccode,
      year: p.year,
      risk: p.risk,
      onset: p.onset,
    })),
  };
}

/** EWP's own figures on this protocol (from its published backtest file), printed beside ours. */
export const EWP_PUBLISHED_BACKTEST = { auc: 0.825, recall: { "10": 0.31, "20": 0.54, "30": 0.69 } } as const;
