// Classification metrics for the evaluation: per-class precision/recall/F1, macro-F1, and a percentile
// bootstrap interval for macro-F1 driven by a seeded generator so the committed figures reproduce exactly.

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function perClass(gold: ArrayLike<number>, pred: ArrayLike<number>, k: number): ClassScores[] {
  const tp = new Array<number>(k).fill(0);
  const fp = new Array<number>(k).fill(0);
  const fn = new Array<number>(k).fill(0);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? 0;
    const p = pred[i] ?? 0;
    if (g === p) tp[g] = (tp[g] ?? 0) + 1;
    else {
      fp[p] = (fp[p] ?? 0) + 1;
      fn[g] = (fn[g] ?? 0) + 1;
    }
  }
  return tp.map((t, c) => {
    const precision = t + (fp[c] ?? 0) > 0 ? t / (t + (fp[c] ?? 0)) : 0;
    const recall = t + (fn[c] ?? 0) > 0 ? t / (t + (fn[c] ?? 0)) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, support: t + (fn[c] ?? 0) };
  });
}

export function macroF1(gold: ArrayLike<number>, pred: ArrayLike<number>, k: number): number {
  const s = perClass(gold, pred, k);
  return s.reduce((a, c) => a + c.f1, 0) / k;
}

export function accuracy(gold: ArrayLike<number>, pred: ArrayLike<number>): number {
  let ok = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) ok++;
  return gold.length > 0 ? ok / gold.length : 0;
}

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 95% percentile bootstrap interval of macro-F1 (resampling posts with replacement). */
export function bootstrapMacroF1(
  gold: ArrayLike<number>,
  pred: ArrayLike<number>,
  k: number,
  rounds = 1000,
  seed = 1,
): [number, number] {
  const rand = seededRandom(seed);
  const n = gold.length;
  const g = new Int32Array(n);
  const p = new Int32Array(n);
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rand() * n);
      g[i] = gold[j] ?? 0;
      p[i] = pred[j] ?? 0;
    }
    values.push(macroF1(g, p, k));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(0.025 * rounds)] ?? 0, values[Math.ceil(0.975 * rounds) - 1] ?? 0];
}
