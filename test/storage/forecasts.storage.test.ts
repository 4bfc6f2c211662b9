import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { sql } from "kysely";
import type { CountryForecast, ForecastRun } from "../../src/domain/risk/stored-forecast.ts";
import { onEachEngine } from "../support/stores.ts";

function run(over: Partial<ForecastRun> = {}): ForecastRun {
  return {
    id: randomUUID(),
    modelId: "ewp",
    modelVersion: "1 (tocsin 0.1.0)",
    modelDescription: "test model",
    trainStart: 1960,
    trainEnd: 2020,
    trainRows: 6000,
    seed: 1,
    fictional: false,
    inputs: [
      { role: "predictors", fileName: "predictors.csv", sha256: "a".repeat(64), bytes: 1234 },
      { role: "coefficients", fileName: "coef.csv", sha256: "b".repeat(64), bytes: 56 },
    ],
    notes: { lambda: 0.01 },
    createdAt: "2026-01-01T00:00:00.000Z",
    createdBy: "cli:test",
    ...over,
  };
}

function row(iso3: string, dataYear: number, probability: number, rank: number): CountryForecast {
  return {
    iso3,
    country: `Name of ${iso3}`,
    ccode: 100 + rank,
    dataYear,
    window: { from: dataYear + 1, to: dataYear + 2 },
    probability,
    rank,
    previousProbability: probability / 2,
    previousRank: rank + 1,
    drivers: [{ variable: "pol_killing_approved", previous: 0, current: 1, contribution: 0.75 }],
    categories: rank === 1 ? ["highest risk"] : [],
  };
}

onEachEngine("forecast runs", (store) => {
  const service = () => store().app.forecasts;

  test("a run is stored whole: provenance, training window, forecasts with drivers and categories", async () => {
    const r = run();
    await service().saveRun(r, [
      row("XAA", 2024, 0.2, 1),
      row("XAB", 2024, 0.1, 2),
      row("XAA", 2023, 0.15, 1),
    ]);
    const back = await service().run(r.id);
    assert.deepEqual(back.run.dataYears, [2023, 2024]);
    assert.equal(back.run.countries, 2);
    assert.deepEqual(
      back.run.inputs.map((i) => [i.role, i.fileName, i.sha256, i.bytes]),
      [
        ["coefficients", "coef.csv", "b".repeat(64), 56],
        ["predictors", "predictors.csv", "a".repeat(64), 1234],
      ],
    );
    assert.equal(back.run.createdAt, "2026-01-01T00:00:00.000Z");
    assert.deepEqual([back.run.trainStart, back.run.trainEnd, back.run.trainRows], [1960, 2020, 6000]);
    assert.deepEqual(back.run.notes, { lambda: 0.01 });
    assert.deepEqual(
      back.forecasts.map((f) => [f.dataYear, f.rank, f.iso3]),
      [
        [2023, 1, "XAA"],
        [2024, 1, "XAA"],
        [2024, 2, "XAB"],
      ],
    );
    const sdn = back.forecasts[1] as CountryForecast;
    assert.deepEqual(sdn, row("XAA", 2024, 0.2, 1));
  });

  test("a bad forecast leaves no part of its run behind", async () => {
    const r = run({ modelId: "broken" });
    await assert.rejects(
      service().saveRun(r, [row("AAA", 2024, 0.2, 1), row("AAB", 2024, 1.5, 2)]),
      /check/i,
    );
    assert.equal(await service().store.hasRunOfModel("broken"), false);
    const { db } = store().app.database;
    const left = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM forecast_run_inputs WHERE run_id = ${r.id}::uuid`.execute(db);
    assert.equal(left.rows[0]?.n, 0);
    await assert.rejects(
      service().saveRun(run(), [row("AAA", 2024, 0.2, 1), row("AAA", 2024, 0.1, 2)]),
      /duplicate|unique/i,
      "one forecast per country, data year and run",
    );
    await assert.rejects(service().run(randomUUID()), /no forecast run/);
    await assert.rejects(service().run("not-a-uuid"), /no forecast run/);
  });

  test("the map takes the newest real run of the latest year; fictional runs only where no real run is", async () => {
    const s = service();
    const older = run({ createdAt: "2026-02-01T00:00:00.000Z" });
    const newer = run({ createdAt: "2026-03-01T00:00:00.000Z", modelId: "ewp+rf" });
    const fiction = run({
      modelId: "FICTIONAL-test",
      fictional: true,
      createdAt: "2026-04-01T00:00:00.000Z",
    });
    await s.saveRun(older, [row("ATA", 2030, 0.05, 1), row("XAC", 2030, 0.004, 2)]);
    await s.saveRun(newer, [row("ATA", 2030, 0.06, 1), row("XAC", 2030, 0.02, 2)]);
    await s.saveRun(fiction, [row("XFT", 2031, 0.3, 1), row("XFT", 2029, 0.1, 1)]);

    const latest = await s.map({});
    assert.equal(latest?.run.id, newer.id, "the fictional run's later year does not win over a real run");
    assert.equal(latest?.dataYear, 2030);
    assert.deepEqual(latest?.window, { from: 2031, to: 2032 });
    assert.deepEqual(
      latest?.items.map((i) => [i.iso3, i.name, i.rank, i.band]),
      [
        ["ATA", "Antarctica", 1, "high"],
        ["XAC", "Name of XAC", 2, "elevated"],
      ],
    );
    assert.equal((await s.map({ modelId: "ewp", year: 2030 }))?.run.id, older.id);
    assert.equal((await s.map({ year: 2029 }))?.run.id, fiction.id, "fiction answers where it is alone");
    assert.equal((await s.map({ runId: older.id }))?.dataYear, 2030);
    assert.equal(await s.map({ year: 1900 }), null);
    assert.equal(await s.map({ runId: older.id, year: 2029 }), null);

    const runs = await s.runs(3);
    assert.deepEqual(
      runs.map((r) => r.id),
      [fiction.id, newer.id, older.id],
    );
    assert.deepEqual(
      (await s.runs(10, "FICTIONAL-test")).map((r) => r.fictional),
      [true],
    );
  });

  test("a country's trend takes, per data year, the preferred run; the latest feeds the assessment", async () => {
    const s = service();
    const a = run({ createdAt: "2026-05-01T00:00:00.000Z" });
    const b = run({ createdAt: "2026-06-01T00:00:00.000Z" });
    await s.saveRun(a, [row("XAD", 2040, 0.01, 2), row("XAD", 2041, 0.02, 1), row("XAE", 2041, 0.01, 2)]);
    await s.saveRun(b, [row("XAD", 2041, 0.03, 1), row("XAE", 2041, 0.02, 2)]);
    const trend = await s.history("xad");
    assert.deepEqual(
      trend.map((p) => [p.dataYear, p.probability, p.run.id, p.of]),
      [
        [2040, 0.01, a.id, 1],
        [2041, 0.03, b.id, 2],
      ],
    );
    assert.equal(trend[0]?.name, "Name of XAD");
    const latest = await s.latestFor("XAD");
    assert.deepEqual(latest, {
      runId: b.id,
      modelId: "ewp",
      fictional: false,
      dataYear: 2041,
      window: { from: 2042, to: 2043 },
      probability: 0.03,
      rank: 1,
      of: 2,
      band: "elevated",
    });
    assert.equal(await s.latestFor("XZZ"), null);
    assert.deepEqual(await s.history("XZZ"), []);
  });
});
