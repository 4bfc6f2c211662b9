import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { EWP_PREDICTORS, type Panel } from "./panel.ts";
import { TREND_INPUTS, withTrends } from "./trend-features.ts";

const panel: Panel = {
  columns: ["freediscussion", "gdppcgrowth"],
  source: "made-up",
  rows: [
    { country: "A", ccode: 1, year: 2000, values: { freediscussion: 0.5, gdppcgrowth: 2 } },
    { country: "A", ccode: 1, year: 2001, values: { freediscussion: 0.2, gdppcgrowth: null } },
    { country: "A", ccode: 1, year: 2003, values: { freediscussion: 0.1, gdppcgrowth: 1 } },
    { country: "B", ccode: 2, year: 2001, values: { freediscussion: 0.9, gdppcgrowth: 3 } },
  ],
};

describe("trend features", () => {
  test("change since the same country's previous year; 0 when that year or a value is missing", () => {
    const out = withTrends(panel, ["freediscussion", "gdppcgrowth"]);
    const d = (i: number, c: string) => out.rows[i]?.values[`d.${c}`];
    assert.equal(d(0, "freediscussion"), 0, "no 1999 row");
    assert.ok(Math.abs((d(1, "freediscussion") as number) + 0.3) < 1e-12, "0.2 - 0.5");
    assert.equal(d(1, "gdppcgrowth"), 0, "missing now");
    assert.equal(d(2, "freediscussion"), 0, "2002 absent: not compared with 2001");
    assert.equal(d(3, "freediscussion"), 0, "B's own history, not A's");
    assert.deepEqual(out.columns, ["freediscussion", "gdppcgrowth", "d.freediscussion", "d.gdppcgrowth"]);
    assert.equal(panel.rows[1]?.values["d.freediscussion"], undefined, "the input panel is not changed");
  });

  test("applying it twice changes nothing", () => {
    const once = withTrends(panel, ["freediscussion"]);
    assert.deepEqual(withTrends(once, ["freediscussion"]), once);
  });
});

test("the trended inputs are EWP's 23 yearly indicators, in the coefficients' order (the ewp-trend model was scored on these)", () => {
  assert.equal(TREND_INPUTS.length, 23);
  assert.deepEqual(
    TREND_INPUTS,
    EWP_PREDICTORS.filter((name) => TREND_INPUTS.includes(name)),
  );
  for (const structural of ["year", "popsize.log2", "reg.eur", "mk_ever", "countryage.new.log2"])
    assert.ok(!TREND_INPUTS.includes(structural), structural);
  for (const yearly of ["widetargeting", "battledeaths.log2", "coup.try.5yr", "mk_ongoing_count_log2"])
    assert.ok(TREND_INPUTS.includes(yearly), yearly);
});
