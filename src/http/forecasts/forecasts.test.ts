import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";
import { DEMO_FORECAST_MODEL, ensureDemoForecast } from "../../app/demo/demo-forecast.ts";
import type { CountryForecast, ForecastRun } from "../../domain/risk/stored-forecast.ts";

const h = httpHarness();
const B = "/api/v1";

describe("the forecasts API", () => {
  test("an empty store answers with no run and no points, not an error", async () => {
    const map = await h().call("GET", `${B}/forecasts`);
    assert.equal(map.status, 200);
    assert.deepEqual(map.body, {
      run: null,
      dataYear: null,
      window: null,
      items: [],
      bands: { high: 0.04, elevated: 0.01 },
    });
    const trend = await h().call("GET", `${B}/countries/ata/forecast`);
    assert.deepEqual(trend.body, { iso3: "ATA", name: "Antarctica", latest: null, points: [] });
    assert.deepEqual((await h().call("GET", `${B}/forecast-runs`)).body, { items: [] });
  });

  describe("with the demo's fictional run and one real-shaped run", () => {
    let real: ForecastRun;
    before(async () => {
      const app = h().store.app;
      assert.equal(await ensureDemoForecast(app.forecasts, app.clock), true);
      assert.equal(await ensureDemoForecast(app.forecasts, app.clock), false, "once only");
      // Antarctica and user-assigned codes: no risk figure for a populated country, even in a test.
      real = {
        id: "6f9619ff-8b86-4d11-b42d-00c04fc964ff",
        modelId: "ewp",
        modelVersion: "1 (tocsin test)",
        modelDescription: "test",
        trainStart: 1960,
        trainEnd: 2020,
        trainRows: 10,
        seed: 1,
        fictional: false,
        inputs: [{ role: "predictors", fileName: "p.csv", sha256: "c".repeat(64), bytes: 9 }],
        notes: {},
        createdAt: "2020-01-01T00:00:00.000Z",
        createdBy: "test",
      };
      const f = (iso3: string, probability: number, rank: number): CountryForecast => ({
        iso3,
        country: iso3,
        ccode: null,
        dataYear: 2022,
        window: { from: 2023, to: 2024 },
        probability,
        rank,
        previousProbability: null,
        previousRank: null,
        drivers: [],
        categories: [],
      });
      await app.forecasts.saveRun(real, [f("ATA", 0.002, 2), f("XAA", 0.05, 1)]);
    });

    test("GET /forecasts: the real run for its year; the fictional run where only it answers", async () => {
      const latest = await h().call("GET", `${B}/forecasts`);
      assert.equal(latest.status, 200);
      assert.equal(latest.body.run.id, real.id, "a real run wins over the demo's later years");
      assert.equal(latest.body.dataYear, 2022);
      assert.deepEqual(latest.body.window, { from: 2023, to: 2024 });
      assert.deepEqual(latest.body.items, [
        {
          iso3: "XAA",
          name: "XAA",
          probability: 0.05,
          rank: 1,
          band: "high",
          previousProbability: null,
          categories: [],
        },
        {
          iso3: "ATA",
          name: "Antarctica",
          probability: 0.002,
          rank: 2,
          band: "low",
          previousProbability: null,
          categories: [],
        },
      ]);
      const demo = await h().call("GET", `${B}/forecasts?year=2025`);
      assert.equal(demo.body.run.modelId, DEMO_FORECAST_MODEL);
      assert.equal(demo.body.run.fictional, true);
      assert.match(
        demo.body.run.modelDescription,
        /^FICTIONAL: invented figures for Republic of Feltravia \(XFT\)/,
      );
      assert.deepEqual(
        demo.body.items.map((i: { iso3: string; band: string }) => [i.iso3, i.band]),
        [["XFT", "high"]],
        "the demo scores the fictional country and nothing else",
      );
      const byModel = await h().call("GET", `${B}/forecasts?model=${DEMO_FORECAST_MODEL}`);
      assert.equal(byModel.body.dataYear, 2025);
      assert.equal((await h().call("GET", `${B}/forecasts?year=1999`)).body.run, null);
      const unknownRun = await h().call("GET", `${B}/forecasts?run=00000000-0000-4000-8000-000000000000`);
      assert.equal(unknownRun.status, 404);
      assert.equal((await h().call("GET", `${B}/forecasts?year=soon`)).status, 400);
    });

    test("GET /countries/{iso3}/forecast: the trend over data years with drivers, and the latest", async () => {
      const r = await h().call("GET", `${B}/countries/xft/forecast`);
      assert.equal(r.status, 200);
      assert.equal(r.body.iso3, "XFT");
      assert.equal(r.body.name, "Republic of Feltravia (fictional training scenario)");
      assert.deepEqual(
        r.body.points.map((p: { dataYear: number }) => p.dataYear),
        [2020, 2021, 2022, 2023, 2024, 2025],
      );
      const last = r.body.points.at(-1);
      assert.deepEqual(r.body.latest, last);
      assert.deepEqual(last.window, { from: 2026, to: 2027 });
      assert.equal(last.probability, 0.104);
      assert.equal(last.previousProbability, 0.058);
      assert.equal(last.of, 1);
      assert.equal(last.run.fictional, true);
      assert.deepEqual(last.categories, ["risk increased significantly"]);
      assert.equal(last.drivers[0].variable, "mk_ongoing_count_log2");
      assert.ok(
        r.body.points.every(
          (p: { probability: number }, i: number, a: { probability: number }[]) =>
            i === 0 || p.probability > (a[i - 1]?.probability as number),
        ),
      );
      assert.equal((await h().call("GET", `${B}/countries/X1/forecast`)).status, 400);
    });

    test("GET /forecast-runs and /forecast-runs/{id}", async () => {
      const list = await h().call("GET", `${B}/forecast-runs`);
      assert.deepEqual(
        list.body.items.map((r: { modelId: string; dataYears: number[] }) => [r.modelId, r.dataYears.length]),
        [
          [DEMO_FORECAST_MODEL, 6],
          ["ewp", 1],
        ],
      );
      assert.equal((await h().call("GET", `${B}/forecast-runs?model=ewp`)).body.items.length, 1);
      const one = await h().call("GET", `${B}/forecast-runs/${real.id}`);
      assert.equal(one.status, 200);
      assert.deepEqual(one.body.run.inputs, real.inputs);
      assert.deepEqual(
        one.body.forecasts.map((f: { iso3: string }) => f.iso3),
        ["XAA", "ATA"],
      );
      assert.equal(
        (await h().call("GET", `${B}/forecast-runs/00000000-0000-4000-8000-000000000000`)).status,
        404,
      );
    });

    test("a situation's assessment carries its country's latest forecast, apart from the Ten Stages", async () => {
      const fictional = await create(h(), "situations", {
        name: "Fictional North",
        country: "XFT",
        sensitivity: "public",
      });
      const a = await h().call("GET", `${B}/situations/${fictional.id}/assessment`);
      assert.equal(a.status, 200, JSON.stringify(a.body));
      assert.ok(a.body.stages, "the assessment itself is unchanged");
      assert.deepEqual(
        { ...a.body.statisticalRisk, runId: "" },
        {
          iso3: "XFT",
          runId: "",
          modelId: DEMO_FORECAST_MODEL,
          fictional: true,
          dataYear: 2025,
          window: { from: 2026, to: 2027 },
          probability: 0.104,
          rank: 1,
          of: 1,
          band: "high",
        },
      );
      const other = await create(h(), "situations", {
        name: "Fictional South",
        country: "AIA",
        sensitivity: "public",
      });
      const b = await h().call("GET", `${B}/situations/${other.id}/assessment`);
      assert.equal(b.body.statisticalRisk, null);
    });

    test("the OpenAPI document describes the routes", async () => {
      const doc = await h().call("GET", "/api/openapi.json");
      for (const path of [
        `${B}/forecasts`,
        `${B}/countries/{iso3}/forecast`,
        `${B}/forecast-runs`,
        `${B}/forecast-runs/{id}`,
      ]) {
        assert.ok(doc.body.paths[path]?.get, path);
      }
      assert.ok(doc.body.components.schemas.ForecastMap);
    });
  });
});
