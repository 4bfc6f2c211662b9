import assert from "node:assert/strict";
import { test } from "node:test";
import type { ModelSpec } from "../model-spec.ts";
import type { PanelRow } from "../panel.ts";
import { logOdds, standardizedEnsembleSpec } from "./z-ensemble.ts";

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** A member whose log-odds is the row's value of one column (training does nothing). */
const member = (column: string): ModelSpec => ({
  id: column,
  description: column,
  inputs: [column],
  outcome: "y",
  train: () => ({ score: (row) => sigmoid(row.values[column] as number) }),
});
const row = (a: number, b: number): PanelRow => ({
  country: "X",
  ccode: 1,
  year: 2000,
  values: { a, b, y: 0 },
});
// Training log-odds: member a {-1, 1} (mean 0, sd 1), member b {0, 4} (mean 2, sd 2).
const training = [row(-1, 0), row(1, 4)];

test("averages the members' z-scores over the training rows and puts them on the first member's scale", () => {
  const ab = standardizedEnsembleSpec("a+b", [member("a"), member("b")]).train(training, 1);
  // z_a = (2 - 0) / 1 = 2, z_b = (0 - 2) / 2 = -1: mean 0.5, on a's scale 0 + 1 x 0.5.
  assert.ok(Math.abs(logOdds(ab.score(row(2, 0))) - 0.5) < 1e-9);
  const ba = standardizedEnsembleSpec("b+a", [member("b"), member("a")]).train(training, 1);
  // Same mean z, on b's scale: 2 + 2 x 0.5.
  assert.ok(Math.abs(logOdds(ba.score(row(2, 0))) - 3) < 1e-9);
});

test("unlike a mean of probabilities, a member's wider spread does not decide the order", () => {
  // Training log-odds: a {-5, -3} (mean -4, sd 1), b {-6, -2} (mean -4, sd 2): b spreads twice as wide.
  const ab = standardizedEnsembleSpec("a+b", [member("a"), member("b")]).train([row(-5, -6), row(-3, -2)], 1);
  const first = row(-2.5, -5); // z 1.5 and -0.5: mean 0.5
  const second = row(-4.5, -1.6); // z -0.5 and 1.2: mean 0.35
  assert.ok(ab.score(first) > ab.score(second));
  const mean = (r: PanelRow) => (sigmoid(r.values.a as number) + sigmoid(r.values.b as number)) / 2;
  assert.ok(
    mean(first) < mean(second),
    "the mean of probabilities ranks them the other way (b's 0.17 decides)",
  );
});

test("the inputs are every member's, and a member that scores all rows alike divides by 1, not 0", () => {
  const spec = standardizedEnsembleSpec("a+b", [member("a"), member("b")]);
  assert.deepEqual(spec.inputs, ["a", "b"]);
  const flat = standardizedEnsembleSpec("a+b", [member("a"), member("b")]).train([row(0, 1), row(0, 3)], 1);
  // a: mean 0, sd 0 -> 1; b: mean 2, sd 1. Row (0, 4): z 0 and 2, mean 1, on a's scale 0 + 1 x 1.
  assert.ok(Math.abs(logOdds(flat.score(row(0, 4))) - 1) < 1e-9);
});
