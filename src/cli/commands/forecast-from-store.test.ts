import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { syntheticEwpCsv } from "../../app/forecast/synthetic-ewp.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-forecast-store-"));
// Made-up figures; codes 2, 20, 200 only so that a stored run maps them to ISO codes (see forecast.test.ts).
const data = join(dir, "ewp2020_predictors.csv");
writeFileSync(data, syntheticEwpCsv({ countries: 20, from: 1995, to: 2020, ccodes: [2, 20, 200] }));
const folders: string[] = [];
after(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});
function folder(): string {
  const f = storeFolder();
  folders.push(f);
  return f;
}

describe("forecast and backtest read EWP data from the store", () => {
  test("imported predictors give the same forecasts, backtest and stored inputs as the file", async () => {
    const store = folder();
    const imported = await tocsin(["import", "ewp", data, "--data", store, "--accessed", "2025-11-01"]);
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /country-year predictors .+ version 2020: 520 rows read, 520 loaded/);

    const fromFile = await tocsin(["forecast", "--ewp", data, "--json"]);
    // Each verb opens the embedded store (seconds): the forecast compared is also the one stored.
    const fromStore = await tocsin(["forecast", "--data", store, "--json", "--store"]);
    assert.equal(fromStore.code, 0, fromStore.err);
    assert.match(
      fromStore.err,
      /stored forecast run [0-9a-f-]{36} \(embedded store in .+\): \d+ countries from 2020 data/,
    );
    assert.match(
      fromStore.err,
      /reading EWP predictors 2020 in the store \(ewp2020_predictors\.csv\): 520 country-years/,
    );
    assert.equal(
      fromStore.out,
      fromFile.out,
      "forecast --json from the store equals the file's, byte for byte",
    );
    // Round 3's derived inputs (trends, episodes, battle-death history) come from the panel itself.
    const plus = ["forecast", "--json", "--model", "ewp-plus", "--year", "2019"];
    const plusFile = await tocsin([...plus, "--ewp", data]);
    const plusStore = await tocsin([...plus, "--data", store]);
    assert.equal(plusStore.code, 0, plusStore.err);
    assert.equal(plusStore.out, plusFile.out, "ewp-plus from the store equals the file's");
    assert.ok(JSON.parse(plusFile.out).length > 0);
    const range = ["--json", "--first-train-end", "2012", "--last-train-end", "2013", "--threads", "1"];
    const btFile = await tocsin(["backtest", "--ewp", data, ...range]);
    const btStore = await tocsin(["backtest", "--data", store, ...range]);
    assert.equal(btStore.code, 0, btStore.err);
    assert.equal(btStore.out, btFile.out);

    const runs = JSON.parse((await tocsin(["forecast", "list", "--json", "--data", store])).out).items;
    assert.deepEqual(runs[0].inputs, [
      {
        role: "predictors",
        fileName: "ewp2020_predictors.csv",
        sha256: createHash("sha256").update(readFileSync(data)).digest("hex"),
        bytes: readFileSync(data).length,
      },
    ]);
    const other = await tocsin(["forecast", "--data", store, "--dataset-version", "1999"]);
    assert.equal(other.code, 2);
    assert.match(other.err, /no EWP predictors of version 1999 in the store \(versions stored: 2020\)/);
  });
});
