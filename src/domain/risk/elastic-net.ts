/**
 * Elastic-net regression by pathwise coordinate descent, written here because no offline equivalent of R's
 * glmnet exists in the npm registry. It follows glmnet's own algorithm (Friedman, Hastie & Tibshirani 2010;
 * the `lognet2n` routine of glmnet 4.x) step by step so that the same data give the same path:
 *
 * - predictors centred and scaled with weights summing to 1 (see standardize.ts), coefficients returned on
 *   the original scale;
 * - objective  -loglik/N + lambda * [(1 - alpha)/2 * |b|^2 + alpha * |b|_1]  on the standardised scale,
 *   intercept unpenalised;
 * - lambda path lambda_max * ratio^(k/(nlambda-1)), lambda_max = max_j |<x_j, w(y - ybar)>| / max(alpha, 1e-3),
 *   with warm starts, the sequential strong rule and a KKT check before each lambda is accepted;
 * - binomial: Newton (IRLS) outer loop, weighted least squares by coordinate descent inside ("naive" updates
 *   of the residual, or "covariance" updates through the weighted Gram matrix of the strong set);
 * - convergence when every coordinate moves less than thresh * null deviance (glmnet's `shr`), and glmnet's
 *   early end of a computed path (deviance ratio above 0.999 or gaining less than 1e-5 per step, from the
 *   fifth lambda on).
 */

import { type CdState, cdCovariance, cdNaive } from "./coordinate-descent.ts";
import { jsKernels, sharedKernels } from "./simd-kernels.ts";
import { standardize } from "./standardize.ts";

export type Family = "binomial" | "gaussian";

export interface ElasticNetOptions {
  family?: Family;
  /** 1 = lasso, 0 = ridge. */
  alpha?: number;
  nlambda?: number;
  /** Smallest lambda as a fraction of lambda_max; glmnet's default is 1e-4, or 0.01 when n < p. */
  lambdaMinRatio?: number;
  /** A user path (decreasing). No early end then, as in glmnet. */
  lambda?: readonly number[];
  standardize?: boolean;
  thresh?: number;
  maxPasses?: number;
  /** One per observation of x and y (also when `rows` picks a subset). */
  weights?: ArrayLike<number>;
  /** Fit on these observations only (indices into x and y), without copying the columns first. */
  rows?: ArrayLike<number>;
  /** Inner coordinate updates: glmnet's binomial solver uses "naive"; both reach the same solution. */
  updates?: "naive" | "covariance";
  /** WebAssembly SIMD kernels for the hot loops (default); false runs them in JavaScript (same result to rounding). */
  simd?: boolean;
}

export interface ElasticNetPath {
  family: Family;
  alpha: number;
  lambda: number[];
  /** Intercept per lambda, original scale. */
  intercept: number[];
  /** Coefficients per lambda, original scale. */
  beta: Float64Array[];
  /** Fraction of null deviance explained per lambda (glmnet's dev.ratio). */
  devRatio: number[];
  /** Null deviance as glmnet reports it (2 x sum of weights x per-weight deviance). */
  nullDeviance: number;
  /** Coordinate-descent passes over the strong set (glmnet's npasses). */
  passes: number;
  nobs: number;
}

const SML = 1e-5;
const EPS = 1e-6;
const MNLAM = 5;
const DEVMAX = 0.999;
const PMIN = 1e-9;
const BIG = 9.9e35;
const FMAX = Math.log(1 / PMIN - 1);
const VMIN = (1 + PMIN) * PMIN * (1 - PMIN);

