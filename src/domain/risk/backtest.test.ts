import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { runBacktest } from "./backtest.ts";
import { summarize } from "./bootstrap.ts";
import { auc, brier, calibration, recallAt, rocCurve } from "./metrics.ts";
import type { ModelSpec } from "./model-spec.ts";
import type { Panel, PanelRow } from "./panel.ts";
import { calibrationSvg, rocSvg } from "./plots.ts";

const row = (risk: number, onset: boolean, rank = 1) => ({ risk, onset, rank });

describe("backtest metrics on a hand-made case", () => {
  test("AUC counts ordered pairs, ties as half", () => {
    assert.equal(auc([row(0.9, true), row(0.8, false), row(0.7, true), row(0.1, false)]), 0.75);
    assert.equal(auc([row(0.5, true), row(0.5, false)]), 0.5);
    assert.ok(Number.isNaN(auc([row(0.5, true)])));
    // Integer weights behave like repeated rows.
    assert.equal(auc([row(0.9, true), row(0.8, false), row(0.7, true)], undefined, [1, 1, 3]), 0.25);
  });

  test("recall in the top k, Brier score and calibration bins", () => {
    const rows = [
      row(0.3, true, 1),
      row(0.2, false, 2),
      row(0.05, true, 12),
      row(0.01, false, 40),
      row(0.001, true, 31),
    ];
    assert.equal(recallAt(rows, 10), 1 / 3);
    assert.equal(recallAt(rows, 20), 2 / 3);
    assert.equal(recallAt(rows, 30), 2 / 3);
    assert.equal(recallAt(rows, 31), 1);
    const expectedBrier = (0.7 ** 2 + 0.2 ** 2 + 0.95 ** 2 + 0.01 ** 2 + 0.999 ** 2) / 5;
    assert.ok(Math.abs(brier(rows) - expectedBrier) < 1e-12);
    const bins = calibration(rows);
    assert.deepEqual(
      bins.map((b) => b.rows),
      [1, 1, 0, 1, 0, 2],
    );
    assert.equal(bins[5]?.observed, 0.5);
    assert.ok(Math.abs((bins[5]?.meanRisk as number) - 0.25) < 1e-12);
  });

  test("ROC curve runs from (0,0) to (1,1); bootstrap intervals contain the estimate", () => {
    const rows = Array.from({ length: 200 }, (_, i) => row(i / 200, i % 7 === 0 || i > 180, 1 + (i % 50)));
    const roc = rocCurve(rows);
    assert.deepEqual(roc[0], { fpr: 0, tpr: 0 });
    assert.deepEqual(roc[roc.length - 1], { fpr: 1, tpr: 1 });
    const s = summarize(rows, 200, 7);
    assert.ok(s.auc.low <= s.auc.value && s.auc.value <= s.auc.high);
    assert.ok(s.recall["30"].low <= s.recall["30"].value && s.recall["30"].value <= s.recall["30"].high);
    assert.deepEqual(summarize(rows, 50, 3), summarize(rows, 50, 3));
    assert.match(
      rocSvg("ROC", [{ label: "m", points: roc, auc: s.auc.value }]),
      /^<svg[^>]*>[\s\S]*AUC 0\.\d{3}[\s\S]*<\/svg>\n$/,
    );
    assert.match(calibrationSvg("Calibration", s.calibration), /<circle/);
  });
});

describe("backtest protocol", () => {
  // Two made-up countries, 1985-2000; `signal` is what the fake model returns as risk.
  const rows: PanelRow[] = [];
  for (let year = 1985; year <= 2000; year++) {
    for (const [country, ccode] of [
      ["Atlantis", 900],
      ["Oz", 901],
    ] as const) {
      const signal = ccode === 900 ? (year % 3) / 10 : 0.05;
      rows.push({
        country,
        ccode,
        year,
        values: {
          signal,
          mk_onset_1or2: year % 4 === 0 ? 1 : 0,
          mk_onset: ccode === 900 && year === 1996 ? 1 : 0,
        },
      });
    }
  }
  const panel: Panel = { columns: ["signal", "mk_onset_1or2", "mk_onset"], rows, source: "synthetic" };
  const trainedOn: number[] = [];
  const spec: ModelSpec = {
    id: "fake",
    description: "returns the signal column",
    inputs: ["signal"],
    outcome: "mk_onset_1or2",
    train(train) {
      trainedOn.push(Math.max(...train.map((r) => r.year)));
      return { score: (r) => r.values.signal as number };
    },
  };

  test("fits on years <= L, forecasts from L+2 data, scores t by the max of the t-1 and t-2 forecasts", () => {
    const run = runBacktest(panel, spec, { firstTrainEnd: 1990, lastTrainEnd: 1995 });
    assert.deepEqual(trainedOn, [1990, 1991, 1992, 1993, 1994, 1995]);
    assert.deepEqual(run.years, [1993, 1998]);
    const atl = run.predictions.filter((p) => p.ccode === 900);
    assert.deepEqual(
      atl.map((p) => p.year),
      [1993, 1994, 1995, 1996, 1997, 1998],
    );
    // 1993: only the forecast from 1992 data exists (the 1991 one would need L = 1989).
    assert.equal(atl[0]?.risk, (1992 % 3) / 10);
    for (const p of atl.slice(1)) {
      assert.equal(p.risk, Math.max(((p.year - 1) % 3) / 10, ((p.year - 2) % 3) / 10), `year ${p.year}`);
    }
    assert.deepEqual(
      run.predictions.filter((p) => p.onset).map((p) => [p.country, p.year]),
      [["Atlantis", 1996]],
    );
    const in1996 = run.predictions.filter((p) => p.year === 1996);
    assert.deepEqual(
      in1996.map((p) => [p.ccode, p.rank]),
      [
        [900, 1],
        [901, 2],
      ],
    );
  });
});
