// The screening classifier at inference time: hashed n-gram features, one weight per (bucket, class) stored
// as int8 with a scale per class, softmax over the three classes. Pure: the bytes come from the caller
// (src/app/screening/model-store.ts reads and gunzips the committed artifact).
import { classifierText } from "./classifier-text.ts";
import { createVector, type FeatureSpec, type FeatureVector, featurise } from "./hashed-features.ts";
import { SCREEN_LABELS, type ScreenLabel } from "./labels.ts";

/** The JSON header of the artifact (models/screening/classifier.json). */
export interface ModelHeader {
  format: "tocsin-linear-v1";
  spec: FeatureSpec;
  labels: ScreenLabel[];
  bias: number[];
  /** Per class: weight = int8 * scale. */
  scales: number[];
  /** Added to the logits after training, tuned on the validation split for macro-F1. */
  offsets: number[];
  /** Anything else the trainer records (data, options, scores); not read at inference. */
  [extra: string]: unknown;
}

export class LinearModel {
  private readonly k: number;
  private readonly vec: FeatureVector = createVector();
  private readonly z: Float64Array;
  private readonly w: Float32Array;

  constructor(
    readonly header: ModelHeader,
    weights: Int8Array,
  ) {
    this.k = header.labels.length;
    const dims = 1 << header.spec.bits;
    if (weights.length !== dims * this.k) {
      throw new Error(`model weights: expected ${dims * this.k} values, got ${weights.length}`);
    }
    // Dequantise once: a Float32Array read is cheaper than int8 * scale per feature per post.
    this.w = new Float32Array(weights.length);
    for (let i = 0; i < weights.length; i++) this.w[i] = (weights[i] ?? 0) * (header.scales[i % this.k] ?? 0);
    this.z = new Float64Array(this.k);
  }

  /** Class probabilities in the order of header.labels (a fresh array). */
  probabilities(text: string): Float64Array {
    return Float64Array.from(this.probabilitiesInto(text));
  }

  /** Class probabilities into a buffer owned by the model (valid until the next call). */
  probabilitiesInto(text: string): Float64Array {
    const { k, z, w, vec, header } = this;
    featurise(classifierText(text), header.spec, vec);
    for (let c = 0; c < k; c++) z[c] = (header.bias[c] ?? 0) + (header.offsets[c] ?? 0);
    const { idx, val, n } = vec;
    for (let j = 0; j < n; j++) {
      const base = (idx[j] ?? 0) * k;
      const v = val[j] ?? 0;
      for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + v * (w[base + c] ?? 0);
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) if ((z[c] ?? 0) > max) max = z[c] ?? 0;
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp((z[c] ?? 0) - max);
      z[c] = e;
      sum += e;
    }
    for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) / sum;
    return z;
  }

  classify(text: string): { label: ScreenLabel; probabilities: Record<ScreenLabel, number> } {
    const p = this.probabilitiesInto(text);
    const probabilities = { hateful: 0, offensive: 0, neither: 0 };
    let best = 0;
    this.header.labels.forEach((label, c) => {
      probabilities[label] = p[c] ?? 0;
      if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
    });
    return { label: this.header.labels[best] ?? "neither", probabilities };
  }
}

/** Quantise trained float weights to int8 with one scale per class. */
export function quantise(w: Float32Array, k: number): { weights: Int8Array; scales: number[] } {
  const max = new Array<number>(k).fill(0);
  for (let i = 0; i < w.length; i++) max[i % k] = Math.max(max[i % k] ?? 0, Math.abs(w[i] ?? 0));
  const scales = max.map((m) => (m > 0 ? m / 127 : 1));
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.round((w[i] ?? 0) / (scales[i % k] ?? 1));
  return { weights, scales };
}

export { SCREEN_LABELS };