export function fitElasticNet(
  x: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  options: ElasticNetOptions = {},
): ElasticNetPath {
  const family = options.family ?? "binomial";
  const alpha = options.alpha ?? 1;
  const rows = options.rows;
  const n = rows ? rows.length : y.length;
  const at = (i: number): number => (rows ? (rows[i] as number) : i);
  const p = x.length;
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`alpha must be in [0, 1], got ${alpha}`);
  if (n < 2) throw new Error("need at least two observations");
  const nlambda = options.lambda?.length ?? options.nlambda ?? 100;
  if (nlambda < 1 || (!options.lambda && nlambda < 3)) throw new Error("need nlambda >= 3 (or a user path)");
  const flmin = options.lambda ? 1 : (options.lambdaMinRatio ?? (n < p ? 0.01 : 1e-4));
  const thresh = options.thresh ?? 1e-7;
  const maxPasses = options.maxPasses ?? 100000;
  const cd = options.updates === "covariance" ? cdCovariance : cdNaive;

  const w = new Float64Array(n);
  let sumW = 0;
  for (let i = 0; i < n; i++) {
    const wi = options.weights ? (options.weights[at(i)] as number) : 1;
    if (!(wi >= 0)) throw new Error(`weight ${i} must be >= 0`);
    w[i] = wi;
    sumW += wi;
  }
  for (let i = 0; i < n; i++) w[i] = (w[i] as number) / sumW;
  const yv = new Float64Array(n);
  for (let i = 0; i < n; i++) yv[i] = y[at(i)] as number;
  if (family === "binomial") {
    for (let i = 0; i < n; i++) {
      const yi = yv[i] as number;
      if (!(yi >= 0 && yi <= 1)) throw new Error(`binomial response ${i} must be in [0, 1], got ${yi}`);
    }
  }
  // Every array the hot loops touch lives in the kernels' memory: columns, v x per column, r, v, eta.
  const kern = options.simd === false ? jsKernels : sharedKernels((2 * p + 3) * n);
  const std = standardize(x, w, options.standardize ?? true, kern.alloc, rows);
  const cols = std.columns;

  let q0 = 0;
  for (let i = 0; i < n; i++) q0 += (w[i] as number) * (yv[i] as number);
  const v = kern.alloc(n);
  const r = kern.alloc(n);
  const q = new Float64Array(n);
  const eta = kern.alloc(n);
  let b0: number;
  let dev0: number;
  let dev1: number;
  const s: CdState = {
    n,
    p,
    k: kern,
    cols,
    v,
    r,
    b: new Float64Array(p),
    b0: 0,
    xv: new Float64Array(p),
    vx: [],
    xmz: 1,
    strong: new Uint8Array(p),
    inModel: new Uint8Array(p),
    active: [],
    passes: 0,
    maxPasses,
  };
  if (family === "binomial") {
    if (q0 <= PMIN || q0 >= 1 - PMIN) throw new Error("binomial response has (almost) no cases of one class");
    b0 = Math.log(q0 / (1 - q0));
    const vi = q0 * (1 - q0);
    for (let i = 0; i < n; i++) {
      v[i] = vi * (w[i] as number);
      r[i] = (w[i] as number) * ((yv[i] as number) - q0);
      q[i] = q0;
    }
    s.xmz = vi;
    dev1 = -(b0 * q0 + Math.log(1 - q0));
    dev0 = dev1;
    for (let i = 0; i < n; i++) {
      const yi = yv[i] as number;
      const wi = w[i] as number;
      if (yi > 0) dev0 += wi * yi * Math.log(yi);
      if (yi < 1) dev0 += wi * (1 - yi) * Math.log(1 - yi);
    }
  } else {
    b0 = q0;
    dev1 = 0;
    for (let i = 0; i < n; i++) {
      v[i] = w[i] as number;
      const d = (yv[i] as number) - q0;
      r[i] = (w[i] as number) * d;
      dev1 += (w[i] as number) * d * d;
    }
    dev0 = dev1;
  }
  s.b0 = b0;
  const shr = thresh * dev0;

  const ga = new Float64Array(p);
  for (let j = 0; j < p; j++) if (std.usable[j]) ga[j] = Math.abs(kern.dot(r, cols[j] as Float64Array, n));
  const lambdaMax = maxOf(ga) / Math.max(alpha, 1e-3);
  const alf = flmin < 1 ? Math.max(EPS, flmin) ** (1 / (nlambda - 1)) : 1;
  const mnl = Math.min(MNLAM, nlambda);
  const out: ElasticNetPath = {
    family,
    alpha,
    lambda: [],
    intercept: [],
    beta: [],
    devRatio: [],
    nullDeviance: 2 * sumW * dev0,
    passes: 0,
    nobs: n,
  };
  const bs = new Float64Array(p);
  let al = 0;
  for (let ilm = 0; ilm < nlambda; ilm++) {
    let al0 = al;
    if (flmin >= 1) al = options.lambda?.[ilm] as number;
    else if (ilm > 1) al *= alf;
    else if (ilm === 0) al = BIG;
    else {
      al0 = lambdaMax;
      al = alf * al0;
    }
    const al1 = al * alpha;
    const al2 = al * (1 - alpha);
    const tlam = alpha * (2 * al - al0);
    for (let k = 0; k < p; k++)
      if (!s.strong[k] && std.usable[k] && (ga[k] as number) > tlam) s.strong[k] = 1;
    let degenerate = false;
    for (;;) {
      const bs0 = s.b0;
      for (const k of s.active) bs[k] = s.b[k] as number;
      for (let k = 0; k < p; k++) if (s.strong[k]) s.xv[k] = refreshWeighted(s, k);
      cd(s, al1, al2, shr);
      // New linear predictor, mean and working weights.
      linearPredictor(s, eta);
      const xmz =
        family === "binomial"
          ? binomialWorkingWeights(eta, w, yv, q, v, r)
          : gaussianResiduals(eta, w, yv, q, r);
      s.xmz = xmz;
      if (xmz <= VMIN) {
        degenerate = true;
        break;
      }
      if (xmz * (s.b0 - bs0) ** 2 >= shr) continue;
      let moved = false;
      for (const k of s.active) {
        if ((s.xv[k] as number) * ((s.b[k] as number) - (bs[k] as number)) ** 2 >= shr) {
          moved = true;
          break;
        }
      }
      if (moved) continue;
      // KKT check of the variables the strong rule left out.
      let violated = false;
      for (let k = 0; k < p; k++) {
        if (s.strong[k] || !std.usable[k]) continue;
        ga[k] = Math.abs(kern.dot(r, cols[k] as Float64Array, n));
        if ((ga[k] as number) > al1) {
          s.strong[k] = 1;
          violated = true;
        }
      }
      if (!violated) break;
    }
    const beta = new Float64Array(p);
    let a0 = s.b0;
    for (const k of s.active) {
      const bk = (s.b[k] as number) / (std.scale[k] as number);
      beta[k] = bk;
      a0 -= bk * (std.mean[k] as number);
    }
    out.beta.push(beta);
    out.intercept.push(a0);
    out.lambda.push(ilm === 0 && flmin < 1 ? lambdaMax : al);
    const devi = family === "binomial" ? binomialDeviance(w, yv, q) : gaussianDeviance(w, yv, q);
    out.devRatio.push((dev1 - devi) / dev0);
    if (degenerate) break;
    if (ilm + 1 < mnl || flmin >= 1) continue;
    const dr = out.devRatio[ilm] as number;
    if (dr > DEVMAX || dr - (out.devRatio[ilm - 1] as number) < SML) break;
  }
  out.passes = s.passes;
  return out;
}

