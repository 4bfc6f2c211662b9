// Golden reproduction of EWP's published 2025-26 assessment from its published coefficients.
import assert from "node:assert/strict";
import { test } from "node:test";
import { sharedData } from "../../../test/support/shared-data.ts";
import { readEwpPanel } from "../../adapters/ewp/read-panel.ts";
import { readEwpCoefficients, readEwpForecasts } from "../../adapters/ewp/read-published.ts";
import { EWP2025_INTERCEPT, modelFromCoefficients, predictRisk, rankByRisk } from "./linear-model.ts";

const predictors = sharedData("ewp/ewp2025_prepared2024predictors-2025-09-03.csv");
const coefficients = sharedData("ewp/ewp2025_coefficients_3Sep2025.csv");
const forecasts = sharedData("ewp/ewp2025_forecasts3Sep2025.csv");
const skip = predictors.skip || coefficients.skip || forecasts.skip;

test("published 2025 coefficients on the 2024 rows reproduce the published 2025-26 forecasts", {
  skip,
}, () => {
  const panel = readEwpPanel(predictors.path);
  const published = readEwpCoefficients(coefficients.path);
  const expected = readEwpForecasts(forecasts.path);
  assert.equal(expected.dataYear, 2024);
  const model = modelFromCoefficients(published.coefficients, EWP2025_INTERCEPT);
  assert.equal(model.predictors.length, 39);
  const rows = panel.rows.filter((r) => r.year === 2024);
  const ours = rankByRisk(
    rows.map((r) => ({ country: r.country, ccode: r.ccode, year: r.year, risk: predictRisk(model, r) })),
  );
  assert.equal(ours.length, 168);
  assert.equal(expected.rows.length, 168);
  const byName = new Map(ours.map((r) => [r.country, r]));
  let worst = 0;
  for (const e of expected.rows) {
    const o = byName.get(e.country);
    assert.ok(o, `${e.country} has a forecast`);
    worst = Math.max(worst, Math.abs(o.risk - e.risk));
  }
  assert.ok(worst < 2e-4, `largest difference ${worst}`);
  const top = (names: string[]) => new Set(names.slice(0, 30));
  assert.deepEqual(
    top(ours.map((r) => r.country)),
    top(expected.rows.filter((r) => r.rank <= 30).map((r) => r.country)),
  );

  // The intercept printed in the file does not reproduce them.
  const printed = modelFromCoefficients(published.coefficients, published.intercept);
  const printedWorst = Math.max(
    ...expected.rows.map((e) => {
      const row = rows.find((r) => r.country === e.country);
      return row ? Math.abs(predictRisk(printed, row) - e.risk) : 0;
    }),
  );
  assert.ok(printedWorst > 0.1, `printed intercept is off by up to ${printedWorst}`);
});
