import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CONFLICT_COLUMNS, withConflictHistory } from "./conflict-features.ts";
import type { Panel } from "./panel.ts";

// battledeaths.log2 by country and year; country 1 has no 2003 row, country 2 a missing value in 2001.
const deaths: [number, number, number | null][] = [
  [1, 2000, 0],
  [1, 2001, 8],
  [1, 2002, 10],
  [1, 2004, 6],
  [1, 2005, 0],
  [1, 2006, 0],
  [1, 2007, 0],
  [2, 2000, 3],
  [2, 2001, null],
  [2, 2003, 5],
];
const panel: Panel = {
  columns: ["battledeaths.log2"],
  source: "made-up",
  rows: deaths.map(([ccode, year, v]) => ({
    country: `C${ccode}`,
    ccode,
    year,
    values: { "battledeaths.log2": v },
  })),
};
const out = withConflictHistory(panel);
const at = (ccode: number, year: number) => {
  const row = out.rows.find((r) => r.ccode === ccode && r.year === year);
  return CONFLICT_COLUMNS.map((c) => row?.values[c]);
};

describe("battle-death history features", () => {
  test("largest of t-4..t, years with deaths among them, change since t-3", () => {
    assert.deepEqual(at(1, 2000), [0, 0, 0]);
    assert.deepEqual(at(1, 2002), [10, 2, 0], "no 1999 row: no change known");
    assert.deepEqual(at(1, 2004), [10, 3, 6 - 8], "2003 absent counts as no deaths; 2004 vs 2001");
    assert.deepEqual(at(1, 2005), [10, 3, 0 - 10], "2001-2005");
    assert.deepEqual(at(1, 2006), [10, 2, 0], "2002-2006; 2003 absent: no change known");
    assert.deepEqual(at(1, 2007), [6, 1, 0 - 6], "2002 has left the window");
  });

  test("a country's own history only; a missing value is no deaths and no known change", () => {
    assert.deepEqual(at(2, 2003), [5, 2, 5 - 3], "2001 missing, 2002 absent; 2003 vs 2000");
    assert.deepEqual(at(2, 2001), [3, 1, 0], "country 1's 8 battle-death log2 do not count");
  });

  test("adds its columns once and is the same applied twice", () => {
    assert.deepEqual(out.columns, ["battledeaths.log2", ...CONFLICT_COLUMNS]);
    assert.deepEqual(withConflictHistory(out), out);
  });
});