/** eta = b0 + X b over the variables in the model. */
function linearPredictor(s: CdState, eta: Float64Array): void {
  eta.fill(s.b0);
  for (const k of s.active) {
    const bk = s.b[k] as number;
    if (bk !== 0) s.k.axpy(eta, -bk, s.cols[k] as Float64Array, s.n);
  }
}

/** Binomial mean q, working weights v = w q (1 - q) and residuals r = w (y - q); returns sum(v). */
function binomialWorkingWeights(
  eta: Float64Array,
  w: Float64Array,
  y: Float64Array,
  q: Float64Array,
  v: Float64Array,
  r: Float64Array,
): number {
  let xmz = 0;
  for (let i = 0; i < eta.length; i++) {
    const fi = eta[i] as number;
    const qi = fi < -FMAX ? 0 : fi > FMAX ? 1 : 1 / (1 + Math.exp(-fi));
    q[i] = qi;
    const wi = w[i] as number;
    const vi = wi * qi * (1 - qi);
    v[i] = vi;
    xmz += vi;
    r[i] = wi * ((y[i] as number) - qi);
  }
  return xmz;
}

/** Gaussian: v = w stays; residuals r = w (y - eta); returns sum(w) = 1. */
function gaussianResiduals(
  eta: Float64Array,
  w: Float64Array,
  y: Float64Array,
  q: Float64Array,
  r: Float64Array,
): number {
  let xmz = 0;
  for (let i = 0; i < eta.length; i++) {
    q[i] = eta[i] as number;
    r[i] = (w[i] as number) * ((y[i] as number) - (eta[i] as number));
    xmz += w[i] as number;
  }
  return xmz;
}

/** Recomputes v * x_k for a strong variable and returns sum_i v_i x_ik^2 (glmnet's xv). */
function refreshWeighted(s: CdState, k: number): number {
  const x = s.cols[k] as Float64Array;
  const vx = s.vx[k] ?? s.k.alloc(s.n);
  s.vx[k] = vx;
  return s.k.vx(vx, s.v, x, s.n);
}

function maxOf(a: Float64Array): number {
  let m = 0;
  for (const value of a) if (value > m) m = value;
  return m;
}

function binomialDeviance(w: Float64Array, y: Float64Array, q: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    const pi = Math.min(Math.max(PMIN, q[i] as number), 1 - PMIN);
    const yi = y[i] as number;
    // One logarithm for a 0/1 response (the other term is 0 x log), both for a proportion.
    const term =
      yi === 1 ? Math.log(pi) : yi === 0 ? Math.log(1 - pi) : yi * Math.log(pi) + (1 - yi) * Math.log(1 - pi);
    sum -= (w[i] as number) * term;
  }
  return sum;
}

function gaussianDeviance(w: Float64Array, y: Float64Array, q: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum += (w[i] as number) * ((y[i] as number) - (q[i] as number)) ** 2;
  return sum;
}
