import assert from "node:assert/strict";
import { test } from "node:test";
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
