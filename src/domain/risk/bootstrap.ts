/**
 * Bootstrap 95% intervals of the backtest scores: country-years resampled with replacement (B times, seeded),
 * each score recomputed on the resample, 2.5th and 97.5th percentiles reported. Ranks stay those of the full
 * backtest (a country's rank among all countries that year is a property of the forecast, not the sample).
 */
import { auc, brier, calibration, recallAt, riskOrder, type Scored } from "./metrics.ts";
import { createRng } from "./prng.ts";

export interface Interval {
  value: number;
  low: number;
  high: number;
}

export interface ScoreSummary {
  auc: Interval;
  recall: { "10": Interval; "20": Interval; "30": Interval };
  brier: Interval;
  calibration: { from: number; to: number; rows: number; meanRisk: number; observed: Interval }[];
  onsets: number;
  rows: number;
  resamples: number;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

function interval(value: number, draws: number[]): Interval {
  const sorted = draws.filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
  return { value, low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) };
}

export function summarize(rows: readonly Scored[], resamples = 1000, seed = 2025): ScoreSummary {
  const order = riskOrder(rows);
  const rng = createRng(seed);
  const n = rows.length;
  const draws = {
    auc: [] as number[],
    r10: [] as number[],
    r20: [] as number[],
    r30: [] as number[],
    brier: [] as number[],
  };
  const calDraws: number[][] = calibration(rows).map(() => []);
  const weights = new Float64Array(n);
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) {
      const j = rng.int(n);
      weights[j] = (weights[j] as number) + 1;
    }
    draws.auc.push(auc(rows, order, weights));
    draws.r10.push(recallAt(rows, 10, weights));
    draws.r20.push(recallAt(rows, 20, weights));
    draws.r30.push(recallAt(rows, 30, weights));
    draws.brier.push(brier(rows, weights));
    calibration(rows, weights).forEach((bin, k) => {
      calDraws[k]?.push(bin.observed);
    });
  }
  return {
    auc: interval(auc(rows, order), draws.auc),
    recall: {
      "10": interval(recallAt(rows, 10), draws.r10),
      "20": interval(recallAt(rows, 20), draws.r20),
      "30": interval(recallAt(rows, 30), draws.r30),
    },
    brier: interval(brier(rows), draws.brier),
    calibration: calibration(rows).map((bin, k) => ({
      from: bin.from,
      to: bin.to,
      rows: bin.rows,
      meanRisk: bin.meanRisk,
      observed: interval(bin.observed, calDraws[k] ?? []),
    })),
    onsets: rows.filter((r) => r.onset).length,
    rows: n,
    resamples,
  };
}
