import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { sharedData } from "../../../test/support/shared-data.ts";
import { syntheticEwpCsv } from "../../app/forecast/synthetic-ewp.ts";
import { EWP_PREDICTORS } from "../../domain/risk/panel.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-forecast-"));
const data = join(dir, "predictors.csv");
// Made-up figures. The first three countries carry real Correlates of War codes (2, 20, 200: USA, CAN, GBR)
// only so that storing can be tested; they live in throwaway test stores and mean nothing.
writeFileSync(data, syntheticEwpCsv({ countries: 20, from: 1995, ccodes: [2, 20, 200] }));
// Made-up coefficients in EWP's layout.
writeFileSync(
  join(dir, "coefficients.csv"),
  [
    '"","variable","coef.full","or.full"',
    '"1","(Intercept)","-1",0.37',
    ...EWP_PREDICTORS.map((p, i) => `"${i + 2}","${p}","${p === "pol_killing_approved" ? 2 : 0}",1`),
  ].join("\n"),
);
const stores: string[] = [];
after(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const s of stores) rmSync(s, { recursive: true, force: true });
});
function store(): string {
  const s = storeFolder();
  stores.push(s);
  return s;
}

interface Ranked {
  country: string;
  ccode: number;
  year: number;
  risk: number;
  rank: number;
}

