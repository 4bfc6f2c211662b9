import assert from "node:assert/strict";
import { test } from "node:test";
import { httpHarness } from "../../../test/support/http.ts";
import { openWorker } from "../../adapters/queue/open-worker.ts";
import { syntheticEwpCsv } from "../../app/forecast/synthetic-ewp.ts";
import { FORECAST_RUN_TARGET } from "../../domain/risk/run-custody.ts";

const h = httpHarness();
// Made-up figures in EWP's layout; codes 2, 20, 200 only so that stored forecasts map to ISO codes.
const csv = syntheticEwpCsv({ countries: 12, from: 2000, to: 2020, ccodes: [2, 20, 200] });

test("EWP predictors uploaded with format=ewp import as a job; a forecast job then stores a run with custody", async () => {
  const none = await h().call("POST", "/api/v1/forecast-jobs", { json: {} });
  assert.equal(none.status, 400);
  assert.match(none.body.detail, /no EWP predictors in the store: import them with `tocsin import ewp FILE`/);

  const bad = await h().call("POST", "/api/v1/imports?format=ewp&fileName=ewp2030_x.csv", {
    body: csv.replace("discrimpop", "discrim"),
    headers: { "content-type": "text/csv" },
  });
  assert.equal(bad.status, 400);
  assert.match(
    bad.body.detail,
    /ewp2030_x\.csv: looks like EWP predictors but lacks 1 required column: discrimpop/,
  );

  const up = await h().call("POST", "/api/v1/imports?format=ewp&fileName=ewp2030_predictors.csv", {
    body: csv,
    headers: { "content-type": "text/csv" },
  });
  assert.equal(up.status, 202, JSON.stringify(up.body));
  assert.equal(await openWorker(h().store.app).drain(), 1);
  const imported = await h().call("GET", `/api/v1/imports/${up.body.id}`);
  assert.equal(imported.body.status, "succeeded", JSON.stringify(imported.body));
  assert.deepEqual([imported.body.progress.rowsRead, imported.body.progress.rowsLoaded], [252, 252]);

  const fixed = await h().call("POST", "/api/v1/forecast-jobs", { json: { model: "ewp2025" } });
  assert.equal(fixed.status, 400);
  assert.match(fixed.body.detail, /model: "ewp2025" cannot run as a job/);

  const r = await h().call("POST", "/api/v1/forecast-jobs", { json: { model: "ewp", year: 2019 } });
  assert.equal(r.status, 202, JSON.stringify(r.body));
  assert.equal(r.headers.get("location"), `/api/v1/forecast-jobs/${r.body.id}`);
  assert.deepEqual(r.body.request, { model: "ewp", year: 2019, seed: 1, datasetVersion: null });
  const same = await h().call("POST", "/api/v1/forecast-jobs", { json: { model: "ewp", year: 2019 } });
  assert.equal(same.body.id, r.body.id, "the same request while queued is one job");

  assert.equal(await openWorker(h().store.app).drain(), 1);
  const done = await h().call("GET", `/api/v1/forecast-jobs/${r.body.id}`);
  assert.equal(done.body.status, "succeeded", JSON.stringify(done.body));
  assert.equal(done.body.progress.phase, "done");
  const result = done.body.result;
  assert.deepEqual(
    [result.dataYear, result.trainStart, result.trainEnd, result.countries, result.datasetVersion],
    [2019, 2000, 2017, 3, "2030"],
  );
  const run = await h().call("GET", `/api/v1/forecast-runs/${result.runId}`);
  assert.equal(run.status, 200);
  assert.match(run.body.run.modelVersion, /^1 \(tocsin \d+\.\d+\.\d+\)$/);
  assert.equal(run.body.run.inputs[0].fileName, "ewp2030_predictors.csv");
  const trail = await h().store.app.store.custodyFor(FORECAST_RUN_TARGET, result.runId);
  assert.equal(trail.length, 1);

  const finished = await h().call("POST", `/api/v1/forecast-jobs/${r.body.id}/cancel`);
  assert.equal(finished.status, 409);
  const queued = await h().call("POST", "/api/v1/forecast-jobs", { json: { model: "ewp", year: 2018 } });
  const cancelled = await h().call("POST", `/api/v1/forecast-jobs/${queued.body.id}/cancel`);
  assert.equal(cancelled.body.status, "cancelled");
  assert.equal(await openWorker(h().store.app).drain(), 0, "a cancelled job never runs");
});
