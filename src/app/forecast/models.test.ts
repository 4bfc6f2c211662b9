import assert from "node:assert/strict";
import { test } from "node:test";
import { sharedData } from "../../../test/support/shared-data.ts";
import { readEwpPanel } from "../../adapters/ewp/read-panel.ts";
import { preparedPanel } from "../../domain/risk/model-spec.ts";
import { boostingSpec } from "../../domain/risk/models/tree-models.ts";
import { isComplete, type PanelRow } from "../../domain/risk/panel.ts";
import { TREND_COLUMNS } from "../../domain/risk/trend-features.ts";
import { forecastYear } from "./forecast.service.ts";
import { modelSpec } from "./models.ts";
import { syntheticEwpCsv } from "./synthetic-ewp.ts";

const panel = readEwpPanel("synthetic.csv", syntheticEwpCsv({ countries: 12, from: 2000, to: 2020 }));

test("ewp-trend+gbm derives the trend columns, trains on ewp-trend's rows and scores the mean of its members", () => {
  const spec = modelSpec("ewp-trend+gbm");
  const prepared = preparedPanel(spec, panel);
  for (const c of TREND_COLUMNS) assert.ok(prepared.columns.includes(c), `${c} derived`);
  const ensemble = forecastYear(panel, spec, 2019, 3);
  const trend = forecastYear(panel, modelSpec("ewp-trend"), 2019, 3);
  assert.equal(ensemble.trainRows, trend.trainRows);
  assert.equal(ensemble.forecasts.length, trend.forecasts.length);
  // gbm trained on the same rows (those complete for every member's inputs), with the same seed.
  const rows = prepared.rows.filter((r) => r.year <= 2017 && isComplete(r, [...spec.inputs, spec.outcome]));
  const gbm = boostingSpec().train(rows, 3 + 2017);
  const trendRisk = new Map(trend.forecasts.map((f) => [f.ccode, f.risk]));
  const rowOf = new Map(prepared.rows.filter((r) => r.year === 2019).map((r) => [r.ccode, r]));
  for (const f of ensemble.forecasts) {
    const expected = ((trendRisk.get(f.ccode) as number) + gbm.score(rowOf.get(f.ccode) as PanelRow)) / 2;
    assert.ok(Math.abs(f.risk - expected) < 1e-12, `${f.country}: ${f.risk} vs ${expected}`);
  }
});

test("round 3's models derive their columns and forecast exactly the baseline's countries", () => {
  const base = forecastYear(panel, modelSpec("ewp"), 2019, 3);
  for (const id of ["ewp-episode", "ewp-conflict", "ewp-plus", "ewp-plus+gbm-z"] as const) {
    const spec = modelSpec(id);
    const prepared = preparedPanel(spec, panel);
    for (const c of spec.inputs) assert.ok(prepared.columns.includes(c), `${id}: ${c} derived`);
    const run = forecastYear(panel, spec, 2019, 3);
    assert.equal(run.trainRows, base.trainRows, `${id} trains on the baseline's rows`);
    assert.deepEqual(
      run.forecasts.map((f) => f.ccode).sort(),
      base.forecasts.map((f) => f.ccode).sort(),
      `${id} scores the baseline's countries`,
    );
    for (const f of run.forecasts) assert.ok(f.risk > 0 && f.risk < 1, `${id} ${f.country}: ${f.risk}`);
  }
  assert.equal(modelSpec("ewp-plus").inputs.length, 39 + 23 + 3 + 3);
});

const ewpFile = sharedData("ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
test("on EWP's 2025 panel the episode and battle-death columns agree with the columns they come from", {
  skip: ewpFile.skip,
}, () => {
  const real = preparedPanel(modelSpec("ewp-plus"), readEwpPanel(ewpFile.path));
  let ongoing = 0;
  for (const r of real.rows) {
    const v = r.values;
    assert.equal(v["ep.ongoing"], (v.mk_ongoing_count_log2 as number) > 0 ? 1 : 0, `${r.country} ${r.year}`);
    if (v["ep.ongoing"] === 1) ongoing++;
    assert.ok((v["ep.years.log2"] as number) >= (v["ep.ongoing"] as number), `${r.country} ${r.year}`);
    assert.ok((v["bd.max5.log2"] as number) >= (v["battledeaths.log2"] as number), `${r.country} ${r.year}`);
    if (r.year < 1989) assert.equal(v["bd.years5"], 0, "EWP's battle deaths start in 1989");
  }
  assert.ok(ongoing > 1000, `${ongoing} country-years with an episode in progress`);
});
