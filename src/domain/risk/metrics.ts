/**
 * Scores of a backtest, each computable with per-row weights so that the bootstrap can reuse them: a
 * bootstrap resample is the same rows with integer multiplicities.
 */

export interface Scored {
  risk: number;
  onset: boolean;
  /** Rank within its year (1 = highest). */
  rank: number;
}

/** Orders rows by risk once; AUC on any weighting is then one linear pass. */
export function riskOrder(rows: readonly Scored[]): Int32Array {
  return Int32Array.from(rows.keys()).sort((a, b) => (rows[a]?.risk as number) - (rows[b]?.risk as number));
}

/** Area under the ROC curve (Mann-Whitney, ties counted half); NaN without both classes. */
export function auc(rows: readonly Scored[], order = riskOrder(rows), weights?: ArrayLike<number>): number {
  let negBelow = 0;
  let pairs = 0;
  let pos = 0;
  let i = 0;
  while (i < order.length) {
    const risk = rows[order[i] as number]?.risk as number;
    let gPos = 0;
    let gNeg = 0;
    for (; i < order.length && rows[order[i] as number]?.risk === risk; i++) {
      const idx = order[i] as number;
      const w = weights ? (weights[idx] as number) : 1;
      if (rows[idx]?.onset) gPos += w;
      else gNeg += w;
    }
    pairs += gPos * negBelow + 0.5 * gPos * gNeg;
    negBelow += gNeg;
    pos += gPos;
  }
  return pos === 0 || negBelow === 0 ? Number.NaN : pairs / (pos * negBelow);
}

/** Share of onsets whose country ranked in the top k of its year. */
export function recallAt(rows: readonly Scored[], k: number, weights?: ArrayLike<number>): number {
  let hit = 0;
  let all = 0;
  rows.forEach((row, i) => {
    if (!row.onset) return;
    const w = weights ? (weights[i] as number) : 1;
    all += w;
    if (row.rank <= k) hit += w;
  });
  return all === 0 ? Number.NaN : hit / all;
}

/** Mean squared difference between forecast probability and outcome. */
export function brier(rows: readonly Scored[], weights?: ArrayLike<number>): number {
  let sum = 0;
  let all = 0;
  rows.forEach((row, i) => {
    const w = weights ? (weights[i] as number) : 1;
    sum += w * (row.risk - (row.onset ? 1 : 0)) ** 2;
    all += w;
  });
  return sum / all;
}

/** Upper bounds of the calibration bins (the first bin starts at 0). */
export const CALIBRATION_EDGES = [0.01, 0.02, 0.04, 0.08, 0.16, 1] as const;

export interface CalibrationBin {
  from: number;
  to: number;
  rows: number;
  meanRisk: number;
  /** Observed onset rate. */
  observed: number;
}

export function calibration(rows: readonly Scored[], weights?: ArrayLike<number>): CalibrationBin[] {
  const bins = CALIBRATION_EDGES.map((to, b) => ({
    from: b === 0 ? 0 : (CALIBRATION_EDGES[b - 1] as number),
    to,
    rows: 0,
    meanRisk: 0,
    observed: 0,
  }));
  rows.forEach((row, i) => {
    const w = weights ? (weights[i] as number) : 1;
    const bin = bins.find((b) => row.risk < b.to) ?? (bins[bins.length - 1] as CalibrationBin);
    bin.rows += w;
    bin.meanRisk += w * row.risk;
    bin.observed += w * (row.onset ? 1 : 0);
  });
  for (const b of bins) {
    b.meanRisk = b.rows > 0 ? b.meanRisk / b.rows : Number.NaN;
    b.observed = b.rows > 0 ? b.observed / b.rows : Number.NaN;
  }
  return bins;
}

/** ROC curve points (false positive rate, true positive rate), from the highest threshold down. */
export function rocCurve(rows: readonly Scored[]): { fpr: number; tpr: number }[] {
  const order = Array.from(riskOrder(rows)).reverse();
  const pos = rows.filter((r) => r.onset).length;
  const neg = rows.length - pos;
  const points = [{ fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < order.length) {
    const risk = rows[order[i] as number]?.risk;
    for (; i < order.length && rows[order[i] as number]?.risk === risk; i++) {
      if (rows[order[i] as number]?.onset) tp++;
      else fp++;
    }
    points.push({ fpr: fp / neg, tpr: tp / pos });
  }
  return points;
}
