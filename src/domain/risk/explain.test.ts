import assert from "node:assert/strict";
import { test } from "node:test";
import { categories, drivers } from "./explain.ts";
import { predictRisk } from "./linear-model.ts";
import type { PanelRow } from "./panel.ts";

const row = (year: number, a: number, b: number, c: number): PanelRow => ({
  country: "Atlantis",
  ccode: 900,
  year,
  values: { a, b, c },
});

test("linear contributions are coefficient x change and add up to the change in log-odds", () => {
  const linear = { predictors: ["a", "b", "c"], intercept: -3, beta: [0.5, -2, 0] };
  const model = { linear, score: (r: PanelRow) => predictRisk(linear, r) };
  const prev = row(2020, 1, 0.5, 7);
  const curr = row(2021, 3, 0.25, 9);
  const d = drivers(model, ["a", "b", "c"], prev, curr);
  assert.deepEqual(
    d.map((x) => [x.variable, x.contribution]),
    [
      ["a", 1],
      ["b", 0.5],
    ],
  );
  const logit = (p: number) => Math.log(p / (1 - p));
  const total = d.reduce((s, x) => s + x.contribution, 0);
  assert.ok(Math.abs(total - (logit(model.score(curr)) - logit(model.score(prev)))) < 1e-12);
});

test("a model without a linear part is explained by substituting one input at a time", () => {
  const model = {
    score: (r: PanelRow) => 1 / (1 + Math.exp(-((r.values.a as number) * (r.values.b as number)))),
  };
  const d = drivers(model, ["a", "b"], row(2020, 1, 1, 0), row(2021, 2, 3, 0));
  // log-odds now 6; with a back to 1: 3 (a contributes 3); with b back to 1: 2 (b contributes 4).
  assert.deepEqual(
    d.map((x) => x.variable),
    ["b", "a"],
  );
  assert.ok(Math.abs((d[0]?.contribution as number) - 4) < 1e-9);
  assert.ok(Math.abs((d[1]?.contribution as number) - 3) < 1e-9);
});

test("EWP categories", () => {
  const base = { risk: 0.05, previousRisk: 0.045, previousRank: 20, earlierRanks: [20, 25], onsetNow: false };
  assert.deepEqual(categories({ ...base, rank: 10 }), ["highest risk", "consistently high"]);
  assert.deepEqual(categories({ ...base, rank: 10, earlierRanks: [20, 40] }), ["highest risk"]);
  assert.deepEqual(categories({ ...base, rank: 40, risk: 0.03, previousRisk: 0.015 }), [
    "risk increased significantly",
  ]);
  assert.deepEqual(categories({ ...base, rank: 60, risk: 0.01, onsetNow: true, previousRank: 70 }), [
    "unexpected",
  ]);
});
