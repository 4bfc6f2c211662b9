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

export interface CvOptions extends Omit<ElasticNetOptions, "rows"> {
  nfolds?: number;
  /** Seed of the fold assignment (ignored when foldId is given). */
  seed?: number;
  /** Fold of each observation, 1..nfolds (to reproduce another program's folds). */
  foldId?: ArrayLike<number>;
}

export interface CvResult {
  fit: ElasticNetPath;
  lambda: number[];
  /** Mean held-out deviance per lambda (weighted by the observation weights, as cv.glmnet does). */
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
  const foldSum: Float64Array[] = Array.from({ length: k }, () => new Float64Array(L));
  const foldCount = new Float64Array(k);
  for (let f = 1; f <= k; f++) {
    const train = indicesWhere(foldId, (id) => id !== f);
    const test = indicesWhere(foldId, (id) => id === f);
    if (test.length === 0) continue;
    const sub = fitElasticNet(x, y, { ...options, rows: train });
    const wTest = options.weights ? gather(options.weights, test) : new Float64Array(test.length).fill(1);
    foldCount[f - 1] = wTest.reduce((a, b) => a + b, 0);
    foldSum[f - 1] = heldOutDeviance(
      sub,
      lambda,
      x.map((col) => gather(col, test)),
      gather(y, test),
      wTest,
      family,
    );
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

function indicesWhere(ids: Int32Array, keep: (id: number) => boolean): Int32Array {
  let count = 0;
  for (const id of ids) if (keep(id)) count++;
  const out = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < ids.length; i++) if (keep(ids[i] as number)) out[at++] = i;
  return out;
}

function gather(values: ArrayLike<number>, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let t = 0; t < rows.length; t++) out[t] = values[rows[t] as number] as number;
  return out;
}

/** Mean deviance of the held-out rows under the fold's path read at each lambda of the full path. */
function heldOutDeviance(
  sub: ElasticNetPath,
  lambda: readonly number[],
  xTest: Float64Array[],
  yTest: Float64Array,
  wTest: Float64Array,
  family: string,
): Float64Array {
  const m = yTest.length;
  const out = new Float64Array(lambda.length);
  const eta = new Float64Array(m);
  for (let l = 0; l < lambda.length; l++) {
    const { intercept: a0, beta } = coefficientsAt(sub, lambda[l] as number);
    eta.fill(a0);
    for (let j = 0; j < xTest.length; j++) {
      const bj = beta[j] as number;
      if (bj === 0) continue;
      const col = xTest[j] as Float64Array;
      for (let t = 0; t < m; t++) eta[t] = (eta[t] as number) + bj * (col[t] as number);
    }
    let total = 0;
    let weight = 0;
    for (let t = 0; t < m; t++) {
      const yi = yTest[t] as number;
      const e = eta[t] as number;
      const wi = wTest[t] as number;
      weight += wi;
      if (family === "binomial") {
        const p = Math.min(Math.max(1 / (1 + Math.exp(-e)), PROB_MIN), 1 - PROB_MIN);
        total += -2 * wi * (yi * Math.log(p) + (1 - yi) * Math.log(1 - p));
      } else {
        total += wi * (yi - e) ** 2;
      }
    }
    out[l] = total / weight;
  }
  return out;
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
