/**
 * The inner loop of elastic-net fitting: coordinate descent on the weighted least-squares problem
 *   (1/2) sum_i v_i (z_i - b0 - x_i b)^2 + al1 |b|_1 + (al2/2) |b|^2
 * over the strong set, where r_i = v_i (z_i - b0 - x_i b) is the weighted residual. As in glmnet: one pass
 * over the whole strong set, then passes over the variables already in the model until no coefficient
 * moves by more than `shr` (measured as xv_k * change^2), then again over the whole strong set.
 */
import { sum } from "./kernels.ts";
import type { Kernels } from "./simd-kernels.ts";

export interface CdState {
  n: number;
  p: number;
  /** The hot loops, over arrays allocated by k.alloc. */
  k: Kernels;
  cols: Float64Array[];
  /** Working weights v_i. */
  v: Float64Array;
  /** Weighted residuals v_i (z_i - eta_i); kept current by the naive updates. */
  r: Float64Array;
  b: Float64Array;
  b0: number;
  /** sum_i v_i x_ik^2 for strong variables. */
  xv: Float64Array;
  /** v_i x_ik for strong variables (refreshed with xv), so a residual update is one multiply-add. */
  vx: (Float64Array | undefined)[];
  /** sum_i v_i. */
  xmz: number;
  strong: Uint8Array;
  inModel: Uint8Array;
  /** Variables that have ever been non-zero, in order of entry (glmnet's m). */
  active: number[];
  passes: number;
  maxPasses: number;
}

function soft(u: number, al1: number, denom: number): number {
  const au = Math.abs(u) - al1;
  return au <= 0 ? 0 : (u < 0 ? -au : au) / denom;
}

function enter(s: CdState, k: number): void {
  if (!s.inModel[k]) {
    s.inModel[k] = 1;
    s.active.push(k);
  }
}

function countPass(s: CdState): void {
  s.passes++;
  if (s.passes > s.maxPasses) throw new Error(`elastic net: no convergence within ${s.maxPasses} passes`);
}

/** One naive coordinate step on variable k; returns xv_k * change^2 (0 when it did not move). */
function naiveStep(s: CdState, k: number, al1: number, al2: number): number {
  const bk = s.b[k] as number;
  const xvk = s.xv[k] as number;
  const nb = soft(s.k.dot(s.r, s.cols[k] as Float64Array, s.n) + xvk * bk, al1, xvk + al2);
  const d = nb - bk;
  if (d === 0) return 0;
  s.b[k] = nb;
  s.k.axpy(s.r, d, s.vx[k] as Float64Array, s.n);
  enter(s, k);
  return xvk * d * d;
}

function naiveIntercept(s: CdState): number {
  const d = sum(s.r, s.n) / s.xmz;
  if (d === 0) return 0;
  s.b0 += d;
  s.k.axpy(s.r, d, s.v, s.n);
  return s.xmz * d * d;
}

/** Naive updates: each coordinate step reads and rewrites the residual vector (cost O(n) per step). */
export function cdNaive(s: CdState, al1: number, al2: number, shr: number): void {
  for (;;) {
    countPass(s);
    let dlx = 0;
    for (let k = 0; k < s.p; k++) if (s.strong[k]) dlx = Math.max(dlx, naiveStep(s, k, al1, al2));
    dlx = Math.max(dlx, naiveIntercept(s));
    if (dlx < shr) return;
    for (;;) {
      countPass(s);
      dlx = 0;
      const active = s.active;
      for (let a = 0; a < active.length; a++)
        dlx = Math.max(dlx, naiveStep(s, active[a] as number, al1, al2));
      dlx = Math.max(dlx, naiveIntercept(s));
      if (dlx < shr) break;
    }
  }
}

/**
 * Covariance updates: the weighted Gram matrix of the strong set is built once per call (O(n s^2)), after
 * which each coordinate step costs O(s) instead of O(n). Same iterates as the naive updates up to rounding;
 * `r` is left stale (the caller recomputes it from the new coefficients).
 */
export function cdCovariance(s: CdState, al1: number, al2: number, shr: number): void {
  const { n, cols, v, r, b, xv } = s;
  const set: number[] = [];
  for (let k = 0; k < s.p; k++) if (s.strong[k]) set.push(k);
  const m = set.length;
  const gram = new Float64Array(m * m);
  const c = new Float64Array(m);
  const g = new Float64Array(m);
  let sr = 0;
  for (let i = 0; i < n; i++) sr += r[i] as number;
  for (let a = 0; a < m; a++) {
    const xa = cols[set[a] as number] as Float64Array;
    let ca = 0;
    let ga = 0;
    for (let i = 0; i < n; i++) {
      ca += (v[i] as number) * (xa[i] as number);
      ga += (r[i] as number) * (xa[i] as number);
    }
    c[a] = ca;
    g[a] = ga;
    for (let bIdx = 0; bIdx <= a; bIdx++) {
      const xb = cols[set[bIdx] as number] as Float64Array;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (v[i] as number) * (xa[i] as number) * (xb[i] as number);
      gram[a * m + bIdx] = sum;
      gram[bIdx * m + a] = sum;
    }
  }
  const slot = new Int32Array(s.p).fill(-1);
  for (let a = 0; a < m; a++) slot[set[a] as number] = a;
  const step = (a: number): number => {
    const k = set[a] as number;
    const bk = b[k] as number;
    const xvk = xv[k] as number;
    const nb = soft((g[a] as number) + xvk * bk, al1, xvk + al2);
    const d = nb - bk;
    if (d === 0) return 0;
    b[k] = nb;
    const row = a * m;
    for (let j = 0; j < m; j++) g[j] = (g[j] as number) - d * (gram[row + j] as number);
    sr -= d * (c[a] as number);
    enter(s, k);
    return xvk * d * d;
  };
  const intercept = (): number => {
    const d = sr / s.xmz;
    if (d === 0) return 0;
    s.b0 += d;
    for (let j = 0; j < m; j++) g[j] = (g[j] as number) - d * (c[j] as number);
    sr -= d * s.xmz;
    return s.xmz * d * d;
  };
  for (;;) {
    countPass(s);
    let dlx = 0;
    for (let a = 0; a < m; a++) dlx = Math.max(dlx, step(a));
    dlx = Math.max(dlx, intercept());
    if (dlx < shr) return;
    for (;;) {
      countPass(s);
      dlx = 0;
      for (const k of s.active) {
        const a = slot[k] as number;
        if (a >= 0) dlx = Math.max(dlx, step(a));
      }
      dlx = Math.max(dlx, intercept());
      if (dlx < shr) break;
    }
  }
}
