import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { setTimeout as delay } from "node:timers/promises";
import { httpHarness } from "../../../test/support/http.ts";
import { openWorker } from "../../adapters/queue/open-worker.ts";
import { liveFitThreads } from "../../app/forecast/forecast-fit.ts";
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

test("a forecast job fits in a worker thread: the server answers meanwhile, and a cancel ends the fit at once", async () => {
  // A panel large enough for a fit of several CPU-seconds with the three-model ensemble.
  const big = syntheticEwpCsv({ countries: 50, from: 1985, to: 2020, seed: 7 });
  const up = await h().call("POST", "/api/v1/imports?format=ewp&fileName=ewp2031_predictors.csv", {
    body: big,
    headers: { "content-type": "text/csv" },
  });
  assert.equal(up.status, 202, JSON.stringify(up.body));
  await openWorker(h().store.app).drain();
  assert.equal((await h().call("GET", `/api/v1/imports/${up.body.id}`)).body.status, "succeeded");
  const r = await h().call("POST", "/api/v1/forecast-jobs", {
    json: { model: "ewp+rf+gbm", year: 2019, datasetVersion: "2031" },
  });
  assert.equal(r.status, 202, JSON.stringify(r.body));
  const runsBefore = (await h().call("GET", "/api/v1/forecast-runs")).body.items.length;

  // A short lease: its heartbeat (a third of it) writes the phase often enough to follow it here.
  const worker = openWorker(h().store.app, { leaseMs: 1500 });
  const running = worker.runOnce();
  const job = () => h().call("GET", `/api/v1/forecast-jobs/${r.body.id}`);
  while ((await job()).body.progress.phase !== "fitting") await delay(50);
  assert.equal(liveFitThreads(), 1);

  // In the old in-thread fit, each of these waited for the whole fit (seconds).
  const latencies: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const health = await h().call("GET", "/api/v1/health");
    latencies.push(performance.now() - started);
    assert.equal(health.status, 200);
    await delay(50);
  }
  assert.ok(Math.max(...latencies) < 500, `health answered in ${latencies.map(Math.round).join(", ")} ms`);

  const asked = performance.now();
  const cancel = await h().call("POST", `/api/v1/forecast-jobs/${r.body.id}/cancel`);
  assert.equal(cancel.status, 200);
  const ended = await running;
  const stoppedMs = performance.now() - asked;
  assert.equal(ended?.status, "cancelled", JSON.stringify(ended));
  assert.ok(stoppedMs < 1500, `the job ended ${Math.round(stoppedMs)} ms after the cancel`);
  assert.equal((await job()).body.progress.phase, "fitting", "cancelled while fitting, not after");
  while (liveFitThreads() > 0 && performance.now() - asked < 3000) await delay(20);
  assert.equal(liveFitThreads(), 0, "the fitting thread is terminated, not left running");
  const runsAfter = (await h().call("GET", "/api/v1/forecast-runs")).body.items.length;
  assert.equal(runsAfter, runsBefore, "a cancelled fit stores no run");
});

test("GET /ewp-datasets lists the stored EWP versions with their files, rows and Source", async () => {
  const list = await h().call("GET", "/api/v1/ewp-datasets");
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const predictors = list.body.items.filter((d: { kind: string }) => d.kind === "predictors");
  assert.deepEqual(
    predictors.map((d: { version: string; fileName: string; rows: number }) => [
      d.version,
      d.fileName,
      d.rows,
    ]),
    [
      ["2030", "ewp2030_predictors.csv", 252],
      ["2031", "ewp2031_predictors.csv", 1800],
    ],
  );
  const first = predictors[0];
  assert.equal(first.fileSha256, createHash("sha256").update(csv).digest("hex"));
  assert.equal(first.fileSize, Buffer.byteLength(csv));
  assert.equal(first.columns, csv.split("\n")[0]?.split(",").length);
  assert.ok(first.importedAt >= first.firstImportedAt);
  assert.match(first.source.name, /^Early Warning Project/);
  assert.equal(first.source.url, "https://github.com/EarlyWarningProject");
  assert.equal("createdBy" in first, false, "the importer's account is not shown");

  const publicView = await h().call("GET", "/api/v1/ewp-datasets?kind=predictors", {
    app: h().appWith({ clearance: "public" }),
  });
  assert.deepEqual(
    publicView.body.items.map((d: { version: string }) => d.version),
    ["2030", "2031"],
  );
  assert.equal(publicView.body.items[0].source.name, first.source.name, "the EWP Source is public");
  assert.deepEqual((await h().call("GET", "/api/v1/ewp-datasets?kind=episodes")).body.items, []);
  const bad = await h().call("GET", "/api/v1/ewp-datasets?kind=coefficients");
  assert.equal(bad.status, 400);
});
