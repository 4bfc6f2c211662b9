import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { Command } from "commander";
import { syntheticEwpCsv } from "../../app/forecast/synthetic-ewp.ts";
import { EWP_PREDICTORS } from "../../domain/risk/panel.ts";
import { registerForecastCommands } from "./forecast.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-forecast-"));
const data = join(dir, "predictors.csv");
writeFileSync(data, syntheticEwpCsv({ countries: 20, from: 1995 }));
// Made-up coefficients in EWP's layout.
writeFileSync(
  join(dir, "coefficients.csv"),
  [
    '"","variable","coef.full","or.full"',
    '"1","(Intercept)","-1",0.37',
    ...EWP_PREDICTORS.map((p, i) => `"${i + 2}","${p}","${p === "pol_killing_approved" ? 2 : 0}",1`),
  ].join("\n"),
);
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ out: string; err: string }> {
  let out = "";
  let err = "";
  const program = new Command().exitOverride();
  registerForecastCommands(program, { out: (t) => (out += t), err: (t) => (err += t) });
  await program.parseAsync(["node", "tocsin", ...args]);
  return { out, err };
}

describe("tocsin forecast / backtest", () => {
  test("forecast --json lists every scored country with rank", async () => {
    const { out } = await run(["forecast", "--data", data, "--json", "--year", "2020"]);
    const list = JSON.parse(out) as {
      country: string;
      ccode: number;
      year: number;
      risk: number;
      rank: number;
    }[];
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

  test("forecast --model ewp2025 applies the coefficients file found beside the data", async () => {
    const { out } = await run(["forecast", "--data", data, "--model", "ewp2025"]);
    assert.match(out, /intercept -4\.1855 \(the file prints -1\)/);
    assert.match(out, /not scored \(missing inputs\): Country 1\n/);
    const json = JSON.parse((await run(["forecast", "--data", data, "--model", "ewp2025", "--json"])).out);
    assert.equal(json.length, 19);
  });

  test("forecast --model gbm runs a tree model and explains it by substitution", async () => {
    const list = JSON.parse(
      (await run(["forecast", "--data", data, "--model", "gbm", "--json", "--year", "2021"])).out,
    );
    assert.equal(list.length, 20);
    const text = (await run(["forecast", "--data", data, "--model", "gbm", "--changes", "--year", "2021"]))
      .out;
    assert.match(text, /log-odds: /);
  });

  test("forecast --changes names drivers and categories", async () => {
    const text = (
      await run(["forecast", "--data", data, "--model", "ewp2025", "--changes", "--year", "2020"])
    ).out;
    assert.match(text, /^ {3}1 .*\[highest risk/m);
    assert.match(text, /log-odds: pol_killing_approved [+-]\d/);
    const json = JSON.parse(
      (await run(["forecast", "--data", data, "--model", "ewp2025", "--changes", "--json"])).out,
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
    const { out } = await run([
      "backtest",
      "--data",
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
      await run([
        "backtest",
        "--data",
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

  test("without data the commands say where to point them", async () => {
    const saved = process.env.TOCSIN_EWP_DATA;
    delete process.env.TOCSIN_EWP_DATA;
    try {
      const { err } = await run(["forecast"]);
      assert.match(err, /--data PATH or set TOCSIN_EWP_DATA/);
      assert.equal(process.exitCode, 2);
    } finally {
      process.exitCode = 0;
      if (saved !== undefined) process.env.TOCSIN_EWP_DATA = saved;
    }
  });
});
