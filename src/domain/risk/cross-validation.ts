/**
 * k-fold cross-validation of an elastic-net path, as R's cv.glmnet (glmnet 4.1) does it for
 * type.measure = "deviance": fit on all rows to get the lambda path; fit each fold's complement on its own
 * default path (cv.glmnet passes the user's lambda to the fold fits, which is NULL unless given) and read
 * its coefficients at the full path's lambdas by linear interpolation in lambda (predict.glmnet's
 * lambda.interp, clamped at the ends); score the held-out rows, average per fold ("grouped"), then pick
 * lambda.min (smallest mean deviance, largest lambda on ties) and lambda.1se (largest lambda within one
 * standard error of that minimum).
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
      options,
    );
    foldCount[f - 1] = test.length;
    const acc = foldSum[f - 1] as Float64Array;
    for (let l = 0; l < L; l++) {
      const { intercept: a0, beta } = coefficientsAt(sub, lambda[l] as number);
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

/**
 * Coefficients of a path at any lambda, as R's predict.glmnet(s = ...) gives them: linear interpolation
 * between the two path points around s, clamped to the first or last point outside the path's range.
 */
export function coefficientsAt(path: ElasticNetPath, s: number): { intercept: number; beta: Float64Array } {
  const lam = path.lambda;
  const k = lam.length;
  const last = k - 1;
  if (k === 1 || s >= (lam[0] as number))
    return { intercept: path.intercept[0] as number, beta: path.beta[0] as Float64Array };
  if (s <= (lam[last] as number))
    return { intercept: path.intercept[last] as number, beta: path.beta[last] as Float64Array };
  let right = 1;
  while ((lam[right] as number) > s) right++;
  const left = right - 1;
  const lo = lam[right] as number;
  const hi = lam[left] as number;
  if (lo === s) return { intercept: path.intercept[right] as number, beta: path.beta[right] as Float64Array };
  const frac = (s - lo) / (hi - lo);
  const bl = path.beta[left] as Float64Array;
  const br = path.beta[right] as Float64Array;
  return {
    intercept: frac * (path.intercept[left] as number) + (1 - frac) * (path.intercept[right] as number),
    beta: bl.map((v, j) => frac * v + (1 - frac) * (br[j] as number)),
  };
}
