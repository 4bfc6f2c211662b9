import assert from "node:assert/strict";
import { test } from "node:test";
import { auc } from "../metrics.ts";
import type { PanelRow } from "../panel.ts";
import { createRng } from "../prng.ts";
import { boostingSpec, randomForestSpec } from "./tree-models.ts";
import { binColumns, binOf } from "./trees.ts";

test("quantile bins: cut points are increasing and every value lands in its bin", () => {
  const col = Float64Array.from({ length: 100 }, (_, i) => i % 10);
  const { cuts, bins } = binColumns([col], 4);
  const c = cuts[0] as Float64Array;
  assert.ok(c.every((v, i) => i === 0 || v > (c[i - 1] as number)));
  col.forEach((v, i) => {
    const b = (bins[0] as Uint8Array)[i] as number;
    assert.ok(b === c.length || v <= (c[b] as number));
    assert.ok(b === 0 || v > (c[b - 1] as number));
    assert.equal(binOf(c, v), b);
  });
});

test("forest and boosting learn an interaction a linear model cannot", () => {
  const rng = createRng(4);
  const predictors = ["a", "b"];
  const rows: PanelRow[] = Array.from({ length: 600 }, (_, i) => {
    const a = rng.next();
    const b = rng.next();
    const risky = a > 0.5 !== b > 0.5; // XOR
    return {
      country: `C${i}`,
      ccode: i,
      year: 2000,
      values: { a, b, mk_onset_1or2: rng.next() < (risky ? 0.5 : 0.03) ? 1 : 0 },
    };
  });
  const train = rows.slice(0, 400);
  const test = rows.slice(400);
  for (const spec of [randomForestSpec(predictors), boostingSpec(predictors)]) {
    const model = spec.train(train, 1);
    const scored = test.map((r) => ({ risk: model.score(r), onset: r.values.mk_onset_1or2 === 1, rank: 0 }));
    assert.ok(auc(scored) > 0.75, `${spec.id}: AUC ${auc(scored)}`);
    assert.equal(model.score(test[0] as PanelRow), spec.train(train, 1).score(test[0] as PanelRow), "seeded");
  }
});
