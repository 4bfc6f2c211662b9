import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { EwpFormatError } from "./read-csv.ts";
import { readEwpPanel } from "./read-panel.ts";
import { readEwpCoefficients, readEwpForecasts } from "./read-published.ts";

// Synthetic rows in EWP's layout (made up, not taken from EWP's files).
const HEADER = "ewp_name,year,a,b,mk_onset_1or2,ccode";

describe("EWP panel reader", () => {
  test("reads rows, with NA and empty cells as missing", () => {
    const panel = readEwpPanel(
      "t.csv",
      `${HEADER}\nAtlantis,2001,1.5,NA,0,900\n"Oz, Land of",2002,,2,1,901\n`,
    );
    assert.deepEqual(panel.columns, ["year", "a", "b", "mk_onset_1or2", "ccode"]);
    assert.equal(panel.rows.length, 2);
    assert.deepEqual(panel.rows[0], {
      country: "Atlantis",
      ccode: 900,
      year: 2001,
      values: { a: 1.5, b: null, mk_onset_1or2: 0 },
    });
    assert.equal(panel.rows[1]?.country, "Oz, Land of");
    assert.equal(panel.rows[1]?.values.a, null);
  });

  test("a bad value names the file, the line and the column", () => {
    assert.throws(
      () => readEwpPanel("bad.csv", `${HEADER}\nAtlantis,2001,1.5,2,0,900\nAtlantis,2002,x1,2,0,900\n`),
      (e: unknown) =>
        e instanceof EwpFormatError &&
        e.line === 3 &&
        e.column === "a" &&
        /bad\.csv, line 3, column "a"/.test(e.message),
    );
  });

  test("refuses a missing year, a missing key column, duplicates and ragged rows", () => {
    assert.throws(
      () => readEwpPanel("f.csv", `${HEADER}\nAtlantis,NA,1,2,0,900\n`),
      /line 2, column "year".*missing/,
    );
    assert.throws(
      () => readEwpPanel("f.csv", "ewp_name,year,a\nAtlantis,2001,1\n"),
      /column "ccode".*header/,
    );
    assert.throws(
      () => readEwpPanel("f.csv", `${HEADER}\nAtlantis,2001,1,2,0,900\nAtlantis,2001,1,2,0,900\n`),
      /line 3.*duplicate/,
    );
    assert.throws(() => readEwpPanel("f.csv", `${HEADER}\nAtlantis,2001,1,2,0\n`), /line 2/);
    assert.throws(() => readEwpPanel("/nonexistent/x.csv"), /nonexistent\/x\.csv: cannot read/);
  });

  test("reads a coefficients file and a forecasts file", () => {
    const coefs = readEwpCoefficients(
      "c.csv",
      '"","variable","coef.full","or.full"\n"1","(Intercept)","-1.5",0.2\n"2","a","0.25",1.3\n"3","b","0",1\n',
    );
    assert.equal(coefs.intercept, -1.5);
    assert.deepEqual(
      [...coefs.coefficients],
      [
        ["a", 0.25],
        ["b", 0],
      ],
    );
    const fc = readEwpForecasts(
      "f.csv",
      '"","ewp_name","risk_1or2.from2030","risk_rank.from2030"\n"1","Oz",0.1,1\n',
    );
    assert.equal(fc.dataYear, 2030);
    assert.deepEqual(fc.rows, [{ country: "Oz", risk: 0.1, rank: 1 }]);
    assert.throws(
      () => readEwpCoefficients("c.csv", '"variable","coef.full"\n"a","zz"\n'),
      /line 2, column "coef.full"/,
    );
  });
});