describe("tocsin forecast / backtest", () => {
  test("forecast --json lists every scored country with rank", async () => {
    const r = await tocsin(["forecast", "--ewp", data, "--json", "--year", "2020"]);
    assert.equal(r.code, 0, r.err);
    const list = JSON.parse(r.out) as Ranked[];
    assert.equal(list.length, 20);
    assert.deepEqual(Object.keys(list[0] ?? {}), ["country", "ccode", "year", "risk", "rank"]);
    assert.deepEqual(
      list.map((f) => f.rank),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    assert.ok(
      list.every(
        (f, i) =>
          f.year === 2020 && f.risk > 0 && f.risk < 1 && (i === 0 || f.risk <= (list[i - 1]?.risk as number)),
      ),
    );
  });

  test("--data FILE is still read as the EWP file, with a warning; with --ewp too it is refused", async () => {
    const old = await tocsin(["forecast", "--data", data, "--json", "--year", "2020", "--model", "ewp2025"]);
    assert.equal(old.code, 0, old.err);
    assert.match(old.err, /warning: --data FILE is read as --ewp FILE for compatibility; use --ewp /);
    const now = await tocsin(["forecast", "--ewp", data, "--json", "--year", "2020", "--model", "ewp2025"]);
    assert.equal(now.err, "");
    assert.equal(old.out, now.out);
    const both = await tocsin(["forecast", "--data", data, "--ewp", data]);
    assert.equal(both.code, 2);
    assert.match(both.err, /^error: --data .+ names a file, and --ewp is given too/);
    const bt = await tocsin(["backtest", "--ewp", data, "--dataset-version", "2025"]);
    assert.equal(bt.code, 2);
    assert.match(bt.err, /--dataset-version picks EWP data in the store: it does not apply to a file/);
  });

  test("forecast --model ewp2025 applies the coefficients file found beside the data", async () => {
    const { out } = await tocsin(["forecast", "--ewp", data, "--model", "ewp2025"]);
    assert.match(out, /intercept -4\.1855 \(the file prints -1\)/);
    assert.match(out, /not scored \(missing inputs\): Country 1\n/);
    const json = JSON.parse((await tocsin(["forecast", "--ewp", data, "--model", "ewp2025", "--json"])).out);
    assert.equal(json.length, 19);
  });

  test("forecast --model gbm runs a tree model and explains it by substitution", async () => {
    const list = JSON.parse(
      (await tocsin(["forecast", "--ewp", data, "--model", "gbm", "--json", "--year", "2021"])).out,
    );
    assert.equal(list.length, 20);
    const text = (await tocsin(["forecast", "--ewp", data, "--model", "gbm", "--changes", "--year", "2021"]))
      .out;
    assert.match(text, /log-odds: /);
  });

  test("forecast --changes names drivers and categories", async () => {
    const text = (
      await tocsin(["forecast", "--ewp", data, "--model", "ewp2025", "--changes", "--year", "2020"])
    ).out;
    assert.match(text, /^ {3}1 .*\[highest risk/m);
    assert.match(text, /log-odds: pol_killing_approved [+-]\d/);
    const json = JSON.parse(
      (await tocsin(["forecast", "--ewp", data, "--model", "ewp2025", "--changes", "--json"])).out,
    );
    assert.deepEqual(Object.keys(json[0]), [
      "country",
      "ccode",
      "year",
      "risk",
      "rank",
      "previousRisk",
      "previousRank",
      "drivers",
      "categories",
    ]);
  });

  test("backtest --json has the documented shape", async () => {
    const { out } = await tocsin([
      "backtest",
      "--ewp",
      data,
      "--json",
      "--first-train-end",
      "2015",
      "--last-train-end",
      "2016",
    ]);
    const r = JSON.parse(out);
    assert.deepEqual(Object.keys(r), ["auc", "recall", "brier", "onsets", "rows", "years", "predictions"]);
    assert.deepEqual(Object.keys(r.recall), ["10", "20", "30"]);
    assert.deepEqual(r.years, [2018, 2019]);
    assert.equal(r.rows, r.predictions.length);
    assert.deepEqual(Object.keys(r.predictions[0]), ["country", "ccode", "year", "risk", "onset"]);
    assert.equal(r.onsets, r.predictions.filter((p: { onset: boolean }) => p.onset).length);
    const text = (
      await tocsin([
        "backtest",
        "--ewp",
        data,
        "--model",
        "ewp2025",
        "--first-train-end",
        "2000",
        "--last-train-end",
        "2012",
      ])
    ).out;
    assert.match(text, /AUC +\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\] +0\.825/);
  });

  test("without data the commands say where to point them (exit 2)", async () => {
    const nowhere = join(dir, "no-store-here");
    for (const verb of ["forecast", "backtest"]) {
      const r = await tocsin([verb, "--data", nowhere]);
      assert.equal(r.code, 2, verb);
      assert.match(
        r.err,
        /^error: no EWP predictors: pass --ewp FILE or set TOCSIN_EWP_DATA, or import them with `tocsin import ewp FILE` \(or `tocsin pull ewp --import`\) \(there is no tocsin store in .+no-store-here\)/,
      );
      const empty = await tocsin([verb, "--data", store()]);
      assert.equal(empty.code, 2, verb);
      assert.match(
        empty.err,
        /^error: no EWP predictors in the store: import them with `tocsin import ewp FILE` \(or `tocsin pull ewp --import`\), or pass --ewp FILE/,
      );
    }
    const fixed = await tocsin(["forecast", "--model", "ewp2025", "--data", store()]);
    assert.equal(fixed.code, 2);
    assert.match(fixed.err, /model ewp2025 needs EWP's published coefficients file/);
    const missing = await tocsin(["forecast", "--ewp", join(dir, "nope.csv")]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.csv: no such file/);
    const bad = await tocsin(["forecast", "frobnicate"]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown forecast action frobnicate/);
  });

  test("forecast --store keeps the run; list and show read it back as printed", async () => {
    const folder = store();
    const printed = JSON.parse(
      (await tocsin(["forecast", "--ewp", data, "--year", "2020", "--json"])).out,
    ) as Ranked[];
    const r = await tocsin([
      "forecast",
      "--ewp",
      data,
      "--year",
      "2020",
      "--json",
      "--store",
      "--data",
      folder,
    ]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), printed, "--store does not change what is printed");
    const id =
      /stored forecast run ([0-9a-f-]{36}) \(embedded store in .+\): 3 countries from 2020 data; 17 left out, no ISO code \(listed in the run's notes\.noIsoCode\): Country \d+ \(ccode 10\d\d, 2020\)/.exec(
        r.err,
      )?.[1];
    assert.ok(id, r.err);

    const list = await tocsin(["forecast", "list", "--json", "--data", folder]);
    assert.equal(list.code, 0, list.err);
    const runs = JSON.parse(list.out).items;
    assert.equal(runs.length, 1);
    assert.equal(runs[0].id, id);
    assert.equal(runs[0].modelId, "ewp");
    assert.match(runs[0].modelVersion, /^1 \(tocsin \d+\.\d+\.\d+\)$/);
    assert.deepEqual([runs[0].trainEnd, runs[0].dataYears, runs[0].seed], [2018, [2020], 1]);
    assert.equal(runs[0].trainStart, 1995);
    assert.deepEqual(runs[0].inputs, [
      {
        role: "predictors",
        fileName: "predictors.csv",
        sha256: createHash("sha256").update(readFileSync(data)).digest("hex"),
        bytes: readFileSync(data).length,
      },
    ]);
    assert.equal(runs[0].notes.noIsoCode.length, 17);

    const show = await tocsin(["forecast", "show", "latest", "--json", "--data", folder]);
    assert.equal(show.code, 0, show.err);
    const stored = JSON.parse(show.out).forecasts as { iso3: string; probability: number; rank: number }[];
    const byCode = new Map(printed.map((p) => [p.ccode, p]));
    assert.deepEqual(
      stored.map((f) => [f.iso3, f.probability, f.rank]),
      [
        ["USA", byCode.get(2)?.risk, byCode.get(2)?.rank],
        ["CAN", byCode.get(20)?.risk, byCode.get(20)?.rank],
        ["GBR", byCode.get(200)?.risk, byCode.get(200)?.rank],
      ].sort((a, b) => (a[2] as number) - (b[2] as number)),
      "stored with the rank among all scored countries",
    );
    const text = await tocsin(["forecast", "show", id, "--data", folder]);
    assert.match(
      text.out,
      /^forecast run .+\nmodel: ewp version 1 .+\ntraining: \d+ country-years, 1995-2018, seed 1\n/,
    );
    assert.match(text.out, /risk of an onset in 2021-2022 from 2020 data:\n/);
    assert.match((await tocsin(["forecast", "list", "--data", folder])).out, new RegExp(`^${id} .+ ewp v1 `));
    assert.equal(
      (await tocsin(["forecast", "list", "--model", "gbm", "--json", "--data", folder])).out.includes(id),
      false,
    );
    const none = await tocsin(["forecast", "show", "00000000-0000-4000-8000-000000000000", "--data", folder]);
    assert.equal(none.code, 1);
    assert.match(none.err, /no forecast run with id/);
  });

  const real = sharedData("ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
  test("the published 2025 model on the real 2024 rows is stored for all 168 countries by ISO code", {
    skip: real.skip,
  }, async () => {
    const folder = store();
    const r = await tocsin([
      "forecast",
      "--ewp",
      real.path,
      "--model",
      "ewp2025",
      "--json",
      "--store",
      "--data",
      folder,
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /: 168 countries from 2024 data\n$/);
    const shown = JSON.parse((await tocsin(["forecast", "show", "latest", "--json", "--data", folder])).out);
    assert.equal(new Set(shown.forecasts.map((f: { iso3: string }) => f.iso3)).size, 168);
    assert.deepEqual(
      shown.run.inputs.map((i: { role: string }) => i.role),
      ["coefficients", "predictors"],
    );
    assert.equal(shown.run.trainEnd, null, "published coefficients: no training window");
    const printed = JSON.parse(r.out) as Ranked[];
    assert.deepEqual(
      shown.forecasts.slice(0, 30).map((f: { probability: number }) => f.probability),
      printed.slice(0, 30).map((p) => p.risk),
    );
  });
});
