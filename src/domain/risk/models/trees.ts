/**
 * Histogram decision trees for the tree-based variants (random forest, gradient boosting): inputs are cut
 * into at most 32 quantile bins of the training data, and a split is chosen by the second-order gain
 * G_L^2/(H_L+l) + G_R^2/(H_R+l) - G^2/(H+l) over per-row gradients g and hessians h. With g = y, h = 1 and
 * l = 0 that is the variance (Gini) reduction of a classification forest; with g = y - p, h = p(1 - p) it is
 * a Newton step of logistic boosting.
 */
import type { Rng } from "../prng.ts";

export interface Binned {
  /** Upper cut points per feature: bin b holds values <= cuts[b] (the last bin the rest). */
  cuts: Float64Array[];
  /** Bin of each row, per feature. */
  bins: Uint8Array[];
}

export function binColumns(columns: readonly Float64Array[], maxBins = 32): Binned {
  const cuts = columns.map((col) => {
    const sorted = Float64Array.from(col).sort();
    const out: number[] = [];
    for (let b = 1; b < maxBins; b++) {
      const v = sorted[Math.floor((b * sorted.length) / maxBins)] as number;
      if (out.length === 0 || v > (out[out.length - 1] as number)) out.push(v);
    }
    // Drop a final cut equal to the maximum (it would leave the last bin empty).
    if (out.length > 0 && out[out.length - 1] === sorted[sorted.length - 1]) out.pop();
    return Float64Array.from(out);
  });
  const bins = columns.map((col, j) => Uint8Array.from(col, (v) => binOf(cuts[j] as Float64Array, v)));
  return { cuts, bins };
}

export function binOf(cuts: Float64Array, value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value <= (cuts[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface TreeOptions {
  maxDepth: number;
  /** Smallest hessian sum in a leaf (rows, when h = 1). */
  minLeaf: number;
  /** Features tried per split. */
  mtry: number;
  /** L2 penalty on leaf values (boosting); 0 for a forest. */
  lambda: number;
}

/** A tree as flat arrays: feature < 0 marks a leaf, whose value is in `value`. */
export interface Tree {
  feature: Int16Array;
  /** Rows with bin <= split go left. */
  split: Uint8Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

export function growTree(
  data: Binned,
  rows: Int32Array,
  g: Float64Array,
  h: Float64Array,
  options: TreeOptions,
  rng: Rng,
): Tree {
  const nodes = {
    feature: [] as number[],
    split: [] as number[],
    left: [] as number[],
    right: [] as number[],
    value: [] as number[],
  };
  const p = data.bins.length;
  const features = Array.from({ length: p }, (_, j) => j);
  const gh = new Float64Array(64);
  const build = (idx: Int32Array, depth: number): number => {
    const id = nodes.feature.length;
    let G = 0;
    let H = 0;
    for (const i of idx) {
      G += g[i] as number;
      H += h[i] as number;
    }
    nodes.feature.push(-1);
    nodes.split.push(0);
    nodes.left.push(-1);
    nodes.right.push(-1);
    nodes.value.push(G / (H + options.lambda));
    if (depth >= options.maxDepth || H < 2 * options.minLeaf) return id;
    // Partial Fisher-Yates: the first mtry entries become a random subset of features.
    for (let k = 0; k < options.mtry && k < p - 1; k++) {
      const j = k + rng.int(p - k);
      const tmp = features[k] as number;
      features[k] = features[j] as number;
      features[j] = tmp;
    }
    const parent = (G * G) / (H + options.lambda);
    let best = 1e-12;
    let bestFeature = -1;
    let bestSplit = 0;
    for (let k = 0; k < Math.min(options.mtry, p); k++) {
      const f = features[k] as number;
      const col = data.bins[f] as Uint8Array;
      const nb = (data.cuts[f] as Float64Array).length + 1;
      if (nb < 2) continue;
      gh.fill(0, 0, 2 * nb);
      for (const i of idx) {
        const b = col[i] as number;
        gh[2 * b] = (gh[2 * b] as number) + (g[i] as number);
        gh[2 * b + 1] = (gh[2 * b + 1] as number) + (h[i] as number);
      }
      let gl = 0;
      let hl = 0;
      for (let b = 0; b < nb - 1; b++) {
        gl += gh[2 * b] as number;
        hl += gh[2 * b + 1] as number;
        const hr = H - hl;
        if (hl < options.minLeaf || hr < options.minLeaf) continue;
        const gr = G - gl;
        const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent;
        if (gain > best) {
          best = gain;
          bestFeature = f;
          bestSplit = b;
        }
      }
    }
    if (bestFeature < 0) return id;
    const col = data.bins[bestFeature] as Uint8Array;
    const leftRows = idx.filter((i) => (col[i] as number) <= bestSplit);
    const rightRows = idx.filter((i) => (col[i] as number) > bestSplit);
    nodes.feature[id] = bestFeature;
    nodes.split[id] = bestSplit;
    nodes.left[id] = build(leftRows, depth + 1);
    nodes.right[id] = build(rightRows, depth + 1);
    return id;
  };
  build(rows, 0);
  return {
    feature: Int16Array.from(nodes.feature),
    split: Uint8Array.from(nodes.split),
    left: Int32Array.from(nodes.left),
    right: Int32Array.from(nodes.right),
    value: Float64Array.from(nodes.value),
  };
}

/** Leaf value for a row given as bins per feature. */
export function treeValue(tree: Tree, bins: ArrayLike<number>): number {
  let node = 0;
  while ((tree.feature[node] as number) >= 0) {
    const f = tree.feature[node] as number;
    node =
      (bins[f] as number) <= (tree.split[node] as number)
        ? (tree.left[node] as number)
        : (tree.right[node] as number);
  }
  return tree.value[node] as number;
}
