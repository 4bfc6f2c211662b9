import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { EPISODE_COLUMNS, withEpisodes } from "./episode-features.ts";
import type { Panel } from "./panel.ts";

// Country 1: episode in progress 2001-2003 (2002 with two at once), none in 2004-2009, absent row 2005.
// Country 2: episode in progress in 2003 only, then a missing value in 2004.
const ongoing: [number, number, number | null][] = [
  [1, 2000, 0],
  [1, 2001, 1],
  [1, 2002, Math.log2(3)],
  [1, 2003, 1],
  [1, 2004, 0],
  [1, 2006, 0],
  [1, 2008, 0],
  [1, 2009, 0],
  [2, 2003, 1],
  [2, 2004, null],
];
const panel: Panel = {
  columns: ["mk_ongoing_count_log2"],
  source: "made-up",
  rows: ongoing.map(([ccode, year, v]) => ({
    country: `C${ccode}`,
    ccode,
    year,
    values: { mk_ongoing_count_log2: v },
  })),
};
const out = withEpisodes(panel);
const at = (ccode: number, year: number) => {
  const row = out.rows.find((r) => r.ccode === ccode && r.year === year);
  return EPISODE_COLUMNS.map((c) => row?.values[c]);
};

describe("episode features", () => {
  test("in progress, log2(1 + consecutive years in progress), ended within the last five years", () => {
    assert.deepEqual(at(1, 2000), [0, 0, 0], "nothing before");
    assert.deepEqual(at(1, 2001), [1, 1, 0], "first year: log2(2)");
    assert.deepEqual(at(1, 2002), [1, Math.log2(3), 0], "two episodes at once count as one year in progress");
    assert.deepEqual(at(1, 2003), [1, 2, 0], "three years: log2(4)");
    assert.deepEqual(at(1, 2004), [0, 0, 1], "ended last year");
    assert.deepEqual(at(1, 2008), [0, 0, 1], "2003 is five years back");
    assert.deepEqual(at(1, 2009), [0, 0, 0], "six years back: no longer recent");
  });

  test("a country's own history only; an absent year or missing value is no episode", () => {
    assert.deepEqual(at(2, 2003), [1, 1, 0], "country 1's 2001-2002 do not count");
    assert.deepEqual(at(2, 2004), [0, 0, 1], "missing value: not in progress");
    assert.deepEqual(at(1, 2006), [0, 0, 1], "2005 absent: 2003 still seen");
  });

  test("adds its columns once, leaves the input panel alone, and is the same applied twice", () => {
    assert.deepEqual(out.columns, ["mk_ongoing_count_log2", ...EPISODE_COLUMNS]);
    assert.equal(panel.rows[0]?.values["ep.ongoing"], undefined);
    assert.deepEqual(withEpisodes(out), out);
  });
});
