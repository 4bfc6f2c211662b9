// Multinomial logistic regression on hashed n-gram features, trained by AdaGrad with L2 and a seeded shuffle:
// the same data and options give the same weights on every run (single-threaded, no wall-clock input).
import { classifierText } from "../../domain/screening/classifier-text.ts";
import { createVector, type FeatureSpec, featurise } from "../../domain/screening/hashed-features.ts";
import { seededRandom } from "../../domain/screening/metrics.ts";

/** Features of many posts packed into flat arrays (CSR). */
export interface Packed {
  rows: number;
  start: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

export function pack(texts: string[], spec: FeatureSpec): Packed {
  const vec = createVector();
  const start = new Int32Array(texts.length + 1);
  let idx = new Int32Array(texts.length * 200);
  let val = new Float32Array(texts.length * 200);
  let n = 0;
  texts.forEach((t, r) => {
    featurise(classifierText(t), spec, vec);
    if (n + vec.n > idx.length) {
      const i2 = new Int32Array((n + vec.n) * 2);
      i2.set(idx);
      idx = i2;
      const v2 = new Float32Array((n + vec.n) * 2);
      v2.set(val);
      val = v2;
    }
    idx.set(vec.idx.subarray(0, vec.n), n);
    val.set(vec.val.subarray(0, vec.n), n);
    n += vec.n;
    start[r + 1] = n;
  });
  return { rows: texts.length, start, idx: idx.subarray(0, n), val: val.subarray(0, n) };
}

export interface TrainOptions {
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface LinearWeights {
  dims: number;
  classes: number;
  w: Float32Array;
  bias: Float64Array;
}

export function logits(m: LinearWeights, p: Packed, row: number, out: Float64Array): Float64Array {
  const k = m.classes;
  for (let c = 0; c < k; c++) out[c] = m.bias[c] ?? 0;
  for (let j = p.start[row] ?? 0, e = p.start[row + 1] ?? 0; j < e; j++) {
    const base = (p.idx[j] ?? 0) * k;
    const v = p.val[j] ?? 0;
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + v * (m.w[base + c] ?? 0);
  }
  return out;
}

export function softmaxInPlace(z: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    const e = Math.exp((z[c] ?? 0) - max);
    z[c] = e;
    sum += e;
  }
  for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) / sum;
  return z;
}

/** `weight[i]` scales example i's loss (class balance times corpus weight). */
export function trainLinear(
  p: Packed,
  labels: Int32Array,
  weight: Float32Array,
  dims: number,
  opt: TrainOptions,
): LinearWeights {
  const k = opt.classes;
  const m: LinearWeights = { dims, classes: k, w: new Float32Array(dims * k), bias: new Float64Array(k) };
  const g2 = new Float32Array(dims * k);
  const b2 = new Float64Array(k);
  const order = Int32Array.from({ length: p.rows }, (_, i) => i);
  const rand = seededRandom(opt.seed);
  const z = new Float64Array(k);
  const grad = new Float64Array(k);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
    for (const row of order) {
      softmaxInPlace(logits(m, p, row, z));
      const y = labels[row] ?? 0;
      const wt = weight[row] ?? 1;
      for (let c = 0; c < k; c++) grad[c] = ((z[c] ?? 0) - (c === y ? 1 : 0)) * wt;
      for (let c = 0; c < k; c++) {
        const g = grad[c] ?? 0;
        b2[c] = (b2[c] ?? 0) + g * g;
        m.bias[c] = (m.bias[c] ?? 0) - (opt.learningRate * g) / Math.sqrt((b2[c] ?? 0) + 1e-8);
      }
      for (let j = p.start[row] ?? 0, e = p.start[row + 1] ?? 0; j < e; j++) {
        const base = (p.idx[j] ?? 0) * k;
        const v = p.val[j] ?? 0;
        for (let c = 0; c < k; c++) {
          const at = base + c;
          const wv = m.w[at] ?? 0;
          const g = (grad[c] ?? 0) * v + opt.l2 * wv;
          const acc = (g2[at] ?? 0) + g * g;
          g2[at] = acc;
          m.w[at] = wv - (opt.learningRate * g) / Math.sqrt(acc + 1e-8);
        }
      }
    }
  }
  return m;
}
