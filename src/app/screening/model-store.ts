// Reads and writes the committed classifier artifact: models/screening/classifier.json (header: features,
// labels, biases, scales, training record) and classifier.weights.gz (int8 weights, gzip).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { LinearModel, type ModelHeader } from "../../domain/screening/linear-model.ts";

export const MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../models/screening");
const HEADER = "classifier.json";
const WEIGHTS = "classifier.weights.gz";

let cached: LinearModel | undefined;

export function loadModel(dir = MODEL_DIR): LinearModel {
  if (dir === MODEL_DIR && cached) return cached;
  const header = JSON.parse(readFileSync(join(dir, HEADER), "utf8")) as ModelHeader;
  if (header.format !== "tocsin-linear-v1") throw new Error(`unknown model format ${String(header.format)}`);
  const raw = gunzipSync(readFileSync(join(dir, WEIGHTS)));
  const model = new LinearModel(header, new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength));
  if (dir === MODEL_DIR) cached = model;
  return model;
}

export function saveModel(dir: string, header: ModelHeader, weights: Int8Array): void {
  writeFileSync(join(dir, HEADER), `${JSON.stringify(header, null, 2)}\n`);
  // mtime 0 and level 9: the same weights give the same bytes.
  writeFileSync(
    join(dir, WEIGHTS),
    gzipSync(Buffer.from(weights.buffer, weights.byteOffset, weights.length), { level: 9 }),
  );
}
