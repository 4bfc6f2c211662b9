/**
 * Tree-based variants, with settings fixed in advance (not tuned on the backtest): a random forest
 * (as in EWP's 2014 ensemble) and logistic gradient boosting. Both train on the same complete cases and
 * predictors as the elastic net.
 */
import type { ModelSpec, TrainedModel } from "../model-spec.ts";
import { cell, designColumns, EWP_OUTCOME, EWP_PREDICTORS, type PanelRow } from "../panel.ts";
import { createRng } from "../prng.ts";
import { binColumns, binOf, growTree, type Tree, treeValue } from "./trees.ts";

function prepare(rows: readonly PanelRow[], predictors: readonly string[]) {
  const x = designColumns(rows, predictors);
  const y = Float64Array.from(rows, (r) => cell(r, EWP_OUTCOME) as number);
  const data = binColumns(x);
  const rowBins = (row: PanelRow): Uint8Array =>
    Uint8Array.from(predictors, (p, j) => binOf(data.cuts[j] as Float64Array, cell(row, p) ?? Number.NaN));
  return { y, data, rowBins };
}

export const FOREST = { trees: 300, mtry: 6, minLeaf: 5, maxDepth: 24 } as const;

export function randomForestSpec(predictors: readonly string[] = EWP_PREDICTORS): ModelSpec {
  return {
    id: "rf",
    description: `random forest: ${FOREST.trees} trees, ${FOREST.mtry} inputs per split, leaves >= ${FOREST.minLeaf} rows, bootstrap samples`,
    inputs: predictors,
    outcome: EWP_OUTCOME,
    train(rows, seed): TrainedModel {
      const { y, data, rowBins } = prepare(rows, predictors);
      const n = y.length;
      const rng = createRng(seed);
      const ones = new Float64Array(n).fill(1);
      const trees: Tree[] = [];
      for (let t = 0; t < FOREST.trees; t++) {
        const sample = Int32Array.from({ length: n }, () => rng.int(n));
        trees.push(growTree(data, sample, y, ones, { ...FOREST, lambda: 0 }, rng));
      }
      return {
        score: (row) => {
          const bins = rowBins(row);
          let sum = 0;
          for (const tree of trees) sum += treeValue(tree, bins);
          return Math.min(Math.max(sum / trees.length, 1e-4), 1 - 1e-4);
        },
        notes: { trees: trees.length },
      };
    },
  };
}

export const BOOSTING = {
  rounds: 300,
  eta: 0.05,
  maxDepth: 3,
  subsample: 0.5,
  minLeaf: 1,
  lambda: 1,
} as const;

export function boostingSpec(predictors: readonly string[] = EWP_PREDICTORS): ModelSpec {
  return {
    id: "gbm",
    description: `logistic gradient boosting: ${BOOSTING.rounds} trees of depth ${BOOSTING.maxDepth}, shrinkage ${BOOSTING.eta}, half-samples`,
    inputs: predictors,
    outcome: EWP_OUTCOME,
    train(rows, seed): TrainedModel {
      const { y, data, rowBins } = prepare(rows, predictors);
      const n = y.length;
      const rng = createRng(seed);
      const mean = y.reduce((a, b) => a + b, 0) / n;
      const base = Math.log(mean / (1 - mean));
      const eta = new Float64Array(n).fill(base);
      const g = new Float64Array(n);
      const h = new Float64Array(n);
      const trees: Tree[] = [];
      const all = Int32Array.from({ length: n }, (_, i) => i);
      for (let t = 0; t < BOOSTING.rounds; t++) {
        for (let i = 0; i < n; i++) {
          const p = 1 / (1 + Math.exp(-(eta[i] as number)));
          g[i] = (y[i] as number) - p;
          h[i] = p * (1 - p);
        }
        const sample = all.filter(() => rng.next() < BOOSTING.subsample);
        const tree = growTree(data, sample, g, h, { ...BOOSTING, mtry: predictors.length }, rng);
        tree.value.forEach((v, k) => {
          tree.value[k] = v * BOOSTING.eta;
        });
        trees.push(tree);
        const bins = new Uint8Array(predictors.length);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < bins.length; j++) bins[j] = (data.bins[j] as Uint8Array)[i] as number;
          eta[i] = (eta[i] as number) + treeValue(tree, bins);
        }
      }
      return {
        score: (row) => {
          const bins = rowBins(row);
          let f = base;
          for (const tree of trees) f += treeValue(tree, bins);
          return 1 / (1 + Math.exp(-f));
        },
        notes: { trees: trees.length },
      };
    },
  };
}
