/**
 * k-fold cross-validation of an elastic-net path, as R's cv.glmnet does it for type.measure = "deviance":
 * fit on all rows to get the lambda path, refit each fold's complement on that same path, score the held-out
 * rows, average per fold ("grouped"), then pick lambda.min (smallest mean deviance, largest lambda on ties)
 * and lambda.1se (largest lambda within one standard error of that minimum).
 */
import { type ElasticNetOptions, type ElasticNetPath, fitElasticNet } from "./elastic-net.ts";
import { createRng, foldIds } from "./prng.ts";

export interface CvOptions extends Omit<ElasticNetOptions, "weights"> {
  nfolds?: number;
  /** Seed of the fold assignment (ignored when foldId is given). */
  seed?: number;
  /** Fold of each observation, 1..nfolds (to reproduce another program's folds). */
  foldId?: ArrayLike<number>;
}

export interface CvResult {
  fit: ElasticNetPath;
  lambda: number[];
  /** Mean held-out deviance per lambda. */
  cvm: number[];
  /** Its standard error. */
  cvsd: number[];
  lambdaMin: number;
  indexMin: number;
  lambda1se: number;
  index1se: number;
  foldId: Int32Array;
}

const PROB_MIN = 1e-5;

export function cvElasticNet(
  x: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  options: CvOptions = {},
): CvResult {
  const n = y.length;
  const nfolds = options.nfolds ?? 10;
  const foldId = options.foldId
    ? Int32Array.from(options.foldId)
    : foldIds(n, nfolds, createRng(options.seed ?? 1));
  const k = foldId.reduce((m, f) => Math.max(m, f), 0);
  if (k < 3) throw new Error("cross-validation needs at least 3 folds");
  const family = options.family ?? "binomial";
  const fit = fitElasticNet(x, y, options);
  const lambda = fit.lambda;
  const L = lambda.length;
  const foldSum = Array.from({ length: k }, () => new Float64Array(L));
  const foldCount = new Float64Array(k);
  for (let f = 1; f <= k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < n; i++) (foldId[i] === f ? test : train).push(i);
    if (test.length === 0) continue;
    const sub = fitElasticNet(
      x.map((col) => Float64Array.from(train, (i) => col[i] as number)),
      Float64Array.from(train, (i) => y[i] as number),
      { ...options, lambda },
    );
    foldCount[f - 1] = test.length;
    const acc = foldSum[f - 1] as Float64Array;
    for (let l = 0; l < L; l++) {
      // A fold path that stopped early (degenerate fit) keeps its last solution, as predict.glmnet does.
      const m = Math.min(l, sub.lambda.length - 1);
      const beta = sub.beta[m] as Float64Array;
      const a0 = sub.intercept[m] as number;
      let total = 0;
      for (const i of test) {
        let eta = a0;
        for (let j = 0; j < x.length; j++) {
          const bj = beta[j] as number;
          if (bj !== 0) eta += bj * ((x[j] as ArrayLike<number>)[i] as number);
        }
        const yi = y[i] as number;
        if (family === "binomial") {
          const p = Math.min(Math.max(1 / (1 + Math.exp(-eta)), PROB_MIN), 1 - PROB_MIN);
          total += -2 * (yi * Math.log(p) + (1 - yi) * Math.log(1 - p));
        } else {
          total += (yi - eta) ** 2;
        }
      }
      acc[l] = total / test.length;
    }
  }
  const totalCount = foldCount.reduce((a, b) => a + b, 0);
  const used = Array.from(foldCount.keys()).filter((f) => (foldCount[f] as number) > 0);
  const cvm: number[] = [];
  const cvsd: number[] = [];
  for (let l = 0; l < L; l++) {
    let mean = 0;
    for (const f of used)
      mean += ((foldCount[f] as number) / totalCount) * ((foldSum[f] as Float64Array)[l] as number);
    let spread = 0;
    for (const f of used) {
      spread +=
        ((foldCount[f] as number) / totalCount) * (((foldSum[f] as Float64Array)[l] as number) - mean) ** 2;
    }
    cvm.push(mean);
    cvsd.push(Math.sqrt(spread / (used.length - 1)));
  }
  const minimum = Math.min(...cvm);
  // lambda decreases along the path, so the first index reaching the minimum is the largest such lambda.
  const indexMin = cvm.findIndex((c) => c <= minimum);
  const bound = (cvm[indexMin] as number) + (cvsd[indexMin] as number);
  const index1se = cvm.findIndex((c) => c <= bound);
  return {
    fit,
    lambda,
    cvm,
    cvsd,
    lambdaMin: lambda[indexMin] as number,
    indexMin,
    lambda1se: lambda[index1se] as number,
    index1se,
    foldId,
  };
}
