/**
 * Predictor standardisation as glmnet does it before fitting: with observation weights w summing to 1,
 * each column is centred on its weighted mean and (when `scale` is on) divided by its weighted standard
 * deviation computed with divisor 1, not n - 1. Constant columns are flagged unusable (glmnet's `ju`) and
 * keep a zero coefficient.
 */
export interface Standardized {
  /** Centred (and scaled) copies of the columns. */
  columns: Float64Array[];
  mean: Float64Array;
  /** Divisor applied to each column (1 when scaling is off or the column is constant). */
  scale: Float64Array;
  /** Weighted variance of each centred column after scaling (1 when scaled; glmnet's xv). */
  variance: Float64Array;
  usable: Uint8Array;
}

export function standardize(
  x: readonly ArrayLike<number>[],
  w: Float64Array,
  scale: boolean,
  /** Where the column copies go (the solver's kernels allocate them in their own memory). */
  alloc: (n: number) => Float64Array = (n) => new Float64Array(n),
  /** Observations to take from each column (by index), when the fit is on a subset; else all. */
  rows?: ArrayLike<number>,
): Standardized {
  const p = x.length;
  const n = w.length;
  const out: Standardized = {
    columns: [],
    mean: new Float64Array(p),
    scale: new Float64Array(p).fill(1),
    variance: new Float64Array(p),
    usable: new Uint8Array(p),
  };
  for (let j = 0; j < p; j++) {
    const src = x[j] as ArrayLike<number>;
    const col = alloc(n);
    if (rows) {
      for (let t = 0; t < n; t++) col[t] = src[rows[t] as number] as number;
    } else {
      if (src.length !== n) throw new Error(`column ${j} has ${src.length} values, expected ${n}`);
      col.set(src);
    }
    const first = col[0] ?? 0;
    let constant = true;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const value = col[i] as number;
      if (!Number.isFinite(value)) throw new Error(`column ${j}, observation ${i}: not a finite number`);
      if (value !== first) constant = false;
      m += (w[i] as number) * value;
    }
    let v = 0;
    for (let i = 0; i < n; i++) {
      const c = (col[i] as number) - m;
      col[i] = c;
      v += (w[i] as number) * c * c;
    }
    out.mean[j] = m;
    out.usable[j] = constant ? 0 : 1;
    if (scale && !constant && v > 0) {
      const s = Math.sqrt(v);
      for (let i = 0; i < n; i++) col[i] = (col[i] as number) / s;
      out.scale[j] = s;
      out.variance[j] = 1;
    } else {
      out.variance[j] = v;
    }
    out.columns.push(col);
  }
  return out;
}
