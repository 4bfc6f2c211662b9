// Naive-Bayes feature scaling (after Wang & Manning 2012, "Baselines and Bigrams", NBSVM): each hash bucket is
// scaled by how strongly it separates one class from the others, |log(P(f|c) / P(f|not c))| maximised over c,
// raised to a power. Informative n-grams then move the logistic regression more than frequent neutral ones.
// At inference the scale is folded into the weights, so the model stays one plain linear model.
import type { Packed } from "./train-linear.ts";

export function nbScale(
  p: Packed,
  labels: Int32Array,
  use: (row: number) => boolean,
  dims: number,
  k: number,
  power: number,
  alpha = 1,
): Float32Array {
  const count = new Float64Array(dims * k);
  const total = new Float64Array(k);
  for (let r = 0; r < p.rows; r++) {
    if (!use(r)) continue;
    const c = labels[r] ?? 0;
    total[c] = (total[c] ?? 0) + 1;
    for (let j = p.start[r] ?? 0, e = p.start[r + 1] ?? 0; j < e; j++) {
      const at = (p.idx[j] ?? 0) * k + c;
      count[at] = (count[at] ?? 0) + 1;
    }
  }
  const all = total.reduce((a, b) => a + b, 0);
  const scale = new Float32Array(dims);
  for (let d = 0; d < dims; d++) {
    let f = 0;
    for (let c = 0; c < k; c++) f += count[d * k + c] ?? 0;
    let best = 0;
    for (let c = 0; c < k; c++) {
      const inC = count[d * k + c] ?? 0;
      const pc = (inC + alpha) / ((total[c] ?? 0) + 2 * alpha);
      const qc = (f - inC + alpha) / (all - (total[c] ?? 0) + 2 * alpha);
      best = Math.max(best, Math.abs(Math.log(pc / qc)));
    }
    scale[d] = best ** power;
  }
  return scale;
}

/** Multiplies every packed feature value by its bucket's scale (in place). */
export function applyScale(p: Packed, scale: Float32Array): void {
  for (let j = 0; j < p.idx.length; j++) p.val[j] = (p.val[j] ?? 0) * (scale[p.idx[j] ?? 0] ?? 0);
}

/** Folds the scale into trained weights (row-major dims x k), so inference needs no scale table. */
export function foldScale(w: Float32Array, scale: Float32Array, k: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = (w[i] ?? 0) * (scale[Math.floor(i / k)] ?? 0);
  return out;
}
