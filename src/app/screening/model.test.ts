import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sharedData } from "../../../test/support/shared-data.ts";
import { SCREEN_LABELS } from "../../domain/screening/labels.ts";
import { macroF1 } from "../../domain/screening/metrics.ts";
import { screenPost } from "../../domain/screening/screen-post.ts";
import { readHateXplain } from "./datasets.ts";
import { FUNCTIONAL_CASES } from "./functional-cases.ts";
import { loadModel } from "./model-store.ts";

const hx = sharedData("text/hatexplain/092-HateXplain.csv");

describe("the committed screening model", () => {
  const model = loadModel();

  test("header: format, labels in order, feature spec", () => {
    assert.equal(model.header.format, "tocsin-linear-v1");
    assert.deepEqual(model.header.labels, [...SCREEN_LABELS]);
    assert.equal(model.header.spec.bits, 20);
  });

  test("probabilities are a distribution, for any input", () => {
    for (const t of ["", "hello", "\u0000\ufffd", "x".repeat(100_000), "🙂".repeat(50)]) {
      const p = model.probabilities(t);
      assert.equal(p.length, 3);
      assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    }
  });

  test("the recorded validation score reproduces on its check slice", { skip: hx.skip }, () => {
    const check = model.header.check as { slice: number; macroF1: number };
    const val = readHateXplain(hx.path.replace(/text\/hatexplain\/.*$/, "")).filter((e) => e.split === "val");
    const slice = val.slice(0, check.slice);
    const idx = (l: string) => SCREEN_LABELS.indexOf(l as (typeof SCREEN_LABELS)[number]);
    const gold = Int32Array.from(slice, (e) => idx(e.label));
    const pred = Int32Array.from(slice, (e) => idx(model.classify(e.text).label));
    assert.ok(Math.abs(macroF1(gold, pred, 3) - check.macroF1) < 1e-6);
  });

  test("functional checks: at least 90% of the project's own cases pass", () => {
    const failed = FUNCTIONAL_CASES.filter(
      (c) => (screenPost(c.text, model).label === "hateful") !== (c.expect === "hateful"),
    );
    assert.ok(
      failed.length <= FUNCTIONAL_CASES.length * 0.1,
      failed.map((c) => `${c.lang} ${c.behaviour}: ${c.text}`).join("\n"),
    );
  });
});
