import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { readEwpPanel } from "../../adapters/ewp/read-panel.ts";
import { runBacktest } from "../../domain/risk/backtest.ts";
import { modelSpec } from "./models.ts";
import { runBacktestParallel } from "./parallel-backtest.ts";
import { syntheticEwpCsv } from "./synthetic-ewp.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-parallel-backtest-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "predictors.csv");
writeFileSync(file, syntheticEwpCsv({ countries: 25, from: 1990 }));
const panel = readEwpPanel(file);
const window = { firstTrainEnd: 2014, lastTrainEnd: 2016, seed: 4 };
const serial = runBacktest(panel, modelSpec("ewp"), window);

describe("backtest over worker threads", () => {
  test("two threads give exactly the in-thread result, fits in L order, each L once", async () => {
    const seen: number[] = [];
    const parallel = await runBacktestParallel(panel, "ewp", {
      ...window,
      threads: 2,
      onFit: (f) => seen.push(f.trainEnd),
    });
    assert.equal(parallel.threads, 2);
    assert.deepEqual(
      [...seen].sort((a, b) => a - b),
      [2014, 2015, 2016],
    );
    assert.deepEqual(parallel.predictions, serial.predictions);
    assert.deepEqual(parallel.fits, serial.fits);
    assert.deepEqual(parallel.years, [2017, 2019]);
    assert.ok(
      parallel.parts.every((p) => p.linear?.beta.length === 39),
      "each part carries its coefficients",
    );
  });

  test("one thread runs in this thread and agrees too", async () => {
    const one = await runBacktestParallel(panel, "ewp", { ...window, threads: 1 });
    assert.equal(one.threads, 1);
    assert.deepEqual(one.predictions, serial.predictions);
  });

  test("a model that derives columns (ewp-trend) gets them in the worker threads too", async () => {
    const serialTrend = runBacktest(panel, modelSpec("ewp-trend"), window);
    const parallel = await runBacktestParallel(panel, "ewp-trend", { ...window, threads: 2 });
    assert.deepEqual(parallel.predictions, serialTrend.predictions);
    const predictors = parallel.parts[0]?.linear?.predictors ?? [];
    assert.equal(predictors.length, 39 + 23);
    assert.ok(predictors.includes("d.freediscussion"));
    assert.notDeepEqual(
      serialTrend.predictions,
      serial.predictions,
      "the trend columns change the forecasts",
    );
  });
});
