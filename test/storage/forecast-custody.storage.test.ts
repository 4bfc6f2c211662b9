import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { FORECAST_RUN_TARGET, forecastsDigest, runCustodyEvent } from "../../src/domain/risk/run-custody.ts";
import type { CountryForecast, ForecastRun } from "../../src/domain/risk/stored-forecast.ts";
import { onEachEngine } from "../support/stores.ts";

const run = (): ForecastRun => ({
  id: randomUUID(),
  modelId: "ewp",
  modelVersion: "1 (tocsin 0.1.0)",
  modelDescription: "made-up run",
  trainStart: 1960,
  trainEnd: 2022,
  trainRows: 100,
  seed: 1,
  fictional: false,
  inputs: [{ role: "predictors", fileName: "p.csv", sha256: "c".repeat(64), bytes: 10 }],
  notes: {},
  createdAt: "2026-02-01T00:00:00.000Z",
  createdBy: "cli:test",
});
const forecast = (iso3: string, probability: number, rank: number): CountryForecast => ({
  iso3,
  country: iso3,
  ccode: 900 + rank,
  dataYear: 2024,
  window: { from: 2025, to: 2026 },
  probability,
  rank,
  previousProbability: null,
  previousRank: null,
  drivers: [],
  categories: [],
});

test("the forecasts digest ignores order and changes with any stored figure", () => {
  const a = [forecast("XAA", 0.2, 1), forecast("XAB", 0.1, 2)];
  assert.equal(forecastsDigest(a), forecastsDigest([...a].reverse()));
  assert.notEqual(forecastsDigest(a), forecastsDigest([forecast("XAA", 0.21, 1), forecast("XAB", 0.1, 2)]));
});

onEachEngine("forecast run custody", (store) => {
  test("a stored run gets one custody entry with its inputs and forecasts digest, in the same transaction", async () => {
    const r = run();
    const rows = [forecast("XAA", 0.2, 1), forecast("XAB", 0.1, 2)];
    const forecasts = store().app.forecasts.store;
    await forecasts.saveRun(r, rows, runCustodyEvent(r, rows));
    const trail = await store().app.store.custodyFor(FORECAST_RUN_TARGET, r.id);
    assert.equal(trail.length, 1);
    assert.equal(trail[0]?.actor, "cli:test");
    assert.equal(trail[0]?.action, "create");
    assert.equal(trail[0]?.details.forecastsSha256, forecastsDigest(rows));
    assert.deepEqual(trail[0]?.details.inputs, [
      { role: "predictors", fileName: "p.csv", sha256: "c".repeat(64) },
    ]);
    // Storing the same run again fails (same id): neither its rows nor a second entry are written.
    await assert.rejects(forecasts.saveRun(r, rows, runCustodyEvent(r, rows)));
    assert.equal((await store().app.store.custodyFor(FORECAST_RUN_TARGET, r.id)).length, 1);
  });
});
