import assert from "node:assert/strict";
import { test } from "node:test";
import { monthEnds, monthsBetween } from "./replay.ts";

test("replay steps through month ends and measures lead time in whole months", () => {
  assert.deepEqual(monthEnds("2024-01-15", "2024-04-10"), [
    "2024-01-31",
    "2024-02-29",
    "2024-03-31",
    "2024-04-10",
  ]);
  assert.deepEqual(monthEnds("2024-12-01", "2024-12-31"), ["2024-12-31"]);
  assert.equal(monthsBetween("2023-11-30", "2024-02-01"), 3);
  assert.equal(monthsBetween("2024-02-01", "2023-11-30"), -3);
});
