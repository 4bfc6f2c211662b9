// Trains a screening classifier from labelled examples: hashed n-grams, optional NB scaling, multinomial
// logistic regression, decision offsets tuned on a validation set, int8 quantisation. Used by the committed
// training script (the shipped model) and by the evaluation (cross-dataset models). Deterministic.
import type { FeatureSpec } from "../../domain/screening/hashed-features.ts";
import { SCREEN_LABELS } from "../../domain/screening/labels.ts";
import { LinearModel, type ModelHeader, quantise } from "../../domain/screening/linear-model.ts";
import type { Corpus, Example } from "./datasets.ts";
import { applyScale, foldScale, nbScale } from "./nb-scale.ts";
import { logits, pack, trainLinear } from "./train-linear.ts";
import { tuneOffsets } from "./tune-offsets.ts";

export interface TrainConfig {
  spec: FeatureSpec;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Loss weight of each corpus's examples; a corpus missing here is not used. */
  corpusWeight: Partial<Record<Corpus, number>>;
  /** Power of the NB scale (0: none); the scale is counted on `nbCorpora` only. */
  nbPower: number;
  nbCorpora: Corpus[];
}

export interface Trained {
  header: ModelHeader;
  weights: Int8Array;
  model: LinearModel;
  /** Validation macro-F1 of the float model with tuned offsets. */
  validationMacroF1: number;
}

const K = SCREEN_LABELS.length;
const labelIndex = (e: Example) => SCREEN_LABELS.indexOf(e.label);

export function trainClassifier(
  examples: readonly Example[],
  validation: readonly Example[],
  config: TrainConfig,
  log: (s: string) => void = () => {},
): Trained {
  const train = examples.filter((e) => (config.corpusWeight[e.corpus] ?? 0) > 0);
  const dims = 1 << config.spec.bits;
  const packed = pack(
    train.map((e) => e.text),
    config.spec,
  );
  const y = Int32Array.from(train, labelIndex);
  const weight = Float32Array.from(train, (e) => config.corpusWeight[e.corpus] ?? 0);
  let scale: Float32Array | undefined;
  if (config.nbPower > 0) {
    const nbRows = new Set(config.nbCorpora);
    scale = nbScale(packed, y, (r) => nbRows.has(train[r]?.corpus as Corpus), dims, K, config.nbPower);
    applyScale(packed, scale);
  }
  log(`training on ${train.length} posts`);
  const opts = {
    classes: K,
    epochs: config.epochs,
    learningRate: config.learningRate,
    l2: config.l2,
    seed: config.seed,
  };
  const trained = trainLinear(packed, y, weight, dims, opts);
  if (scale) trained.w = foldScale(trained.w, scale, K);

  // Offsets from the validation logits (the folded weights give the same logits as scaled features).
  const vPacked = pack(
    validation.map((e) => e.text),
    config.spec,
  );
  const vLogits = new Float64Array(validation.length * K);
  const z = new Float64Array(K);
  for (let r = 0; r < validation.length; r++) vLogits.set(logits(trained, vPacked, r, z), r * K);
  const tuned = tuneOffsets(vLogits, Int32Array.from(validation, labelIndex), K);
  log(`validation macro-F1 ${tuned.macroF1.toFixed(4)}, offsets ${tuned.offsets.join(", ")}`);

  const { weights, scales } = quantise(trained.w, K);
  const header: ModelHeader = {
    format: "tocsin-linear-v1",
    spec: config.spec,
    labels: [...SCREEN_LABELS],
    bias: [...trained.bias],
    scales,
    offsets: tuned.offsets,
  };
  return { header, weights, model: new LinearModel(header, weights), validationMacroF1: tuned.macroF1 };
}
